// "Did you mean": a misspelt page link or module path is answered with the closest existing one, in the fix.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { CourseError } from '../../build/content/diagnostics.ts';
import { loadCourse } from '../../build/content/load.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const temp = mkdtempSync(path.join(os.tmpdir(), 'maisp-suggest-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function hints(broken: string): string[] {
  const dir = path.join(temp, broken);
  cpSync(path.join(fixtures, 'good'), dir, { recursive: true });
  cpSync(path.join(fixtures, 'broken', broken), dir, { recursive: true });
  try {
    loadCourse(dir);
  } catch (e) {
    if (e instanceof CourseError) return e.diagnostics.map((d) => d.hint);
    throw e;
  }
  return [];
}

test.for([
  ['broken-page-link', 'did you mean "#two-first"?'],
  ['missing-module-file', 'did you mean "modules/02-two.md"?'],
  ['unknown-key', 'did you mean'],
] as const)('%s: the fix says %s', ([broken, hint]) => {
  expect(hints(broken)).toEqual([expect.stringContaining(hint)]);
});
