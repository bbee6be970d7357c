// The post-packaging self-check: a clean zip passes, and each deliberately broken manifest fails with a clear message.
import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ScormTarget } from '../../src/model/course.ts';
import { selfCheck } from '../../build/package/self-check.ts';
import { buildZip, type ZipRecipe } from './build-zip.ts';
import { fixtureCourse, makeWorkspace, type Workspace } from './fixture.ts';

let ws: Workspace;
beforeAll(async () => {
  ws = await makeWorkspace();
});
afterAll(() => ws.cleanup());

async function check(target: ScormTarget, recipe: ZipRecipe = {}): Promise<string[]> {
  const dir = await mkdtemp(path.join(ws.root, 'zip-'));
  return selfCheck(await buildZip(fixtureCourse(), target, ws.playerDir, dir, recipe), target);
}

test.for(['scorm12', 'scorm2004'] as const)('a %s zip built from the templates passes the self-check', async (target) => {
  expect(await check(target)).toEqual([]);
});

interface Case {
  title: string;
  target: ScormTarget;
  recipe: ZipRecipe;
  message: RegExp;
}

/** A hand-edited 1.2 manifest with a mastery score (the build writes none): the self-check still validates it. */
const withMastery = (xml: string, score: string): string =>
  xml.replace(/(<item [^>]*>\s*<title>[^<]*<\/title>)/, `$1<adlcp:masteryscore>${score}</adlcp:masteryscore>`);

const cases: Case[] = [
  {
    title: '2004 adlcp:scormtype (lower-case t) is named and the right spelling given',
    target: 'scorm2004',
    recipe: { editManifest: (x) => x.replace('adlcp:scormType=', 'adlcp:scormtype=') },
    message: /imsmanifest\.xml:\d+: resource "fixture-sco" has adlcp:scormtype; scorm2004 spells it adlcp:scormType/,
  },
  {
    title: '1.2 adlcp:scormType (2004 spelling) is named',
    target: 'scorm12',
    recipe: { editManifest: (x) => x.replace('adlcp:scormtype=', 'adlcp:scormType=') },
    message: /resource "fixture-sco" has adlcp:scormType; scorm12 spells it adlcp:scormtype/,
  },
  {
    title: '2004 resource without adlcp:scormType is named',
    target: 'scorm2004',
    recipe: { editManifest: (x) => x.replace(' adlcp:scormType="sco"', '') },
    message: /resource "fixture-sco" has no adlcp:scormType/,
  },
  {
    title: 'a dangling identifierref names the item and the missing resource',
    target: 'scorm2004',
    recipe: { editManifest: (x) => x.replace('identifierref="fixture-sco"', 'identifierref="fixture-gone"') },
    message: /item "fixture-item" identifierref="fixture-gone" names no <resource>/,
  },
  {
    title: 'a <file> missing from the zip is named',
    target: 'scorm12',
    recipe: {
      editManifest: (x) => x.replace('<file href="index.html"/>', '<file href="index.html"/>\n      <file href="assets/missing.js"/>'),
    },
    message: /href "assets\/missing\.js" is not in the zip/,
  },
  {
    title: 'a player file dropped from the zip is reported missing',
    target: 'scorm2004',
    recipe: { editFiles: (fs) => fs.filter((f) => f.name !== 'assets/app.js') },
    message: /href "assets\/app\.js" is not in the zip/,
  },
  {
    title: 'a <file> whose case differs from the zip entry is named with the real entry',
    target: 'scorm2004',
    recipe: { editManifest: (x) => x.replace('<file href="assets/app.js"/>', '<file href="assets/App.js"/>') },
    message: /href "assets\/App\.js" differs in case from the zip entry assets\/app\.js/,
  },
  {
    title: 'a zip entry not listed in any <file> is named',
    target: 'scorm12',
    recipe: { editManifest: (x) => x.replace('      <file href="assets/app.css"/>\n', '') },
    message: /zip entry assets\/app\.css is not listed in any <file>/,
  },
  {
    title: 'masteryscore "eighty" is rejected as not an integer 0-100',
    target: 'scorm12',
    recipe: { editManifest: (x) => withMastery(x, 'eighty') },
    message: /imsmanifest\.xml:\d+: adlcp:masteryscore "eighty" is not an integer from 0 to 100/,
  },
  {
    title: 'masteryscore 101 is rejected as out of range',
    target: 'scorm12',
    recipe: { editManifest: (x) => withMastery(x, '101') },
    message: /adlcp:masteryscore "101" is not an integer from 0 to 100/,
  },
  {
    title: 'wrong 2004 schemaversion text is named with the one required',
    target: 'scorm2004',
    recipe: { editManifest: (x) => x.replace('<schemaversion>2004 4th Edition<', '<schemaversion>2004 3rd Edition<') },
    message: /<schemaversion> is "2004 3rd Edition"; scorm2004 needs "2004 4th Edition"/,
  },
  {
    title: 'wrong 1.2 schemaversion text is named with the one required',
    target: 'scorm12',
    recipe: { editManifest: (x) => x.replace('<schemaversion>1.2<', '<schemaversion>1.3<') },
    message: /<schemaversion> is "1\.3"; scorm12 needs "1\.2"/,
  },
  {
    title: 'a <schema> other than "ADL SCORM" is rejected',
    target: 'scorm12',
    recipe: { editManifest: (x) => x.replace('<schema>ADL SCORM<', '<schema>IMS Content<') },
    message: /<schema> must be "ADL SCORM"/,
  },
  {
    title: 'a duplicate identifier is named with both lines',
    target: 'scorm12',
    recipe: { editManifest: (x) => x.replace('<item identifier="fixture-item"', '<item identifier="fixture-org"') },
    message: /identifier "fixture-org" is used twice \(also on line \d+\)/,
  },
  {
    title: 'organizations@default naming no organization is rejected',
    target: 'scorm2004',
    recipe: { editManifest: (x) => x.replace('default="fixture-org"', 'default="nowhere"') },
    message: /organizations default="nowhere" names no <organization>/,
  },
  {
    title: 'an item without a title is rejected',
    target: 'scorm12',
    recipe: { editManifest: (x) => x.replace(/(<item [^>]*>\s*)<title>[^<]*<\/title>/, '$1') },
    message: /<item identifier="fixture-item"> has no title/,
  },
  {
    title: 'an item with child items may not have identifierref',
    target: 'scorm12',
    recipe: {
      editManifest: (x) =>
        x.replace(
          /(<item [^>]*>\s*<title>[^<]*<\/title>)/,
          '$1<item identifier="child" identifierref="fixture-sco"><title>Child</title></item>',
        ),
    },
    message: /item "fixture-item" has child items, so it may not have identifierref/,
  },
  {
    title: 'an absolute href (leading /) is rejected',
    target: 'scorm2004',
    recipe: { editManifest: (x) => x.replace('<file href="assets/app.js"/>', '<file href="/assets/app.js"/>') },
    message: /href "\/assets\/app\.js" starts with \//,
  },
  {
    title: 'an href climbing out of the package (..) is rejected',
    target: 'scorm2004',
    recipe: { editManifest: (x) => x.replace('<file href="assets/app.js"/>', '<file href="assets/../../app.js"/>') },
    message: /href "assets\/\.\.\/\.\.\/app\.js" contains \.\./,
  },
  {
    title: 'an href with a backslash is rejected',
    target: 'scorm2004',
    recipe: { editManifest: (x) => x.replace('<file href="assets/app.js"/>', '<file href="assets\\app.js"/>') },
    message: /href "assets\\app\.js" contains \\; use \//,
  },
  {
    title: 'a 2004 pass mark with satisfiedByMeasure="true" is rejected: the LMS would decide who passed from the score alone',
    target: 'scorm2004',
    recipe: { editManifest: (x) => x.replace('satisfiedByMeasure="false"', 'satisfiedByMeasure="true"') },
    message: /has satisfiedByMeasure="true", so the LMS, not the course, decides who passed/,
  },
  {
    title: 'a schema file missing from the zip root is named',
    target: 'scorm12',
    recipe: { editFiles: (fs) => fs.filter((f) => f.name !== 'adlcp_rootv1p2.xsd') },
    message: /adlcp_rootv1p2\.xsd .*is not at the zip root/,
  },
  {
    title: 'a manifest that breaks the ADL schema fails with the XSD message',
    target: 'scorm2004',
    recipe: { editManifest: (x) => x.replace('>0.8<', '>1.5<') },
    message: /imsmanifest\.xml:\d+: .*minNormalizedMeasure/,
  },
  {
    title: 'a zip without imsmanifest.xml at its root is rejected',
    target: 'scorm12',
    recipe: { editFiles: (fs) => fs.map((f) => (f.name === 'imsmanifest.xml' ? { ...f, name: 'IMSManifest.xml' } : f)) },
    message: /^imsmanifest\.xml is not at the zip root$/,
  },
];

describe('broken packages fail the self-check', () => {
  test.for(cases)('$title', async ({ target, recipe, message }) => {
    const problems = await check(target, recipe);
    expect(
      problems.some((p) => message.test(p)),
      `problems were:\n${problems.join('\n')}`,
    ).toBe(true);
  });
});
