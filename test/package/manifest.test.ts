// Manifest rendering: snapshots of both targets, escaping, mastery score and the <file> list.
import { describe, expect, test } from 'vitest';
import { renderManifest } from '../../build/package/manifest.ts';
import { fixtureCourse, usePlayerFiles } from './fixture.ts';

const player = usePlayerFiles();

describe('renderManifest', () => {
  test('the SCORM 1.2 manifest of the fixture course matches its snapshot', async () => {
    const xml = await renderManifest(fixtureCourse(), 'scorm12', player.names);
    await expect(xml).toMatchFileSnapshot('__snapshots__/imsmanifest.scorm12.xml');
  });

  test('the SCORM 2004 manifest of the fixture course matches its snapshot', async () => {
    const xml = await renderManifest(fixtureCourse(), 'scorm2004', player.names);
    await expect(xml).toMatchFileSnapshot('__snapshots__/imsmanifest.scorm2004.xml');
  });

  test('player files are listed sorted, with index.html among them', () => {
    expect(player.names).toEqual(['assets/app.css', 'assets/app.js', 'index.html']);
  });

  test.for(['scorm12', 'scorm2004'] as const)('%s: the title is XML-escaped and every player file is a <file>', async (target) => {
    const xml = await renderManifest(fixtureCourse(), target, player.names);
    expect(xml).toContain('<title>Sharing &lt;safely&gt; &amp; &quot;lawfully&quot;</title>');
    expect(xml).not.toContain('{{');
    for (const f of player.names) expect(xml).toContain(`<file href="${f}"/>`);
  });

  test.for([
    { passMark: 0, measure: '0' },
    { passMark: 75, measure: '0.75' },
    { passMark: 80, measure: '0.8' },
    { passMark: 100, measure: '1' },
  ] as const)(
    'pass mark $passMark gives minNormalizedMeasure $measure in 2004 and no masteryscore in 1.2 (Moodle would override the status)',
    async ({ passMark, measure }) => {
      const base = fixtureCourse();
      const course = fixtureCourse({ assessment: { ...base.assessment, passMark } });
      expect(await renderManifest(course, 'scorm12', player.names)).not.toContain('<adlcp:masteryscore');
      const xml2004 = await renderManifest(course, 'scorm2004', player.names);
      expect(xml2004).toMatch(
        new RegExp(
          `<imsss:primaryObjective [^>]*satisfiedByMeasure="false">\\s*<imsss:minNormalizedMeasure>${measure.replace('.', '\\.')}</imsss:minNormalizedMeasure>`,
        ),
      );
    },
  );

  test('SCORM 2004 hides the LMS controls that would end the attempt without a suspend, and previous/next, but not suspendAll', async () => {
    const xml = await renderManifest(fixtureCourse(), 'scorm2004', player.names);
    const hidden = [...xml.matchAll(/<adlnav:hideLMSUI>(\w+)<\/adlnav:hideLMSUI>/g)].map((m) => m[1]);
    expect(hidden).toEqual(['previous', 'continue', 'exit', 'exitAll', 'abandon', 'abandonAll']);
    expect(xml.indexOf('<adlnav:presentation>')).toBeGreaterThan(xml.indexOf('</imsss:sequencing>'));
  });

  test('SCORM 1.2 uses adlcp:scormtype, SCORM 2004 adlcp:scormType, each with its schemaversion', async () => {
    const xml12 = await renderManifest(fixtureCourse(), 'scorm12', player.names);
    const xml2004 = await renderManifest(fixtureCourse(), 'scorm2004', player.names);
    expect(xml12).toContain('adlcp:scormtype="sco"');
    expect(xml12).toContain('<schema>ADL SCORM</schema>\n    <schemaversion>1.2</schemaversion>');
    expect(xml2004).toContain('adlcp:scormType="sco"');
    expect(xml2004).toContain('<schemaversion>2004 4th Edition</schemaversion>');
  });
});
