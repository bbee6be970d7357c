// Mistakes in an edition file: each reported at its file:line:column, with a did-you-mean where a name is close.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readEditions } from '../../build/content/editions.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const temp = mkdtempSync(path.join(os.tmpdir(), 'maisp-edition-file-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Reads one edition file, written into a copy of the good course, and lists its problems as file:line:column: message. */
function problems(name: string, lines: string[]): { where: string; hint: string }[] {
  const dir = path.join(temp, name);
  cpSync(path.join(fixtures, 'good'), dir, { recursive: true });
  cpSync(path.join(fixtures, 'editions'), path.join(dir, 'editions'), { recursive: true });
  writeFileSync(path.join(dir, 'editions', `${name}.yaml`), lines.join('\n') + '\n');
  const [read] = readEditions(dir, [name]);
  if (!read || read.ok) return [];
  return read.error.diagnostics.map((d) => ({
    where: `${path.relative(dir, path.resolve(d.file))}:${d.line}:${d.column}: ${d.message}`,
    hint: d.hint,
  }));
}

const complete = ['contacts:', '  dpo: "d"', '  igTeam: "i"', '  actionGroup: "a"'];

test.for([
  [
    'misspelt-key',
    ['organisaton:', '  name: X', ...complete],
    ['editions/misspelt-key.yaml:1:1: unknown key "organisaton" in edition "misspelt-key"'],
    'did you mean "organisation"?',
  ],
  [
    'misspelt-contact',
    ['organisation:', '  name: X', ...complete, '  siroo: "s"'],
    ['editions/misspelt-contact.yaml:7:3: unknown key "siroo" in contacts'],
    'did you mean "siro"?',
  ],
  [
    'low-contrast',
    ['organisation:', '  name: X', '  colour: "#ffdd00"', ...complete],
    ['editions/low-contrast.yaml:3:11: colour "#ffdd00" has a contrast of 1.35:1 with white, below WCAG AA\'s 4.5:1'],
    'choose a darker colour',
  ],
  [
    'missing-logo',
    ['organisation:', '  name: X', '  logo: assets/nope.svg', '  logoAlt: X logo', ...complete],
    ['editions/missing-logo.yaml:3:9: logo "assets/nope.svg" does not exist (looked for assets/nope.svg)'],
    'relative to the course folder',
  ],
  [
    'bad-target',
    ['organisation:', '  name: X', ...complete, 'lms:', '  targets: [scorm13]'],
    ['editions/bad-target.yaml:8:13: unknown target "scorm13"'],
    'did you mean "scorm12"? Targets may be scorm12 and scorm2004',
  ],
  [
    'Bad_Name',
    ['organisation:', '  name: X', ...complete],
    ['editions/Bad_Name.yaml:1:1: edition file name "Bad_Name" is not a valid edition id'],
    'rename the file',
  ],
  [
    'no-name',
    ['organisation:', '  colour: "#1d4f91"', ...complete],
    ['editions/no-name.yaml:2:3: edition "no-name" has no organisation name'],
    'add organisation:',
  ],
] as const)('%s is reported where it is, with how to fix it', ([name, lines, expected, hint]) => {
  const found = problems(name, [...lines]);
  expect(found.map((p) => p.where)).toEqual(expected);
  expect(found[0]?.hint).toContain(hint);
});
