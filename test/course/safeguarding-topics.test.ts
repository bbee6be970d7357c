// Issue 10: the course teaches safeguarding, health and care confidentiality and the decision model, and the right to object correctly.
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../build/content/load.ts';
import { plainText } from '../../build/content-report/text.ts';
import { type Question } from '../../src/model/course.ts';
import { courseDir } from './paths.ts';

const { course } = loadCourse(courseDir);
const pages = course.modules.flatMap((m) => m.pages);
const pageText = (id: string): string => plainText(pages.find((p) => p.id === id)?.html ?? '');
const questionText = (q: Question): string =>
  plainText([q.prompt, 'case' in q ? q.case : '', q.explanation, ...q.options.flatMap((o) => [o.html, o.feedback])].join(' '));
const everyQuestion: Question[] = [...course.modules.flatMap((m) => m.check), ...course.assessment.bank];

// Each topic the IG review found missing, with the page that must teach it and phrases the page must contain.
const topics: { page: string; phrases: string[] }[] = [
  {
    page: 'decide-children',
    phrases: ['Working Together to Safeguard Children 2023', 'golden rules', 'Keeping Children Safe in Education', 'do not need consent', 'Schedule 1, paragraph 18', 'designated safeguarding lead'],
  },
  // Review L1: an adult's refusal can be overridden for coercion or a person in a position of trust, not only for risk to others.
  { page: 'decide-adults', phrases: ['Care Act 2014', 'section 42', 'Making Safeguarding Personal', 'Mental Capacity Act 2005', 'best interests', 'coercion', 'position of trust'] },
  {
    page: 'decide-confidentiality',
    phrases: ['common law duty of confidentiality', 'implied', 'legal requirement', 'overriding public interest', 'Caldicott principles', 'Principle 7', 'Caldicott Guardian', 'not the UK GDPR lawful basis called consent', 'NHS: a discharge', 'Social care: a threat to a neighbour'],
  },
  // Review section 6: the printable aid is three questions a front-line worker remembers, risk first.
  {
    page: 'decide-aid',
    phrases: ['print', '1. Is anyone at risk of harm now?', 'tell your designated safeguarding lead today', '2. Do I have a reason to share, and is it confidential?', '3. Share the minimum, securely, with a named person, and record it', 'decision not to share', 'Safeguarding first: children', 'Safeguarding first: adults', 'has capacity can usually refuse', 'coercion', 'position of trust', 'serious crime'],
  },
  // Review L2: the protocol's "nominated representatives" must not read as a bar on raising a concern.
  { page: 'security-minimum', phrases: ['nominated representatives', 'never stops anyone raising a safeguarding concern'] },
  { page: 'lawful-consent-rights', phrases: ['Safeguarding a child', 'Safeguarding an adult', 'position of trust'] },
  { page: 'lawful-consent-rights', phrases: ['Article 7(3)', 'Article 21', 'public task or legitimate interests', 'not absolute', 'compelling legitimate grounds', 'section 10'] },
  { page: 'security-minimum', phrases: ['safeguard', 'emergency', 'crime', 'compatible'] },
];

describe('topics the course must teach', () => {
  it.for(topics)('page $page exists and teaches its topic', ({ page, phrases }) => {
    const text = pageText(page);
    expect(text, `page ${page} is missing`).not.toBe('');
    expect(phrases.filter((p) => !text.toLowerCase().includes(p.toLowerCase()))).toEqual([]);
  });
});

describe('what the course must not teach', () => {
  it('never says that any other use of shared information is unlawful without exceptions', () => {
    expect(pages.filter((p) => /any other use is unlawful/i.test(plainText(p.html))).map((p) => p.id)).toEqual([]);
  });

  // "Best interests" is the Mental Capacity Act's test; elsewhere it wrongly frames safeguarding as a last resort.
  it('uses "best interests" only where the Mental Capacity Act is named', () => {
    const misuse = [
      ...pages.filter((p) => /best interests/i.test(plainText(p.html)) && !/Mental Capacity Act/.test(plainText(p.html))).map((p) => p.id),
      ...everyQuestion.filter((q) => /best interests/i.test(questionText(q)) && !/Mental Capacity Act/.test(questionText(q))).map((q) => q.id),
    ];
    expect(misuse).toEqual([]);
  });

  // Review L2: a front-line worker asks whether anyone is at risk now before any question of lawful basis.
  it.for(['decide-aid'])('page %s asks "is anyone at risk of harm now?" before the lawful basis', (page) => {
    const text = pageText(page).toLowerCase();
    const riskNow = text.indexOf('is anyone at risk of harm now?');
    expect(riskNow).toBeGreaterThanOrEqual(0);
    expect(riskNow).toBeLessThan(text.indexOf('lawful basis'));
  });

  // Review L1: the printed aid once said consent was never needed for "a child or an adult at risk", which is wrong for an adult with capacity.
  it('never puts children and adults at risk in one consent rule', () => {
    const merged = pages.filter((p) => /consent[^.]*a child or an adult at risk|a child or an adult at risk[^.]*consent/i.test(plainText(p.html))).map((p) => p.id);
    expect(merged).toEqual([]);
  });

  it('no longer has the nursery question that asked the suspected parent for consent', () => {
    expect(everyQuestion.map((q) => q.id)).not.toContain('personal-b-safeguard');
  });

  it('never maps the 1998 section 10 notice to withdrawing consent', () => {
    const table = pageText('lawful-old-wording');
    expect(table).toMatch(/section 10 the right to object/i);
  });
});

describe('the bank assesses consent withdrawal, capacity and the new topics', () => {
  it.for(['lawful-consent', 'decide-safeguard', 'decide-confidential', 'decide-model'])('objective %s has at least 2 bank questions', (objective) => {
    expect(course.assessment.bank.filter((q) => q.objectives.includes(objective)).length).toBeGreaterThanOrEqual(2);
  });

  it('has bank questions on withdrawing consent and on capacity', () => {
    const ids = course.assessment.bank.map((q) => q.id);
    expect(ids).toContain('personal-b-withdraw');
    expect(ids).toContain('personal-b-capacity');
  });
});
