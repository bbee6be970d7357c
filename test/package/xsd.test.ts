// XSD validation of both manifests against the ADL schemas, through the driver schema and libxml2.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { renderManifest } from '../../build/package/manifest.ts';
import { readPlayerFiles } from '../../build/package/player-files.ts';
import { readSchemaFiles } from '../../build/package/schemas.ts';
import { validateManifestXsd } from '../../build/package/xsd-validate.ts';
import { fixtureCourse, makeWorkspace, type Workspace } from './fixture.ts';

let ws: Workspace;
let playerFiles: string[];
beforeAll(async () => {
  ws = await makeWorkspace();
  playerFiles = (await readPlayerFiles(ws.playerDir)).map((f) => f.name);
});
afterAll(() => ws.cleanup());

test.for(['scorm12', 'scorm2004'] as const)('the %s manifest validates against the ADL schemas', async (target) => {
  const xml = await renderManifest(fixtureCourse(), target, playerFiles);
  expect(await validateManifestXsd(xml, target, await readSchemaFiles(target))).toEqual([]);
});

// These prove the validator is really applying the ADL schemas, not passing everything.
test('a 1.2 item with isvisible="maybe" fails the boolean type, reported with its line', async () => {
  const xml = (await renderManifest(fixtureCourse(), 'scorm12', playerFiles)).replace('isvisible="true"', 'isvisible="maybe"');
  const line = xml.split('\n').findIndex((l) => l.includes('isvisible')) + 1;
  const problems = await validateManifestXsd(xml, 'scorm12', await readSchemaFiles('scorm12'));
  expect(problems.join('\n')).toMatch(new RegExp(`^imsmanifest\\.xml:${line}: .*isvisible.*maybe`, 'm'));
});

test('a 1.2 item with an unknown adlcp element fails the strict wildcard', async () => {
  const xml = (await renderManifest(fixtureCourse(), 'scorm12', playerFiles))
    .replace('<adlcp:masteryscore>', '<adlcp:passmark>')
    .replace('</adlcp:masteryscore>', '</adlcp:passmark>');
  const problems = await validateManifestXsd(xml, 'scorm12', await readSchemaFiles('scorm12'));
  expect(problems.join('\n')).toContain('passmark');
});

test('a 2004 minNormalizedMeasure of 1.5 fails the imsss range', async () => {
  const xml = (await renderManifest(fixtureCourse(), 'scorm2004', playerFiles)).replace('>0.8<', '>1.5<');
  const problems = await validateManifestXsd(xml, 'scorm2004', await readSchemaFiles('scorm2004'));
  expect(problems.join('\n')).toContain('minNormalizedMeasure');
});

test('a 2004 manifest without <resources> fails the imscp content model', async () => {
  const xml = (await renderManifest(fixtureCourse(), 'scorm2004', playerFiles)).replace(/<resources>[\s\S]*<\/resources>/, '');
  const problems = await validateManifestXsd(xml, 'scorm2004', await readSchemaFiles('scorm2004'));
  expect(problems.length).toBeGreaterThan(0);
});

test('a schema file missing from the zip root is named', async () => {
  const xml = await renderManifest(fixtureCourse(), 'scorm2004', playerFiles);
  const schemas = (await readSchemaFiles('scorm2004')).filter((f) => f.name !== 'adlcp_v1p3.xsd');
  expect(await validateManifestXsd(xml, 'scorm2004', schemas)).toEqual([
    'adlcp_v1p3.xsd (schema for http://www.adlnet.org/xsd/adlcp_v1p3) is not at the zip root',
  ]);
});
