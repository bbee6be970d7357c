// Issue 23, module "decide": the safeguarding-first topics the IG review (7 December 2026) asked for are taught on the
// core path, the printable aid comes first, and "best interests" appears only with the Mental Capacity Act.
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../build/content/load.ts';
import { plainText } from '../../build/content-report/text.ts';
import { courseDir } from './paths.ts';

const { course, pathCourses } = loadCourse(courseDir);
const pathOf = (id: string) => pathCourses.find((c) => c.path?.id === id);
const decide = course.modules.find((m) => m.id === 'decide');
const pageText = (id: string): string => plainText(decide?.pages.find((p) => p.id === id)?.html ?? '');

// Each topic, the page that teaches it and phrases the page must hold (review L1, L2, L4, L16, sections 2 and 6).
const topics: { topic: string; page: string; phrases: string[] }[] = [
  {
    topic: 'the three-question decision aid, risk first (section 6)',
    page: 'decide-aid',
    phrases: ['1. Is anyone at risk of harm now?', 'call 999', 'designated safeguarding lead today', '2. Do I have a reason to share, and is it confidential?', 'IG team', 'Caldicott Guardian', '3. Share the minimum, securely, with a named person, and record it', 'decision not to share'],
  },
  {
    topic: "an adult's refusal and its overrides on the aid (L1)",
    page: 'decide-aid',
    phrases: ['has capacity can usually refuse', 'others (especially children) are at risk', 'serious crime', 'coercion or undue influence', 'position of trust'],
  },
  {
    topic: 'duties to share about children, with the 2026 duty only once in force (L4)',
    page: 'decide-children',
    phrases: ['Children Act 1989, section 47', 'Children Act 2004, section 16H', 'section 16LA', "Children's Wellbeing and Schools Act 2026", 'Once in force', 'whether it is in force'],
  },
  {
    topic: 'children: Working Together 2023, KCSIE (data protection no barrier), no consent where it raises the risk, the DSL',
    page: 'decide-children',
    phrases: ['Working Together to Safeguard Children 2023', 'Keeping Children Safe in Education', 'no barrier', 'do not need consent', 'could increase the risk', 'designated safeguarding lead'],
  },
  {
    topic: 'adults: Care Act s.42 and s.45, Making Safeguarding Personal, capacity, overrides (L1)',
    page: 'decide-adults',
    phrases: ['Care Act 2014, section 42', 'Section 45', 'Safeguarding Adults Board', 'Making Safeguarding Personal', 'can usually refuse', 'coercion or undue influence', 'position of trust', 'serious crime', 'Mental Capacity Act 2005'],
  },
  {
    topic: 'confidentiality, and the national data opt-out not applying to individual care or safeguarding (section 2, health)',
    page: 'decide-confidentiality',
    phrases: ['common law duty of confidentiality', 'implied', 'overriding public interest', 'senior advice where time allows', 'national data opt-out', 'does not apply to individual care', 'never blocks a safeguarding referral'],
  },
  {
    topic: 'protecting the identity of referrers and third parties (DfE 2024 advice, section 2)',
    page: 'decide-referrers',
    phrases: ['not to reveal who raised a concern', 'other people in the record', 'Never tell a family who made a referral', '"a neighbour" can be enough'],
  },
  {
    topic: 'MARAC, MAPPA, Channel and the disclosure schemes at awareness level (section 2, police)',
    page: 'decide-referrers',
    phrases: ['MARAC', 'MAPPA', 'Channel', 'Prevent', "Clare's Law", 'Domestic Violence Disclosure Scheme', 'Child Sex Offender Disclosure Scheme', 'its own rules', "chair's confidentiality agreement"],
  },
];

describe('module decide teaches the review topics on the core path', () => {
  it.for(topics)('page $page teaches $topic, and is on the core path but not the manager path', ({ page, phrases }) => {
    const text = pageText(page);
    expect(text, `page ${page} is missing`).not.toBe('');
    expect(phrases.filter((p) => !text.toLowerCase().includes(p.toLowerCase()))).toEqual([]);
    const onPath = (id: string) => pathOf(id)?.modules.some((m) => m.pages.some((p) => p.id === page));
    expect(onPath('core')).toBe(true);
    expect(onPath('manager')).toBe(false);
  });

  it('puts the decision aid first in the module, and the module first after the introduction on the core path', () => {
    const core = pathOf('core');
    expect(core?.modules.map((m) => m.id).slice(0, 2)).toEqual(['intro', 'decide']);
    expect(core?.modules[1]?.pages[0]?.id).toBe('decide-aid');
  });

  it('no longer teaches the six steps as a page of their own', () => {
    expect(decide?.pages.map((p) => p.id)).not.toContain('decide-six-steps');
  });

  it('sends learners who miss the protect-referrer decision to the referrers page', () => {
    expect(course.assessment.critical.find((b) => b.id === 'protect-referrer')?.pages).toContain('decide-referrers');
  });

  it('has a bank scenario on what to do with what is shared at a MARAC', () => {
    const q = course.assessment.bank.find((b) => b.id === 'decide-b-marac');
    expect(q?.kind).toBe('scenario');
    expect(q?.kind === 'scenario' ? plainText(q.scenario) : '').toMatch(/MARAC/);
    expect(q?.options.find((o) => o.correct)?.html).toMatch(/chair/);
  });
});

describe('module decide uses "best interests" only for the Mental Capacity Act', () => {
  it('has no sentence saying "best interests" that does not name the Mental Capacity Act', () => {
    const sentences = (decide?.pages ?? []).flatMap((p) => plainText(p.html).split(/(?<=[.!?])\s+/).map((s) => `${p.id}: ${s}`));
    expect(sentences.filter((s) => /best interests/i.test(s) && !/Mental Capacity Act/.test(s))).toEqual([]);
  });
});
