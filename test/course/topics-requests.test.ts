// Issue 23: the requests module teaches what the IG review found missing about requests (section 2: police forms
// versus orders, parents, solicitors, MPs, Article 12A, the s.173 offence), on pages every All staff learner sees.
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../build/content/load.ts';
import { plainText } from '../../build/content-report/text.ts';
import { type Course, type Question } from '../../src/model/course.ts';
import { courseDir } from './paths.ts';

const { course, pathCourses } = loadCourse(courseDir);
const education = loadCourse(courseDir, { sectors: ['education'] }).course;
const pageIn = (c: Course, id: string) => c.modules.flatMap((m) => m.pages).find((p) => p.id === id);
const pageText = (c: Course, id: string): string => plainText(pageIn(c, id)?.html ?? '');
const core = pathCourses.find((c) => c.path?.id === 'core');
const corePages = new Set(core?.modules.flatMap((m) => m.pages.map((p) => p.id)) ?? []);
const requests = course.modules.find((m) => m.id === 'requests');

// Each topic, the page that teaches it and phrases that page must hold in the generic edition (untagged content).
const topics: { topic: string; page: string; phrases: string[] }[] = [
  {
    topic: 'checking who is asking by a route you trust (protocol ¶13)',
    page: 'requests-who',
    phrases: ['proof of identity', 'switchboard', 'not one the caller gives you', 'unknown or personal address', 'may be the person causing the harm'],
  },
  {
    topic: 'a police request form is a request your organisation decides on (DPA 2018 Sch 2 para 2)',
    page: 'requests-from-police',
    phrases: ['data protection request form', 'Schedule 2, paragraph 2', 'does not require it', 'necessary and proportionate', 'the minimum', 'Keep the form with the record'],
  },
  {
    topic: 'court orders, production orders, warrants and witness summonses are compulsory',
    page: 'requests-from-police',
    phrases: ['court order', 'production order', 'warrant', 'witness summons', 'Compulsory', 'at once'],
  },
  {
    topic: 'not tipping off the person, and safeguarding first in an emergency',
    page: 'requests-from-police',
    phrases: ['Do not tip off', 'harm the investigation', 'safeguarding comes first'],
  },
  {
    topic: 'requests from parents, solicitors, MPs and councillors, journalists and family go to the IG or records team',
    page: 'requests-others',
    phrases: ['share nothing yourself', 'parental responsibility', 'too young to understand their rights', 'Separating does not end', 'The parent asking may be the risk', 'signed authority', 'MPs and councillors', 'Schedule 1, paragraphs 23 and 24', 'Journalists, relatives and friends'],
  },
  {
    topic: 'a request for your own records is a subject access request, passed on the same day',
    page: 'requests-own-records',
    phrases: ['subject access request', 'whatever words are used', 'the same day', 'one month', 'two months'],
  },
  {
    topic: 'the Article 12A clock: it starts with proof of identity and can pause for clarification',
    page: 'requests-own-records',
    phrases: ['Article 12A', 'Data (Use and Access) Act 2025', 'proof of identity', 'pause', 'clarify'],
  },
  {
    topic: 'the identities of referrers and others in a record are protected',
    page: 'requests-own-records',
    phrases: ['someone who raised a concern', 'anyone else in the record', 'unless they agree'],
  },
  {
    topic: 'the s.173 offence of altering, deleting or hiding a record after a request',
    page: 'requests-own-records',
    phrases: ['section 173', 'criminal offence', 'altering, deleting or hiding'],
  },
  {
    topic: 'FOI requests go to the FOI team, 20 working days',
    page: 'requests-own-records',
    phrases: ['freedom of information', 'FOI team', '20 working days'],
  },
];

describe('topics the requests module teaches', () => {
  it.for(topics)('$topic: page $page holds its key phrases', ({ page, phrases }) => {
    const text = pageText(course, page).toLowerCase();
    expect(text, `page ${page} is missing`).not.toBe('');
    expect(phrases.filter((p) => !text.includes(p.toLowerCase()))).toEqual([]);
  });

  it.for([...new Set(topics.map((t) => t.page))])('page %s is on the All staff core path', (page) => {
    expect(corePages.has(page)).toBe(true);
  });

  it('teaches pupil-record access under the 2005 Regulations in editions serving schools only', () => {
    const regulations = 'Education (Pupil Information) (England) Regulations 2005';
    expect(pageText(education, 'requests-others')).toContain(regulations);
    expect(pageText(course, 'requests-others')).not.toContain(regulations);
  });
});

describe('what the requests module must not teach', () => {
  const questionText = (q: Question): string =>
    plainText([q.prompt, 'case' in q ? q.case : '', q.explanation, ...q.options.flatMap((o) => [o.html, o.feedback])].join(' '));

  // "Best interests" is the Mental Capacity Act's test; elsewhere it wrongly frames whether to share or release.
  it('says "best interests" on no page or question of the module unless the Mental Capacity Act is named', () => {
    const pages = (requests?.pages ?? []).filter((p) => /best interests/i.test(plainText(p.html)) && !/Mental Capacity Act/.test(plainText(p.html)));
    const ownQuestions = [...(requests?.check ?? []), ...course.assessment.bank.filter((q) => requests?.objectives.some((o) => o.id === q.objectives[0]))];
    const questions = ownQuestions.filter((q) => /best interests/i.test(questionText(q)) && !/Mental Capacity Act/.test(questionText(q)));
    expect(requests).toBeDefined();
    expect([...pages.map((p) => p.id), ...questions.map((q) => q.id)]).toEqual([]);
  });

  it('never presents a police request form as obliging anyone to share', () => {
    expect(pageText(course, 'requests-from-police')).not.toMatch(/form[^.]*(obliges|must be complied with|requires you to share)/i);
  });
});

describe('the requests bank', () => {
  const bank = course.assessment.bank.filter((q) => q.objectives.some((o) => o.startsWith('requests-')));

  it.for(['requests-verify', 'requests-police', 'requests-subject'])('tests objective %s with at least 2 bank questions', (objective) => {
    expect(bank.filter((q) => q.objectives.includes(objective)).length).toBeGreaterThanOrEqual(2);
  });

  it('asks about the s.173 offence, a police form against a production order, an MP and a parent under enquiry', () => {
    const ids = bank.map((q) => q.id);
    expect(ids).toEqual(expect.arrayContaining(['requests-b-tidy-notes', 'requests-b-police-order', 'requests-b-mp-caseworker', 'requests-b-parent-enquiry']));
  });

  it('is at least 60% decision scenarios', () => {
    expect(bank.filter((q) => q.kind === 'scenario').length / bank.length).toBeGreaterThanOrEqual(0.6);
  });
});
