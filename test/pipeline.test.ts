// The whole build on fixture courses: what the zips hold, byte-identical rebuilds, and no output from a broken course.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CourseError } from '../build/content/diagnostics.ts';
import { readZipEntries, readZipEntry } from '../build/package/zip-reader.ts';
import { buildCourse, type BuildResult } from '../build/pipeline.ts';
import type { Course } from '../src/model/course.ts';

const good = path.resolve(import.meta.dirname, 'fixtures/good');
const temp = mkdtempSync(path.join(os.tmpdir(), 'maisp-pipeline-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const entries = (file: string) => readZipEntries(readFileSync(file)).map((e) => e.name);

/** The generic edition's zip in a build folder (the good fixture leaves two contacts empty, so it is a draft). */
const genericZip = (dir: string, target: 'scorm12' | 'scorm2004') =>
  path.join(temp, dir, `generic/fixture-1.2.3-generic-draft-${target}.zip`);

/** The text of the entries of a fixture zip (built into temp/a) whose names `pick` accepts, joined. */
function zipText(target: 'scorm12' | 'scorm2004', pick: (name: string) => boolean): string {
  const zip = readFileSync(genericZip('a', target));
  return readZipEntries(zip)
    .filter((e) => pick(e.name))
    .map((e) => readZipEntry(zip, e).toString('utf8'))
    .join('\n');
}
const isJs = (name: string) => name.endsWith('.js');

describe('building the good fixture course', () => {
  let first: BuildResult;
  beforeAll(async () => {
    first = await buildCourse({ courseDir: good, outDir: path.join(temp, 'a') });
  });

  test('writes generic/<id>-<version>-generic-draft-scorm12.zip and -scorm2004.zip, the course model, the content report and report.html, and nothing else', () => {
    expect(readdirSync(path.join(temp, 'a')).sort()).toEqual([
      'fixture-1.2.3-content-report.json',
      'fixture-1.2.3-course.json',
      'generic',
      'report.html',
    ]);
    expect(readdirSync(path.join(temp, 'a/generic')).sort()).toEqual([
      'fixture-1.2.3-generic-draft-scorm12.zip',
      'fixture-1.2.3-generic-draft-scorm2004.zip',
    ]);
    expect(first.zips.map((z) => z.target).sort()).toEqual(['scorm12', 'scorm2004']);
  });

  test('each zip holds the manifest and ADL schemas at the root, the player and hashed copies of the Markdown images', () => {
    const zip12 = entries(genericZip('a', 'scorm12'));
    expect(zip12).toContain('imsmanifest.xml');
    expect(zip12).toEqual(expect.arrayContaining(['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'index.html']));
    expect(zip12.some((n) => /^assets\/diagram-[\w-]+\.svg$/.test(n))).toBe(true);
    expect(zip12.some((n) => /^assets\/logo-[\w-]+\.svg$/.test(n))).toBe(true);
    expect(zip12.some((n) => /^assets\/course-[\w-]+\.js$/.test(n))).toBe(true);
    const zip2004 = entries(genericZip('a', 'scorm2004'));
    expect(zip2004).toEqual(
      expect.arrayContaining(['imsmanifest.xml', 'imscp_v1p1.xsd', 'adlcp_v1p3.xsd', 'imsss_v1p0.xsd', 'xml.xsd', 'index.html']),
    );
  });

  test('the packaged page carries the Content Security Policy and no inline script', () => {
    const html = zipText('scorm12', (n) => n === 'index.html').replaceAll('&#39;', "'");
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    expect(html).toContain("default-src 'self'");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  test('the packaged page has the course title and language, and a loading line, before any script runs', () => {
    const html = zipText('scorm2004', (n) => n === 'index.html');
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('<title>Fixture course</title>');
    expect(html).toContain('<p class="boot" role="status">Loading Fixture course…</p>');
  });

  test("each zip's player is built for its own SCORM version and carries none of the other's API code", () => {
    const js = (target: 'scorm12' | 'scorm2004') => zipText(target, (n) => /^assets\/index-.*\.js$/.test(n));
    expect(js('scorm12')).toContain('cmi.core.lesson_status');
    expect(js('scorm12')).not.toMatch(/API_1484_11|cmi\.completion_status/);
    expect(js('scorm2004')).toContain('cmi.completion_status');
    expect(js('scorm2004')).not.toMatch(/LMSInitialize|cmi\.core\.lesson_status/);
  });

  test('the player is compiled with production JSX even when built under vitest (NODE_ENV=test)', () => {
    expect(process.env.NODE_ENV).toBe('test');
    expect(zipText('scorm12', isJs)).not.toMatch(/lineNumber|columnNumber|\/src\/ui\//);
  });

  test('scorm-again never ends up in either zip', () => {
    for (const target of ['scorm12', 'scorm2004'] as const) {
      expect(zipText(target, isJs)).not.toMatch(/scorm-again|Scorm12API|Scorm2004API|LMSGetValue\s*\(\s*[^)]*\)\s*\{/);
    }
  });

  test('the course model JSON holds the modules and each question with its plain text and protocol references', () => {
    const model = JSON.parse(readFileSync(path.join(temp, 'a/fixture-1.2.3-course.json'), 'utf8')) as Course;
    expect(model.modules.map((m) => m.id)).toEqual(['one', 'two']);
    expect(model.assessment.bank.map((q) => [q.id, q.text, q.references])).toEqual([
      ['bank-q1', 'A caller says they are from the police. What do you do first?', ['¶12']],
      ['bank-q2', 'Pick one.', ['¶1']],
      ['bank-q3', 'True is true.', ['¶1']],
    ]);
  });

  test('a second build of the same input gives byte-identical zips (same sha256)', async () => {
    await buildCourse({ courseDir: good, outDir: path.join(temp, 'b') });
    for (const target of ['scorm12', 'scorm2004'] as const) {
      expect(sha256(genericZip('b', target))).toBe(sha256(genericZip('a', target)));
    }
  });

  /** A copy of the first build's output, to fail a build over. */
  const staleOutput = (name: string): string => {
    const out = path.join(temp, name);
    cpSync(path.join(temp, 'a'), out, { recursive: true });
    expect(existsSync(path.join(out, 'generic/fixture-1.2.3-generic-draft-scorm12.zip'))).toBe(true);
    return out;
  };

  test('a course that used to crash the build (a javascript: link in a caption) fails with CourseError and leaves no older zip', async () => {
    const course = path.join(temp, 'caption-crash');
    cpSync(good, course, { recursive: true });
    cpSync(path.resolve(import.meta.dirname, 'fixtures/broken/caption-javascript-link'), course, { recursive: true });
    const out = staleOutput('out-caption-crash');
    await expect(buildCourse({ courseDir: course, outDir: out })).rejects.toBeInstanceOf(CourseError);
    expect(existsSync(path.join(out, 'generic'))).toBe(false);
  });

  test('a failure the checks do not foresee (course.yaml is a folder) still removes the older zips', async () => {
    const course = path.join(temp, 'odd-crash');
    cpSync(good, course, { recursive: true });
    rmSync(path.join(course, 'course.yaml'));
    mkdirSync(path.join(course, 'course.yaml'));
    const out = staleOutput('out-odd-crash');
    const failure = await buildCourse({ courseDir: course, outDir: out }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(CourseError);
    expect(existsSync(path.join(out, 'generic'))).toBe(false);
  });
});

test('a broken course fails with CourseError and leaves the output folder exactly as it was', async () => {
  const course = path.join(temp, 'broken');
  cpSync(good, course, { recursive: true });
  cpSync(path.resolve(import.meta.dirname, 'fixtures/broken/missing-image'), course, { recursive: true });
  const out = path.join(temp, 'out-broken');
  cpSync(good, path.join(out, 'unrelated'), { recursive: true });
  writeFileSync(path.join(out, 'keep.txt'), 'previous output');
  await expect(buildCourse({ courseDir: course, outDir: out })).rejects.toBeInstanceOf(CourseError);
  expect(readdirSync(out).sort()).toEqual(['keep.txt', 'unrelated']);
  expect(existsSync(path.join(out, 'generic'))).toBe(false);
});
