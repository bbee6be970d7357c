// XSD validation of both manifests against the ADL schemas, through the driver schema and libxml2.
import { expect, test } from 'vitest';
import { renderManifest } from '../../build/package/manifest.ts';
import { readSchemaFiles } from '../../build/package/schemas.ts';
import { validateManifestXsd } from '../../build/package/xsd-validate.ts';
import { fixtureCourse, usePlayerFiles } from './fixture.ts';

const player = usePlayerFiles();

test.for(['scorm12', 'scorm2004'] as const)('the %s manifest validates against the ADL schemas', async (target) => {
  const xml = await renderManifest(fixtureCourse(), target, player.names);
  expect(await validateManifestXsd(xml, target, await readSchemaFiles(target))).toEqual([]);
});

// These prove the validator is really applying the ADL schemas, not passing everything.
test('a 1.2 item with isvisible="maybe" fails the boolean type, reported with its line', async () => {
  const xml = (await renderManifest(fixtureCourse(), 'scorm12', player.names)).replace('isvisible="true"', 'isvisible="maybe"');
  const line = xml.split('\n').findIndex((l) => l.includes('isvisible')) + 1;
  const problems = await validateManifestXsd(xml, 'scorm12', await readSchemaFiles('scorm12'));
  expect(problems.join('\n')).toMatch(new RegExp(`^imsmanifest\\.xml:${line}: .*isvisible.*maybe`, 'm'));
});

test('a 1.2 item with an unknown adlcp element fails the strict wildcard', async () => {
  const xml = (await renderManifest(fixtureCourse(), 'scorm12', player.names)).replace(
    /(<item [^>]*>\s*<title>[^<]*<\/title>)/,
    '$1<adlcp:passmark>80</adlcp:passmark>',
  );
  const problems = await validateManifestXsd(xml, 'scorm12', await readSchemaFiles('scorm12'));
  expect(problems.join('\n')).toContain('passmark');
});

test('a 2004 minNormalizedMeasure of 1.5 fails the imsss range', async () => {
  const xml = (await renderManifest(fixtureCourse(), 'scorm2004', player.names)).replace('>0.8<', '>1.5<');
  const problems = await validateManifestXsd(xml, 'scorm2004', await readSchemaFiles('scorm2004'));
  expect(problems.join('\n')).toContain('minNormalizedMeasure');
});

test('a 2004 manifest without <resources> fails the imscp content model', async () => {
  const xml = (await renderManifest(fixtureCourse(), 'scorm2004', player.names)).replace(/<resources>[\s\S]*<\/resources>/, '');
  const problems = await validateManifestXsd(xml, 'scorm2004', await readSchemaFiles('scorm2004'));
  expect(problems.length).toBeGreaterThan(0);
});

test('a schema file missing from the zip root is named', async () => {
  const xml = await renderManifest(fixtureCourse(), 'scorm2004', player.names);
  const schemas = (await readSchemaFiles('scorm2004')).filter((f) => f.name !== 'adlcp_v1p3.xsd');
  expect(await validateManifestXsd(xml, 'scorm2004', schemas)).toEqual([
    'adlcp_v1p3.xsd (schema for http://www.adlnet.org/xsd/adlcp_v1p3) is not at the zip root',
  ]);
});
