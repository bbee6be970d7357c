// Issue 23: the security module teaches, on the All staff core, what the IG review (7 December 2026) asked front-line staff to know about sending, recording and breaches.
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../build/content/load.ts';
import { plainText } from '../../build/content-report/text.ts';
import { type Question } from '../../src/model/course.ts';
import { courseDir } from './paths.ts';

const { course, pathCourses } = loadCourse(courseDir);
const core = pathCourses.find((c) => c.path?.id === 'core');
const corePages = (core?.modules ?? []).flatMap((m) => m.pages);
const pageText = (id: string): string => plainText(corePages.find((p) => p.id === id)?.html ?? '');
const security = course.modules.find((m) => m.id === 'security');

// Each topic the review asked for, the page of the core path that teaches it, and phrases that page must hold.
const topics: { topic: string; page: string; phrases: string[] }[] = [
  { topic: 'the minimum, to a named person', page: 'security-minimum', phrases: ['needs for their job', 'named person', 'not to a team inbox'] },
  { topic: 'using shared information only for the agreed purpose (¶14–16)', page: 'security-minimum', phrases: ['purpose agreed', 'compatible', 'does not override a duty of confidence', 'criminal records', 'commercially sensitive'] },
  { topic: 'nominated representatives do not stop a safeguarding concern (L2)', page: 'security-minimum', phrases: ['nominated representatives', 'never stops anyone raising a safeguarding concern'] },
  { topic: "referrers' identity kept out of what is shared", page: 'security-minimum', phrases: ['who raised a concern', 'do not tell the family, or anyone not involved, who raised it'] },
  { topic: 'secure email between partners and checking the address', page: 'security-transfer', phrases: ['NHSmail', 'secure email standard', 'approved encryption tool', 'autocomplete', 'call back'] },
  { topic: 'personal devices and messaging apps', page: 'security-transfer', phrases: ['personal phone', 'WhatsApp', 'unless your organisation has approved it'] },
  { topic: 'meetings, Teams and screen sharing', page: 'security-transfer', phrases: ['who is in the room or on the call', 'share your screen', 'overheard'] },
  { topic: 'printing and home working', page: 'security-transfer', phrases: ['Print only what you need', 'Lock your screen', 'never leave them in a car'] },
  { topic: 'protective marking in brief, with need-to-know briefing (L5)', page: 'security-transfer', phrases: ['OFFICIAL-SENSITIVE', 'without forwarding the document'] },
  { topic: 'AI and translation tools', page: 'security-transfer', phrases: ['translation', 'AI tools', 'approved'] },
  { topic: 'transfers outside the UK', page: 'security-transfer', phrases: ['leave the UK', 'approved by regulations', 'on the advice of its DPO'] },
  { topic: 'where to record a decision', page: 'security-record', phrases: ['including a decision not to share', 'case record', 'not in a notebook'] },
  { topic: 'what a good note holds', page: 'security-record', phrases: ['what you shared or held back', 'with whom, when and how', 'the lawful basis', 'who you consulted', 'if you did not tell the person, why not'] },
  { topic: 'multi-agency meetings and minutes', page: 'security-record', phrases: ['multi-agency meeting is sharing too', 'your own case record', 'keeps the minutes'] },
  { topic: 'reporting at once, near misses and recalled emails', page: 'security-breach', phrases: ['Report it at once', 'near misses', 'an email you recalled'] },
  { topic: 'no investigating or deleting', page: 'security-breach', phrases: ['Do not investigate it yourself or delete anything'] },
  { topic: 'the originator told (¶29 "should")', page: 'security-breach', phrases: ['should be told at the earliest opportunity'] },
  { topic: 'the ICO threshold is the organisation\'s job (L9)', page: 'security-breach', phrases: ['Your organisation must report', '72 hours', "unless it is unlikely to put anyone's rights and freedoms at risk"] },
  { topic: 'looking without a work reason is an offence (DPA 2018 s.170)', page: 'security-breach', phrases: ['without a work reason', 'section 170 of the Data Protection Act 2018', 'knowingly or recklessly'] },
];

describe('the security module teaches the review topics on the All staff core', () => {
  it('the core path holds the security module', () => {
    expect(core?.modules.map((m) => m.id)).toContain('security');
  });

  it.for(topics)('$topic: page $page is on the core path and says so', ({ page, phrases }) => {
    const text = pageText(page).toLowerCase();
    expect(text, `page ${page} is not on the core path`).not.toBe('');
    expect(phrases.filter((p) => !text.includes(p.toLowerCase()))).toEqual([]);
  });

  // The toolkit route is for health editions only; the generic core must not carry it, and a health edition must.
  it('tells health editions, and only them, to report through the Data Security and Protection Toolkit', () => {
    const health = loadCourse(courseDir, { sectors: ['health'] }).pathCourses.find((c) => c.path?.id === 'core');
    const healthBreach = plainText((health?.modules ?? []).flatMap((m) => m.pages).find((p) => p.id === 'security-breach')?.html ?? '');
    expect(healthBreach).toContain('Data Security and Protection Toolkit');
    expect(pageText('security-breach')).not.toContain('Data Security and Protection Toolkit');
  });

  it('keeps the ISO 27001 and toolkit detail the review called superfluous off the core', () => {
    const module = (security?.pages ?? []).map((p) => plainText(p.html)).join(' ');
    expect(module).not.toMatch(/ISO\/IEC 27001|Connecting for Health/);
  });
});

describe('the security module does not misuse "best interests"', () => {
  const questionText = (q: Question): string =>
    plainText([q.prompt, 'case' in q ? q.case : '', q.explanation, ...q.options.flatMap((o) => [o.html, o.feedback])].join(' '));
  const sentences = (text: string): string[] => text.split(/(?<=[.!?])\s+/);
  const misused = (text: string): boolean => sentences(text).some((s) => /best interests/i.test(s) && !/Mental Capacity Act/.test(s));

  it('no page of the module says "best interests" outside a sentence about the Mental Capacity Act', () => {
    expect((security?.pages ?? []).filter((p) => misused(plainText(p.html))).map((p) => p.id)).toEqual([]);
  });

  it('no question of the module says "best interests" outside a sentence about the Mental Capacity Act', () => {
    const questions = [...(security?.check ?? []), ...course.assessment.bank.filter((q) => q.objectives[0]?.startsWith('security-'))];
    expect(questions.filter((q) => misused(questionText(q))).map((q) => q.id)).toEqual([]);
  });
});

describe('the security bank', () => {
  const bank = course.assessment.bank.filter((q) => q.objectives[0]?.startsWith('security-'));

  it.for(security?.objectives.map((o) => o.id) ?? [])('objective %s has at least 2 bank questions', (objective) => {
    expect(bank.filter((q) => q.objectives.includes(objective)).length).toBeGreaterThanOrEqual(2);
  });

  it('asks the decisions the review found untested: a recalled email, WhatsApp, and a curious look-up', () => {
    expect(bank.map((q) => q.id)).toEqual(expect.arrayContaining(['security-b-recalled-email', 'security-b-whatsapp', 'security-b-neighbour']));
    expect(bank.filter((q) => ['security-b-recalled-email', 'security-b-whatsapp', 'security-b-neighbour'].includes(q.id)).every((q) => q.kind === 'scenario')).toBe(true);
  });

  it('keys security-b-marked-email to briefing the class teacher without forwarding (L5)', () => {
    const q = bank.find((x) => x.id === 'security-b-marked-email');
    const correct = q?.options.filter((o) => o.correct).map((o) => plainText(o.html)) ?? [];
    expect(correct).toHaveLength(1);
    expect(correct[0]).toMatch(/tell the class teacher what they need/);
  });
});
