// A long course title with no shortTitle is a build warning at the title's line: on a phone it would fill the banner.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadCourse } from '../../build/content/load.ts';

const temp = mkdtempSync(path.join(os.tmpdir(), 'maisp-short-title-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The good fixture course with its title line replaced. */
function withTitle(name: string, lines: string): string {
  const dir = path.join(temp, name);
  cpSync(path.resolve(import.meta.dirname, '../fixtures/good'), dir, { recursive: true });
  const file = path.join(dir, 'course.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, lines));
  return dir;
}

const LONG = 'title: Fixture course for every partner agency in the county';

test('a title over 30 characters without a shortTitle warns at the title, naming the fix', () => {
  const { warnings, course } = loadCourse(withTitle('long', LONG));
  expect(warnings.map((w) => `${path.basename(w.file)}:${w.line}:${w.column}`)).toEqual(['course.yaml:2:8']);
  expect(warnings[0]!.message).toContain('the title is 53 characters and there is no shortTitle');
  expect(warnings[0]!.hint).toContain('add a shortTitle of up to 30 characters');
  expect(course.shortTitle).toBe(course.title);
});

test('a shortTitle, or a title of 30 characters or fewer, gives no warning', () => {
  const withShort = loadCourse(withTitle('with-short', `${LONG}\nshortTitle: Fixture training`));
  expect(withShort.warnings).toEqual([]);
  expect(withShort.course.shortTitle).toBe('Fixture training');
  expect(loadCourse(withTitle('short', 'title: Fixture course')).warnings).toEqual([]);
});
