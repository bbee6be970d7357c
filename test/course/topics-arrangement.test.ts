// Issue 23: the managers' arrangement module teaches what the IG review asked for (sections 1, 2 and 5), on the managers' path.
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../build/content/load.ts';
import { plainText } from '../../build/content-report/text.ts';
import { courseDir } from './paths.ts';

const { course, pathCourses } = loadCourse(courseDir);
const pathPages = (id: string): string[] => pathCourses.find((c) => c.path?.id === id)?.modules.flatMap((m) => m.pages.map((p) => p.id)) ?? [];
const pageText = (id: string): string => plainText(course.modules.flatMap((m) => m.pages).find((p) => p.id === id)?.html ?? '');

// Each topic: the page that teaches it and phrases the page must hold (case-insensitive).
const topics: { topic: string; page: string; phrases: string[] }[] = [
  {
    topic: 'planned sharing needs an arrangement; a case-by-case decision does not; safeguarding never waits',
    page: 'arrangement-when',
    phrases: ['in advance', 'planned sharing', 'case-by-case', 'no legal power to share', 'Safeguarding never waits'],
  },
  {
    topic: 'shared information is used only for the stated purpose unless something else allows it (¶14)',
    page: 'arrangement-when',
    phrases: ['for the stated purpose', 'court order', 'change the arrangement first'],
  },
  // Review sections 2 and 5: the protocol's template and forms, and where to get them (no invented address).
  {
    topic: "Appendix J and the MAISP forms, from the IG team or the action group",
    page: 'arrangement-contents',
    phrases: ['Appendix J', 'MAISP forms', 'your IG team', 'the Surrey MAISP action group'],
  },
  // Review section 2, "DPIAs and data sharing agreements": what a DPO would insist the arrangement records.
  {
    topic: 'the lawful basis with its Article 9 or 10 and Schedule 1 conditions and the appropriate policy document (L15)',
    page: 'arrangement-contents',
    phrases: ['Article 6', 'Article 9 or 10', 'Schedule 1', 'appropriate policy document', 'Schedule 1, Part 4'],
  },
  {
    topic: 'a legitimate interests assessment when relying on Article 6(1)(f)',
    page: 'arrangement-contents',
    phrases: ['legitimate interests (Article 6(1)(f))', 'legitimate interests assessment'],
  },
  {
    topic: 'transparency: privacy notices updated and the recognised legitimate interest condition named',
    page: 'arrangement-contents',
    phrases: ['Privacy notices updated', 'recognised legitimate interest names the condition'],
  },
  {
    topic: 'records of processing (Article 30), retention and disposal, security and breach reporting',
    page: 'arrangement-contents',
    phrases: ['record of processing activities', 'Article 30', 'Retention and disposal', 'how a breach is reported to the other partners'],
  },
  {
    topic: 'who signs for each partner, review, and a DPIA before high-risk sharing',
    page: 'arrangement-contents',
    phrases: ['Who signs', 'DPO advises', 'Review', 'Data Protection Impact Assessment', 'likely to be high risk'],
  },
  {
    topic: 'controller, joint controllers (Article 26) and processor (Article 28) in one short page',
    page: 'arrangement-roles',
    phrases: ['separate controllers', 'joint controllers', 'Article 26', 'processor', 'Article 28'],
  },
  // Review L3 and L14: the police's two regimes, s.115 as a power, and recognised legitimate interests with their caveats.
  {
    topic: 'police sharing: Part 3 for law enforcement, the UK GDPR for other purposes, s.115 a power not a duty',
    page: 'arrangement-police',
    phrases: ['Part 3', 'competent authorities', 'for other purposes', 'the UK GDPR applies', 'Section 115 of the Crime and Disorder Act 1998', 'not a duty'],
  },
  {
    topic: 'recognised legitimate interests: a lawful basis with caveats, and a police request is not an order',
    page: 'arrangement-police',
    phrases: ['lawful basis, not an exemption', 'does not lift a duty of confidence', 'public task disclosure', 'A police request is not an order'],
  },
];

describe('the arrangement module teaches what the review asked for', () => {
  it.for(topics)('$topic: page $page holds the key phrases', ({ page, phrases }) => {
    const text = pageText(page).toLowerCase();
    expect(text, `page ${page}`).not.toBe('');
    expect(phrases.filter((p) => !text.includes(p.toLowerCase()))).toEqual([]);
  });

  it.for([...new Set(topics.map((t) => t.page))])('page %s is on the managers path and not on the All staff core', (page) => {
    expect(pathPages('manager')).toContain(page);
    expect(pathPages('core')).not.toContain(page);
  });

  // Review section 2: managers need the Appendix J template, but the course must not invent where it is published.
  it('points to the templates without a made-up web address', () => {
    const text = course.modules.find((m) => m.id === 'arrangement')?.pages.map((p) => p.html).join(' ') ?? '';
    expect(text).not.toMatch(/https?:\/\//);
  });

  it('asks at most 2 knowledge-check questions in at most 4 pages', () => {
    const module = course.modules.find((m) => m.id === 'arrangement');
    expect(module?.pages.length).toBeLessThanOrEqual(4);
    expect(module?.check.length).toBeLessThanOrEqual(2);
  });
});
