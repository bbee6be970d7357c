// The build's review links: protocol references named by section, and the pages that teach a missed question
// (coverage.yaml's pages for its paragraphs, kept to its objectives' module), on a small course and on the real one.
import { describe, expect, test } from 'vitest';
import { loadCourse } from '../../build/content/load.ts';
import { citeInWords, MAX_REVIEW_PAGES, teachingPages } from '../../build/content/review-links.ts';
import { allPages, allQuestions, defineCourse, type Module, type Question } from '../../src/model/course.ts';
import { courseDir } from '../course/paths.ts';

describe('citeInWords', () => {
  test.for([
    ['¶17', 'Protocol ¶17 (Consent)'],
    ['¶1', 'Protocol ¶1 (Aims and objectives)'],
    ['¶4', 'Protocol ¶4 (General principles)'],
    ['¶7', 'Protocol ¶7 (Data sharing and the law)'],
    ['¶13', 'Protocol ¶13 (Responsibilities)'],
    ['¶16', 'Protocol ¶16 (Restrictions on use)'],
    ['¶31', 'Protocol ¶31 (Security)'],
    ['¶37', 'Protocol ¶37 (Data quality, processing and retention)'],
    ['¶38', 'Protocol ¶38 (Training)'],
    ['¶42', 'Protocol ¶42 (Review, suspension and withdrawal)'],
    ['Protocol ¶17–19', 'Protocol ¶17–19 (Consent)'],
    ['¶14-18', 'Protocol ¶14-18 (Restrictions on use; Consent)'],
    ['MAISP overview', 'MAISP overview'],
    ['¶99', '¶99'], // not a paragraph of the protocol: kept as written
  ] as const)('%j -> %j', ([reference, words]) => {
    expect(citeInWords(reference)).toBe(words);
  });
});

const page = (id: string) => ({ id, title: id, html: '' });
const module = (id: string, pages: string[]): Module => ({
  id,
  title: id,
  minutes: 5,
  objectives: [{ id: `${id}-o`, text: '' }],
  pages: pages.map(page),
  check: [],
});
const question = (objective: string, references: string[]): Question => ({
  kind: 'single',
  id: 'q',
  prompt: '',
  text: '',
  options: [],
  explanation: '',
  references,
  objectives: [objective],
});

describe('teachingPages', () => {
  const course = defineCourse({
    id: 'c',
    title: 'C',
    modules: [module('law', ['law-1', 'law-2']), module('consent', ['consent-1', 'consent-2', 'consent-3', 'consent-4', 'consent-5'])],
    assessment: { id: 'final', title: '', intro: '', draw: 0, passMark: 80, attempts: 0, bank: [] },
  });
  const coverage = { 5: ['law-2', 'consent-1'], 17: ['consent-3', 'law-1'], 18: ['consent-1', 'consent-2', 'consent-4', 'consent-5'] };

  test.for([
    ['keeps to the pages of the objective’s module', 'consent-o', ['¶17'], ['consent-3']],
    ['lists them in course order', 'law-o', ['¶17', '¶5'], ['law-1', 'law-2']],
    ['uses pages elsewhere when the module teaches none of the paragraphs', 'law-o', ['¶18'], ['consent-1', 'consent-2', 'consent-4']],
    ['falls back to the module’s first page without a mapped paragraph', 'consent-o', ['MAISP overview'], ['consent-1']],
    [`offers at most ${MAX_REVIEW_PAGES} pages`, 'consent-o', ['¶17–18'], ['consent-1', 'consent-2', 'consent-3']],
  ] as const)('%s', ([, objective, references, pages]) => {
    expect(teachingPages(course, coverage, question(objective, [...references]))).toEqual(pages);
  });
});

describe('the real course', () => {
  const { course } = loadCourse(courseDir);
  const pageIds = new Set(allPages(course).map((p) => p.id));

  test('every question has between 1 and 3 pages to read again, all of them existing pages', () => {
    for (const q of allQuestions(course)) {
      expect(q.teaches?.length ?? 0, q.id).toBeGreaterThan(0);
      expect(q.teaches?.length ?? 0, q.id).toBeLessThanOrEqual(MAX_REVIEW_PAGES);
      for (const id of q.teaches ?? []) expect(pageIds.has(id), `${q.id} -> ${id}`).toBe(true);
    }
  });

  test('every reference to a protocol paragraph is shown with its section name', () => {
    for (const q of allQuestions(course)) {
      expect(q.citations?.length, q.id).toBe(q.references.length);
      for (const cited of q.citations ?? []) if (cited.includes('¶')) expect(cited, q.id).toMatch(/^Protocol ¶.+ \(.+\)$/);
    }
  });
});
