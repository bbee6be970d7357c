// Sector content per edition (course/README.md "Sectors"): an edition has the untagged content and the content tagged
// for a sector it serves, and nothing else; its draws never leave its own bank; ids are the same in every edition.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CourseError } from '../../build/content/diagnostics.ts';
import { readEditions } from '../../build/content/editions.ts';
import { loadCourse } from '../../build/content/load.ts';
import { readZipEntries, readZipEntry } from '../../build/package/zip-reader.ts';
import { buildCourse } from '../../build/pipeline.ts';
import { allPages, allQuestions, type Course } from '../../src/model/course.ts';
import { drawAttempt } from '../../src/model/draw.ts';
import { SECTORS } from '../../src/model/sectors.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const temp = mkdtempSync(path.join(os.tmpdir(), 'maisp-sectors-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The good fixture course with the sector fixture (tagged content, three editions) laid over it. */
function sectorCourse(name: string): string {
  const dir = path.join(temp, name);
  cpSync(path.join(fixtures, 'good'), dir, { recursive: true });
  cpSync(path.join(fixtures, 'sectors'), dir, { recursive: true });
  return dir;
}

const dir = sectorCourse('editions');
/** Each edition's course, by edition id (generic is course.yaml alone). */
const courses = new Map(
  readEditions(dir).map((read) => {
    if (!read.ok) throw read.error;
    return [read.id, loadCourse(dir, { edition: read.settings }).course] as const;
  }),
);
const editionCourse = (id: string): Course => {
  const course = courses.get(id);
  if (!course) throw new Error(`no edition ${id}`);
  return course;
};
const pageIds = (c: Course) => allPages(c).map((p) => p.id);
const questionIds = (c: Course) => allQuestions(c).map((q) => q.id);
const html = (c: Course) =>
  [...allPages(c).map((p) => p.html), c.assessment.intro, ...allQuestions(c).map((q) => q.explanation)].join('\n');

const UNTAGGED_PAGES = ['one-first', 'one-second', 'two-first'];
const UNTAGGED_QUESTIONS = ['one-q1', 'one-q2', 'two-q1', 'bank-q1', 'bank-q2', 'bank-q3'];

describe('an edition serving health', () => {
  const course = editionCourse('health-trust');

  test('has the untagged pages, the health page and the health module, and no council page', () => {
    expect(pageIds(course)).toEqual([...UNTAGGED_PAGES.slice(0, 2), 'one-health', 'two-first', 'health-records']);
    expect(course.modules.map((m) => m.id)).toEqual(['one', 'two', 'health']);
  });

  test('has the health questions (tagged health, health or council, or in the health module) and none for council or police alone', () => {
    expect(course.modules[0]?.check.map((q) => q.id)).toEqual(['one-q1', 'one-q2', 'one-q-health']);
    expect(course.assessment.bank.map((q) => q.id)).toEqual([
      'bank-q1',
      'bank-q2',
      'bank-q3',
      'bank-health-1',
      'bank-health-2',
      'health-q1',
    ]);
  });

  test('shows the health blocks as ordinary text and not the police block, with no sector marks left in any text', () => {
    const text = html(course);
    expect(text).toContain('Health staff also tell their Caldicott Guardian');
    expect(text).toContain('Health staff: the questions include some for your sector.');
    expect(text).not.toContain('Officers record the request');
    expect(text).not.toMatch(/<!--\/?sectors/);
  });

  test('records the sectors it serves in the course model', () => {
    expect(course.edition).toMatchObject({ id: 'health-trust', sectors: ['health'] });
  });
});

describe('editions serving no sector', () => {
  test.for(['generic', 'charity'])('%s has only the untagged pages, blocks and questions', (id) => {
    const course = editionCourse(id);
    expect(pageIds(course)).toEqual(UNTAGGED_PAGES);
    expect(questionIds(course)).toEqual(UNTAGGED_QUESTIONS);
    const text = html(course);
    for (const tagged of ['Caldicott', 'Officers record', 'Health staff', 'MASH']) expect(text).not.toContain(tagged);
    expect(text).not.toMatch(/<!--\/?sectors/);
    expect(course.edition.sectors).toBeUndefined();
  });

  test('the generic edition draws its blueprint from the modules it has: the health module is not asked for', () => {
    expect(editionCourse('generic').assessment.blueprint).toEqual({ one: 1, two: 1 });
    expect(editionCourse('health-trust').assessment.blueprint).toEqual({ one: 1, two: 1, health: 1 });
  });
});

test('an edition serving council has the council page and questions, and none of those only for health or police', () => {
  const course = editionCourse('borough');
  expect(pageIds(course)).toEqual([...UNTAGGED_PAGES.slice(0, 2), 'one-council', 'two-first']);
  expect(questionIds(course)).toEqual([...UNTAGGED_QUESTIONS, 'bank-health-2', 'bank-council-1']);
  expect(html(course)).not.toContain('Caldicott');
});

test('every edition keeps the ids it shares with another, with the same content', () => {
  const all = [...courses.values()];
  const pages = new Map<string, string>();
  for (const page of all.flatMap(allPages)) {
    expect(pages.get(page.id) ?? page.title).toBe(page.title);
    pages.set(page.id, page.title);
  }
  const generic = editionCourse('generic');
  for (const course of all) {
    expect(pageIds(course)).toEqual(expect.arrayContaining(pageIds(generic)));
    expect(questionIds(course)).toEqual(expect.arrayContaining(questionIds(generic)));
  }
});

describe('the draw over 2,000 seeded attempts', () => {
  /** A small seeded generator (mulberry32), so a failing seed can be replayed. */
  const seeded = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const drawn = (id: string) => {
    const course = editionCourse(id);
    const seen = new Set<string>();
    for (let seed = 1; seed <= 2000; seed++) for (const q of drawAttempt(course, seeded(seed))) seen.add(q);
    return [...seen].sort();
  };

  test.for([
    ['generic', ['bank-q1', 'bank-q2', 'bank-q3']],
    ['charity', ['bank-q1', 'bank-q2', 'bank-q3']],
    ['health-trust', ['bank-health-1', 'bank-health-2', 'bank-q1', 'bank-q2', 'bank-q3', 'health-q1']],
    ['borough', ['bank-council-1', 'bank-health-2', 'bank-q1', 'bank-q2', 'bank-q3']],
  ] as const)('%s never draws a question outside its sectors, and draws each of its own', ([id, expected]) => {
    expect(drawn(id)).toEqual(expected);
  });
});

test('an edition file naming an unknown sector is reported at its line with the closest sector', () => {
  const course = sectorCourse('misspelt-sector');
  const file = path.join(course, 'editions', 'typo.yaml');
  const text = `organisation:\n  name: X\ncontacts:\n  dpo: "d"\n  igTeam: "i"\n  actionGroup: "a"\nsectors: [health, councl]\n`;
  writeFileSync(file, text);
  const [read] = readEditions(course, ['typo']);
  expect(read?.ok).toBe(false);
  const diagnostics = read && !read.ok ? read.error.diagnostics : [];
  expect(diagnostics.map((d) => `${path.basename(d.file)}:${d.line}:${d.column}: ${d.message}`)).toEqual([
    'typo.yaml:7:19: unknown sector "councl" on this edition',
  ]);
  expect(diagnostics[0]?.hint).toMatch(/^did you mean "council"\?/);
});

describe("an edition's own bank must fill the assessment", () => {
  /** The sector course with assessment.yaml's `from` line replaced, loaded for `edition`: its errors, one line each. */
  function errorsFor(name: string, edition: string, from: string, to: string, ...more: [string, string, string][]): string[] {
    const course = sectorCourse(name);
    for (const [rel, was, now] of [['assessment.yaml', from, to] as const, ...more]) {
      const file = path.join(course, rel);
      writeFileSync(file, readFileSync(file, 'utf8').replace(was, now));
    }
    const read = readEditions(course, [edition])[0];
    if (!read?.ok) throw new Error(`edition ${edition} does not read`);
    try {
      loadCourse(course, { edition: read.settings });
    } catch (e) {
      if (!(e instanceof CourseError)) throw e;
      return e.diagnostics.map((d) => `${path.basename(d.file)}:${d.line}: ${d.message} | ${d.hint}`);
    }
    return [];
  }

  test('a blueprint count for a module only a health edition has fails that edition at the blueprint line, naming it', () => {
    const edit = ['  perModule: 1', '  modules:\n    health: 2'] as const;
    expect(errorsFor('blueprint-generic', 'generic', ...edit)).toEqual([]);
    const [error, ...more] = errorsFor('blueprint-health', 'health-trust', ...edit);
    expect(more).toEqual([]);
    expect(error).toMatch(
      /^assessment\.yaml:13: the blueprint asks every attempt for 2 question\(s\) from module "health", but the bank has only 1/,
    );
    expect(error).toContain('in edition "health-trust", serving health');
  });

  test('a critical behaviour with a variant for health only has too few variants in the editions without health, named', () => {
    const critical = [
      'attempts: 0',
      'attempts: 0\ncritical:\n  - id: check-caller\n    title: Check who is asking\n    pages: [two-first]',
    ] as const;
    const variants: [string, string, string][] = [
      ['modules/02-two.bank.yaml', '  - id: bank-q1\n', '  - id: bank-q1\n    behaviour: check-caller\n'],
      ['modules/02-two.bank.yaml', '  - id: bank-health-1\n', '  - id: bank-health-1\n    behaviour: check-caller\n'],
    ];
    const [error, ...more] = errorsFor('critical-generic', 'generic', ...critical, ...variants);
    expect(more).toEqual([]);
    expect(error).toMatch(
      /^assessment\.yaml:12: critical behaviour "check-caller" has 1 variant\(s\) \(bank-q1\), fewer than 2 \(in edition "generic", serving no sector, /,
    );
    expect(errorsFor('critical-health', 'health-trust', ...critical, ...variants)).toEqual([]);
  });

  test('a draw the untagged questions cannot fill fails the editions serving no sector, naming the sectors they leave out', () => {
    const [error, ...more] = errorsFor('draw-generic', 'generic', 'draw: 3', 'draw: 4');
    expect(more).toEqual([]);
    expect(error).toMatch(
      /^assessment\.yaml:9: draw is 4 but the bank holds only 3 question\(s\) \(in edition "generic", serving no sector, /,
    );
    expect(error).toContain('tagged health');
    expect(errorsFor('draw-health', 'health-trust', 'draw: 3', 'draw: 4')).toEqual([]);
  });
});

test.for([
  ['sector-unknown-page', 'did you mean "health"?'],
  ['sector-unknown-module', 'did you mean "council"?'],
  ['sector-unknown-question', 'did you mean "police"?'],
  ['sector-unknown-block', 'did you mean "education"?'],
  ['sector-page-attribute', 'did you mean "sectors="?'],
  ['sector-empty-list', 'name at least one sector'],
  ['sector-block-no-sectors', 'name at least one sector'],
  ['sector-link-to-dropped-page', ':::sector health'],
  ['sector-page-emptied', '{#two-note sectors=health}'],
  ['sector-module-emptied', 'sectors: [health, council]'],
  ['sector-blueprint-edition', 'untag some of the questions tagged health'],
] as const)('the broken fixture %s says how to fix it: %s', ([name, fix]) => {
  const course = path.join(temp, `fix-${name}`);
  cpSync(path.join(fixtures, 'good'), course, { recursive: true });
  cpSync(path.join(fixtures, 'broken', name), course, { recursive: true });
  let hints: string[] = [];
  try {
    loadCourse(course);
  } catch (e) {
    if (!(e instanceof CourseError)) throw e;
    hints = e.diagnostics.map((d) => d.hint);
  }
  expect(hints).toHaveLength(1);
  expect(hints[0]).toContain(fix);
});

test('a tagged key point keeps its label and title in an edition serving its sector', () => {
  const police = loadCourse(dir, { sectors: ['police'] }).course;
  const page = allPages(police).find((p) => p.id === 'one-first')?.html ?? '';
  expect(page).toContain('<p class="block-label">Key point: Police note</p><p>Officers record the request');
  expect(page).not.toContain('Health staff also tell');
});

test("a load for every sector holds every edition's pages and questions (the model for the report and the resume budget)", () => {
  const all = loadCourse(dir, { sectors: SECTORS }).course;
  const union = (ids: (c: Course) => string[]) => [...new Set([...courses.values()].flatMap(ids))].sort();
  expect(pageIds(all).sort()).toEqual([...new Set([...union(pageIds), 'one-council'])].sort());
  expect(questionIds(all).sort()).toEqual([...new Set([...union(questionIds), 'bank-police-1'])].sort());
});

describe('building a health edition beside the generic one', () => {
  const course = sectorCourse('build');
  const out = path.join(temp, 'build-out');
  let zips: string[] = [];
  beforeAll(async () => {
    const result = await buildCourse({ courseDir: course, outDir: out, editions: ['generic', 'health-trust'], draft: true });
    zips = result.zips.map((z) => z.file);
  }, 120_000);

  /** The course model inside a zip: the `export default JSON.parse("...")` module the build put beside the player. */
  function courseInZip(file: string): Course {
    const zip = readFileSync(file);
    const entry = readZipEntries(zip).find((e) => /^assets\/course-[\w-]+\.js$/.test(e.name));
    const literal =
      entry &&
      readZipEntry(zip, entry)
        .toString('utf8')
        .match(/^export default JSON\.parse\((".*")\);\n$/s)?.[1];
    if (!literal) throw new Error(`no course module in ${file}`);
    return JSON.parse(JSON.parse(literal) as string) as Course;
  }
  const zipFor = (edition: string) => {
    const file = zips.find((z) => path.basename(path.dirname(z)) === edition && z.endsWith('-scorm2004.zip'));
    if (!file) throw new Error(`no ${edition} zip among ${zips.join(', ')}`);
    return file;
  };

  test("the health edition's zip holds the health page, module and questions; the generic zip holds none of them", () => {
    const health = courseInZip(zipFor('health-trust'));
    const generic = courseInZip(zipFor('generic'));
    expect(pageIds(health)).toContain('one-health');
    expect(health.modules.map((m) => m.id)).toContain('health');
    expect(questionIds(health)).toEqual(expect.arrayContaining(['one-q-health', 'bank-health-1', 'health-q1']));
    expect(pageIds(generic)).not.toContain('one-health');
    expect(generic.modules.map((m) => m.id)).not.toContain('health');
    expect(questionIds(generic).filter((id) => /health/.test(id))).toEqual([]);
    expect(JSON.stringify(generic)).not.toContain('Caldicott');
  });
});
