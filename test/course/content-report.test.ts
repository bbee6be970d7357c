// The content report's figures on the small fixture course, whose numbers are known by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCourse } from '../../build/content/load.ts';
import { readCoverage } from '../../build/content/coverage-check.ts';
import { Diagnostics } from '../../build/content/diagnostics.ts';
import { contentReport, formatContentReport } from '../../build/content-report/content-report.ts';
import { repoRoot } from './paths.ts';

const fixtureDir = path.join(repoRoot, 'test/fixtures/good');
const { course } = loadCourse(fixtureDir);
// ¶1 maps to a real page, ¶2 to a real and a missing one, ¶3 only to a missing one.
const report = contentReport(course, { 1: ['one-first'], 2: ['one-second', 'ghost'], 3: ['ghost'] });

describe('contentReport on test/fixtures/good', () => {
  it('counts pages, words of the rendered page text, front-matter minutes and check questions per module', () => {
    // one-first: "Some bold text and a link to page two." (9; image alt not counted);
    // one-second: "Ask dpo@fixture.example or your information governance team." (7); two-first: "Back to the start." (4).
    expect(report.modules).toEqual([
      { id: 'one', title: 'Module one', pages: 2, words: 16, minutes: 5, questions: 2 },
      { id: 'two', title: 'Module two', pages: 1, words: 4, minutes: 5, questions: 1 },
    ]);
    expect(report.totals).toEqual({ pages: 3, words: 20, minutes: 10, questions: 3 });
  });

  it('reports the bank: 3 questions, 1 scenario (a third), draw 2, pass mark 80', () => {
    expect(report.bank.total).toBe(3);
    expect(report.bank.scenarios).toBe(1);
    expect(report.bank.scenarioShare).toBeCloseTo(1 / 3, 10);
    expect(report.bank.draw).toBe(2);
    expect(report.bank.passMark).toBe(80);
  });

  it('counts bank questions per objective, in course order', () => {
    expect(report.bank.perObjective).toEqual([
      { id: 'one-know', module: 'one', questions: 2 },
      { id: 'two-know', module: 'two', questions: 1 },
    ]);
  });

  it('lists the paragraphs the bank references (¶12, ¶1) and those any question references (adds ¶2, ¶3 from checks)', () => {
    expect(report.bank.paragraphs).toEqual([1, 12]);
    expect(report.questionParagraphs).toEqual([1, 2, 3, 12]);
  });

  it('counts the wording cues over the bank\'s non-true/false options: none in the fixture, 2 right and 2 wrong options', () => {
    const none = { right: { cued: 0, of: 2 }, wrong: { cued: 0, of: 2 } };
    expect(report.bank.cues).toEqual({ role: none, absolute: none });
  });

  it('counts a paragraph as mapped only when one of its pages exists, and names the missing pages', () => {
    expect(report.coverage.of).toBe(42);
    expect(report.coverage.mapped).toEqual([1, 2]);
    expect(report.coverage.unmapped).toEqual(Array.from({ length: 40 }, (_, i) => i + 3));
    expect(report.coverage.unknownPages).toEqual(['ghost']);
  });

  it('is plain JSON (what the build writes next to the zips)', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('formatContentReport', () => {
  const text = formatContentReport(report);

  it('prints one table row per module and a total row with the figures', () => {
    expect(text).toMatch(/^Module one \(one\)\s+2\s+16\s+5\s+2$/m);
    expect(text).toMatch(/^Module two \(two\)\s+1\s+4\s+5\s+1$/m);
    expect(text).toMatch(/^Total\s+3\s+20\s+10\s+3$/m);
  });

  it('prints the bank figures, the objectives under 2 questions and the coverage count', () => {
    expect(text).toMatch(/Questions:\s+3 \(2 drawn per attempt, pass mark 80%\)/);
    expect(text).toMatch(/Scenario questions:\s+1 \(33%\)/);
    expect(text).toMatch(/Paragraphs covered:\s+2\/42: ¶1, ¶12/);
    expect(text).toMatch(/two-know\s+two\s+1\s+fewer than 2/);
    expect(text).not.toMatch(/one-know.*fewer/);
    expect(text).toContain('Coverage map: 2/42 protocol paragraphs mapped to pages');
    expect(text).toContain('Not mapped: ¶3–42');
    expect(text).toContain('do not exist: ghost');
  });
});

describe('readCoverage', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'coverage-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const pages = new Set(['a-page', 'b-page', 'c-page']);
  /** The map read from `courseDir`'s coverage.yaml, and the messages reported. */
  const read = (courseDir: string) => {
    const diags = new Diagnostics();
    return { map: readCoverage(courseDir, pages, { diags, yamlMode: 'precise' }), messages: diags.list.map((d) => d.message) };
  };

  it('returns an empty map for a course without coverage.yaml', () => {
    expect(read(fixtureDir)).toEqual({ map: {}, messages: [] });
  });

  it('reads paragraph numbers as numbers and accepts a single page id as a list of one', () => {
    writeFileSync(path.join(dir, 'coverage.yaml'), '1: [a-page, b-page]\n2: c-page\n');
    expect(read(dir)).toEqual({ map: { 1: ['a-page', 'b-page'], 2: ['c-page'] }, messages: [] });
  });

  it('rejects a key that is not a paragraph number, naming it', () => {
    writeFileSync(path.join(dir, 'coverage.yaml'), 'one: [a-page]\n');
    expect(read(dir).messages).toEqual([expect.stringMatching(/key "one" is not a paragraph number/)]);
  });

  it('rejects a paragraph whose value is not a list of page ids', () => {
    writeFileSync(path.join(dir, 'coverage.yaml'), '4: { page: a }\n');
    expect(read(dir).messages).toEqual([expect.stringMatching(/paragraph 4 .*must list page ids/)]);
  });
});
