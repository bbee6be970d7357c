// Building editions of the good fixture course: one folder and two zips per edition, each with its own branding,
// contacts and LMS title, the same ids everywhere, byte-identical rebuilds, and drafts that say so.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CourseError } from '../../build/content/diagnostics.ts';
import { UnknownEditionError } from '../../build/content/editions.ts';
import { readZipEntries, readZipEntry } from '../../build/package/zip-reader.ts';
import { buildCourse, EditionBuildError, type BuildResult } from '../../build/pipeline.ts';
import { allPages, allQuestions, type Course } from '../../src/model/course.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const temp = mkdtempSync(path.join(os.tmpdir(), 'maisp-editions-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The good fixture course with the three fixture editions in its editions/ folder. */
function courseWithEditions(name: string): string {
  const dir = path.join(temp, name);
  cpSync(path.join(fixtures, 'good'), dir, { recursive: true });
  cpSync(path.join(fixtures, 'editions'), path.join(dir, 'editions'), { recursive: true });
  return dir;
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A zip's entries by name, as text. */
function zipTexts(file: string): Map<string, string> {
  const zip = readFileSync(file);
  return new Map(readZipEntries(zip).map((e) => [e.name, readZipEntry(zip, e).toString('utf8')]));
}

/** The course model inside a zip: the `export default JSON.parse("...")` module the build put beside the player. */
function courseInZip(file: string): Course {
  const [, text] = [...zipTexts(file)].find(([name]) => /^assets\/course-[\w-]+\.js$/.test(name)) ?? [];
  const literal = text?.match(/^export default JSON\.parse\((".*")\);\n$/s)?.[1];
  if (!literal) throw new Error(`no course module in ${file}`);
  return JSON.parse(JSON.parse(literal) as string) as Course;
}

const manifestTitle = (file: string) =>
  zipTexts(file)
    .get('imsmanifest.xml')
    ?.match(/<title>([^<]*)<\/title>/)?.[1];
const zipOf = (out: string, edition: string, target: string, draft = false) =>
  path.join(out, edition, `fixture-1.2.3-${edition}${draft ? '-draft' : ''}-${target}.zip`);

describe('three complete fixture editions', () => {
  const course = courseWithEditions('three');
  const out = path.join(temp, 'three-out');
  let result: BuildResult;
  beforeAll(async () => {
    result = await buildCourse({ courseDir: course, outDir: out, editions: ['agency-a', 'agency-b', 'agency-c'] });
  });

  test('build into six zips, two per edition folder, named <id>-<version>-<edition>-<target>.zip', () => {
    expect(result.zips).toHaveLength(6);
    for (const edition of ['agency-a', 'agency-b', 'agency-c']) {
      expect(readdirSync(path.join(out, edition)).sort()).toEqual([
        `fixture-1.2.3-${edition}-scorm12.zip`,
        `fixture-1.2.3-${edition}-scorm2004.zip`,
      ]);
    }
    expect(existsSync(path.join(out, 'generic'))).toBe(false);
  });

  test("each zip's manifest title names its edition (XML-escaped) and none is a draft", () => {
    expect(manifestTitle(zipOf(out, 'agency-a', 'scorm12'))).toBe('Fixture course: Agency A');
    expect(manifestTitle(zipOf(out, 'agency-b', 'scorm2004'))).toBe('Fixture course: Agency B &amp; Partners');
    expect(manifestTitle(zipOf(out, 'agency-c', 'scorm12'))).toBe('Fixture course: Agency C');
    for (const z of result.zips) expect(zipTexts(z.file).get('index.html')).not.toContain('draft-marker');
  });

  test("each zip's course carries its own edition, organisation (shown on the record of completion), colour and contacts", () => {
    const a = courseInZip(zipOf(out, 'agency-a', 'scorm12'));
    const b = courseInZip(zipOf(out, 'agency-b', 'scorm2004'));
    expect(a.edition).toEqual({ id: 'agency-a', name: 'Agency A', draft: false });
    expect([a.branding.organisation, a.branding.colour]).toEqual(['Agency A', '#005a30']);
    expect([b.branding.organisation, b.branding.colour, b.failedStatus12]).toEqual(['Agency B & Partners', '#6f1d91', 'failed']);
    // The contacts page: the fixture's module puts {{contacts.dpo}} and {{contacts.igTeam}} on page one-second.
    const contactsPage = (c: Course) => allPages(c).find((p) => p.id === 'one-second')?.html ?? '';
    expect(contactsPage(a)).toContain('Agency A DPO');
    expect(contactsPage(a)).toContain('Agency A IG team');
    expect(contactsPage(b)).toContain('Agency B IG team');
    expect(contactsPage(b)).not.toContain('Agency A');
  });

  test("an edition's logo is in its zips only, and one that sets none keeps course.yaml's", () => {
    const names = (edition: string) => [...zipTexts(zipOf(out, edition, 'scorm12')).keys()];
    expect(names('agency-a').some((n) => /^assets\/agency-a-logo-[\w-]+\.svg$/.test(n))).toBe(true);
    expect(names('agency-a').some((n) => /^assets\/logo-[\w-]+\.svg$/.test(n))).toBe(false);
    expect(names('agency-b').some((n) => /^assets\/agency-a-logo/.test(n))).toBe(false);
    expect(names('agency-b').some((n) => /^assets\/logo-[\w-]+\.svg$/.test(n))).toBe(true);
    expect(courseInZip(zipOf(out, 'agency-b', 'scorm12')).branding.logo).toMatch(/^assets\/logo-[\w-]+\.svg$/);
  });

  test('every edition has the same module, page, question and option ids, and the same zip manifest identifier', () => {
    const ids = (c: Course) => [
      c.id,
      ...c.modules.map((m) => m.id),
      ...allPages(c).map((p) => p.id),
      ...allQuestions(c).flatMap((q) => [q.id, ...q.options.map((o) => o.id)]),
    ];
    const models = ['agency-a', 'agency-b', 'agency-c'].map((e) => courseInZip(zipOf(out, e, 'scorm2004')));
    for (const m of models) expect(ids(m)).toEqual(ids(result.course));
    const identifiers = result.zips.map(
      (z) =>
        zipTexts(z.file)
          .get('imsmanifest.xml')
          ?.match(/<manifest identifier="([^"]+)"/)?.[1],
    );
    expect(new Set(identifiers)).toEqual(new Set(['fixture']));
  });

  test('the player is the same code in every edition of a target: only the course module, its import and index.html differ', () => {
    const code = (edition: string) => {
      const texts = zipTexts(zipOf(out, edition, 'scorm12'));
      const entry = [...texts].find(([n]) => /^assets\/index-[\w-]+\.js$/.test(n))?.[1] ?? '';
      return entry.replace(/"\.\/course-[\w-]+\.js"/, '"./course.js"');
    };
    expect(code('agency-a')).toBe(code('agency-b'));
    expect(code('agency-a')).toContain('"./course.js"');
  });

  test('a second build of the same input gives byte-identical zips for every edition', async () => {
    const again = path.join(temp, 'three-again');
    await buildCourse({ courseDir: course, outDir: again, editions: ['agency-a', 'agency-b', 'agency-c'] });
    for (const z of result.zips) {
      const twin = path.join(again, path.relative(out, z.file));
      expect(sha256(twin)).toBe(sha256(z.file));
    }
  });
});

describe('required contacts and drafts', () => {
  const course = courseWithEditions('drafts');
  writeFileSync(
    path.join(course, 'editions/agency-d.yaml'),
    ['organisation:', '  name: Agency D', 'contacts:', '  dpo: "Agency D DPO: dpo@agency-d.example"', '  igTeam: ""', ''].join('\n'),
  );
  const out = path.join(temp, 'drafts-out');

  test('an edition with an empty required contact fails with file:line:column of each, the others are built, its old zips removed', async () => {
    // A zip from an earlier build, as an author would have it: it must not survive to be uploaded by mistake.
    cpSync(path.join(fixtures, 'editions/agency-c.yaml'), path.join(out, 'agency-d', 'fixture-1.2.3-agency-d-scorm12.zip'));
    const error = await buildCourse({ courseDir: course, outDir: out, editions: ['agency-c', 'agency-d'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EditionBuildError);
    const { result } = error as EditionBuildError;
    const failed = result.editions.find((e) => e.id === 'agency-d');
    expect(failed?.ok).toBe(false);
    const diagnostics = failed && !failed.ok && failed.error instanceof CourseError ? failed.error.diagnostics : [];
    const relative = (file: string) => path.relative(course, path.resolve(file));
    expect(diagnostics.map((d) => `${relative(d.file)}:${d.line}:${d.column}: ${d.message}`)).toEqual([
      'editions/agency-d.yaml:3:1: required contact "actionGroup" (MAISP action group) is empty in edition "agency-d"',
      'editions/agency-d.yaml:5:11: required contact "igTeam" (information governance team) is empty in edition "agency-d"',
    ]);
    expect(diagnostics[0]?.hint).toContain('--draft');
    expect(existsSync(path.join(out, 'agency-d'))).toBe(false);
    expect(readdirSync(path.join(out, 'agency-c'))).toHaveLength(2);
  });

  test('--draft builds it anyway: "-draft" in the zip names, DRAFT in the LMS title, the marker in the page that hosts every screen', async () => {
    const result = await buildCourse({ courseDir: course, outDir: out, editions: ['agency-d'], draft: true });
    expect(readdirSync(path.join(out, 'agency-d')).sort()).toEqual([
      'fixture-1.2.3-agency-d-draft-scorm12.zip',
      'fixture-1.2.3-agency-d-draft-scorm2004.zip',
    ]);
    for (const z of result.zips) {
      const texts = zipTexts(z.file);
      expect(texts.get('imsmanifest.xml')).toContain('<title>Fixture course: Agency D (DRAFT, not for learners)</title>');
      const html = texts.get('index.html') ?? '';
      expect(html).toMatch(/<body>\s*<p class="draft-marker" role="note"><strong>Draft:<\/strong> this is the Agency D edition/);
      expect(html).toContain('contacts not yet filled in (information governance team, MAISP action group)');
      expect(html).toContain('it was built as a draft');
      expect(texts.has('assets/draft.css')).toBe(true);
      expect(courseInZip(z.file).edition).toEqual({ id: 'agency-d', name: 'Agency D', draft: true });
    }
  });

  test('--edition with a name that has no file fails before building, with a did-you-mean', async () => {
    const error = await buildCourse({ courseDir: course, outDir: out, editions: ['agency-e'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownEditionError);
    expect((error as Error).message).toMatch(/^there is no edition "agency-e": did you mean "agency-[a-d]"\?/);
  });

  test('a content mistake fails every edition and removes their older zips, so none looks current', async () => {
    const broken = courseWithEditions('broken');
    const brokenOut = path.join(temp, 'broken-out');
    await buildCourse({ courseDir: broken, outDir: brokenOut, editions: ['agency-a'] });
    expect(readdirSync(path.join(brokenOut, 'agency-a'))).toHaveLength(2);
    cpSync(path.join(fixtures, 'broken/missing-image'), broken, { recursive: true });
    await expect(buildCourse({ courseDir: broken, outDir: brokenOut, editions: ['agency-a'] })).rejects.toBeInstanceOf(CourseError);
    expect(existsSync(path.join(brokenOut, 'agency-a'))).toBe(false);
    expect(readdirSync(brokenOut).filter((n) => n.endsWith('.zip') || n.startsWith('.'))).toEqual([]);
  });
});
