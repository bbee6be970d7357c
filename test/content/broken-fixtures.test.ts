// Each broken fixture course holds one author mistake; the loader must report exactly it, at the right file:line:column.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CourseError } from '../../build/content/diagnostics.ts';
import { loadCourse } from '../../build/content/load.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const cases = readdirSync(path.join(fixtures, 'broken')).sort();
const temp = mkdtempSync(path.join(os.tmpdir(), 'maisp-broken-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The good course with the case's files laid over it. */
function brokenCourse(name: string): string {
  const dir = path.join(temp, name);
  cpSync(path.join(fixtures, 'good'), dir, { recursive: true });
  cpSync(path.join(fixtures, 'broken', name), dir, { recursive: true });
  return dir;
}

function diagnosticsOf(dir: string): string[] {
  try {
    loadCourse(dir);
  } catch (e) {
    if (!(e instanceof CourseError)) throw e;
    // Files are shown relative to the working directory, or absolute when outside it (as this temp folder is).
    const strip = (text: string) => text.replaceAll(`${dir}/`, '').replaceAll(`${path.relative(process.cwd(), dir)}/`, '');
    return e.diagnostics.map((d) => `${strip(d.file)}:${d.line}:${d.column}: ${strip(d.message)}`);
  }
  return [];
}

describe('broken fixture courses', () => {
  test('there are at least 30 of them', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  test.for(cases)('%s reports exactly its one mistake at the expected file:line:column', (name) => {
    const expected = readFileSync(path.join(fixtures, 'broken', name, 'expected.txt'), 'utf8').trim();
    expect(diagnosticsOf(brokenCourse(name))).toEqual([expected]);
  });
});

test('the good fixture course loads without errors', () => {
  expect(diagnosticsOf(path.join(fixtures, 'good'))).toEqual([]);
});

test('several mistakes in one course are all reported, sorted by file and line, with a fix for each', () => {
  const dir = brokenCourse('unknown-kind');
  cpSync(path.join(fixtures, 'broken', 'missing-image'), dir, { recursive: true });
  cpSync(path.join(fixtures, 'broken', 'pass-mark-out-of-range'), dir, { recursive: true });
  let error: unknown;
  try {
    loadCourse(dir);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(CourseError);
  const { diagnostics, message } = error as CourseError;
  expect(diagnostics.map((d) => `${path.basename(d.file)}:${d.line}`)).toEqual(['course.yaml:6', '01-one.check.yaml:3', '01-one.md:14']);
  expect(message).toContain('The course has 3 errors');
  expect(diagnostics.every((d) => d.hint.length > 10)).toBe(true);
});

test('a course saved with a UTF-8 byte-order mark and CRLF line endings loads to the same model as the plain one', () => {
  const dir = path.join(temp, 'bom-crlf');
  cpSync(path.join(fixtures, 'good'), dir, { recursive: true });
  const sources = ['course.yaml', 'assessment.yaml', ...readdirSync(path.join(dir, 'modules')).map((f) => `modules/${f}`)];
  for (const rel of sources) {
    const file = path.join(dir, rel);
    writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8').replace(/\r?\n/g, '\r\n')}`);
  }
  expect(diagnosticsOf(dir)).toEqual([]);
  const plain = loadCourse(path.join(fixtures, 'good')).course;
  expect(loadCourse(dir).course).toEqual(plain);
});
