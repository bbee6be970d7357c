// Issue 23: the managers' governance and information management modules teach what the IG review asked of them, on the
// managers' path, within their budgets, without the material the review said to cut.
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../build/content/load.ts';
import { plainText, wordCount } from '../../build/content-report/text.ts';
import { courseDir } from './paths.ts';

const { course, pathCourses } = loadCourse(courseDir);
const pages = course.modules.flatMap((m) => m.pages);
const pageText = (id: string): string => plainText(pages.find((p) => p.id === id)?.html ?? '');
const managerPageIds = new Set(pathCourses.find((c) => c.path?.id === 'manager')?.modules.flatMap((m) => m.pages.map((p) => p.id)) ?? []);
const module = (id: string) => {
  const m = course.modules.find((x) => x.id === id);
  if (!m) throw new Error(`no module "${id}"`);
  return m;
};

// Each topic: the page that teaches it and phrases it must hold (case-insensitive).
const topics: { topic: string; page: string; phrases: string[] }[] = [
  {
    topic: 'signing is not a lawful basis; planned sharing needs an arrangement (review section 2, L13)',
    page: 'aims-what-it-is',
    phrases: ['Signing is not a lawful basis', 'needs an arrangement', 'Tier 2 protocols', 'Appendix J', 'legally binding', 'no legal power to share'],
  },
  {
    topic: "what a partner agency commits to, and training on the forms it is not shown (¶2, ¶8–9, ¶12, ¶38–39)",
    page: 'aims-commitments',
    phrases: ["ICO's data sharing code of practice", 'retention and disposal', 'personally responsible', 'must be trained', 'does not reproduce the forms and templates'],
  },
  {
    topic: 'the three kinds of sharing, who decides each, and small numbers (2010 factsheet, ¶11)',
    page: 'lawful-three-kinds',
    phrases: ['Anonymised or aggregated', 'Planned (bulk)', 'Case by case', 'Managers and IG staff', 'The practitioner', 'small counts'],
  },
  {
    topic: 'the action group keeps to questions and complaints about the MAISP (seed 000); the monitoring group of ¶40',
    page: 'contacts-action-group',
    phrases: ['Surrey MAISP action group', 'operational questions', 'complaints or formal issues about the MAISP itself', 'Information Governance Monitoring Group'],
  },
  {
    topic: 'suspension for 30 days with a meeting within 14, and withdrawal in writing (¶41–42)',
    page: 'contacts-action-group',
    phrases: ['for 30 days', 'risk assessment', 'within 14 days', 'signatory writes'],
  },
  {
    topic: 'the DPA 2018 s.164A complaints duty with its commencement date (review L11)',
    page: 'contacts-action-group',
    phrases: ['data protection complaint', 'section 164A', '19 June 2026', 'within 30 days', 'without undue delay', 'outcome'],
  },
  {
    topic: 'quality, telling the originator, retention and disposal (¶32–37)',
    page: 'infomgmt-quality',
    phrases: ['accurate and up to date', 'Tell the partner that sent it', 'retention schedule', 'every electronic copy'],
  },
  {
    topic: 'subject access: one month, the Article 12A start and pause (review L10)',
    page: 'infomgmt-requests',
    phrases: ['one month', 'Article 12A', 'proof of identity', 'pauses', '20 working days'],
  },
];

describe('the governance and information management modules teach what the review asked', () => {
  it.for(topics)('$topic: page $page holds the key phrases and is on the managers\' path', ({ page, phrases }) => {
    const text = pageText(page).toLowerCase();
    expect(text, `page ${page}`).not.toBe('');
    expect(phrases.filter((p) => !text.includes(p.toLowerCase()))).toEqual([]);
    expect(managerPageIds.has(page)).toBe(true);
  });

  it('no longer teaches what the review cut: the course describing itself, the CNIL, the Digital Economy Act, the principles page', () => {
    const text = [...module('governance').pages, ...module('infomgmt').pages].map((p) => plainText(p.html)).join(' ');
    expect(text).not.toMatch(/CNIL|Digital Economy Act|National Data Strategy|This course covers each of these|up to 30 days/);
    expect(pages.map((p) => p.id)).not.toContain('infomgmt-processing');
  });
});

describe('budgets (issue 23)', () => {
  it.for([
    { id: 'governance', words: 1000, pages: 5, checks: 2 },
    { id: 'infomgmt', words: 500, pages: 2, checks: 1 },
  ])('module $id has at most $words words, $pages pages and $checks check questions', ({ id, words, pages: most, checks }) => {
    const m = module(id);
    expect(m.pages.reduce((n, p) => n + wordCount(p.html), 0)).toBeLessThanOrEqual(words);
    expect(m.pages.length).toBeLessThanOrEqual(most);
    expect(m.check.length).toBeLessThanOrEqual(checks);
  });

  // loadCourse without options gives the generic edition, which holds untagged questions only: the floor every edition has.
  it.for(['governance-protocol', 'governance-review', 'infomgmt-obj-quality', 'infomgmt-obj-retain', 'infomgmt-obj-requests'])(
    'objective %s has at least 2 bank questions in the generic edition',
    (objective) => {
      expect(course.assessment.bank.filter((q) => q.objectives.includes(objective)).length).toBeGreaterThanOrEqual(2);
    },
  );

  it('asks the EIR question in council editions only (review section 3, item 55)', () => {
    const council = loadCourse(courseDir, { sectors: ['council'] }).course.assessment.bank.map((q) => q.id);
    expect(council).toContain('infomgmt-b-eir-request');
    expect(course.assessment.bank.map((q) => q.id)).not.toContain('infomgmt-b-eir-request');
  });
});
