// Content 2.0 (issue 23): the core module "The law in brief" teaches what the IG review asked for, on the core path.
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../build/content/load.ts';
import { plainText } from '../../build/content-report/text.ts';
import { courseDir } from './paths.ts';

const { pathCourses, course } = loadCourse(courseDir);
const lawful = course.modules.find((m) => m.id === 'lawful');
const pageText = (id: string): string => plainText(lawful?.pages.find((p) => p.id === id)?.html ?? '');
const corePageIds = new Set(pathCourses.find((pc) => pc.path?.id === 'core')?.modules.flatMap((m) => m.pages.map((p) => p.id)) ?? []);

// Each topic: the review finding it answers, the page of this module that teaches it, and phrases that page must hold.
const topics: { topic: string; page: string; phrases: string[] }[] = [
  {
    topic: 'the laws today: UK GDPR, DPA 2018 as amended by the DUAA 2025, confidentiality, Human Rights Act Article 8',
    page: 'lawful-framework',
    phrases: ['UK GDPR', 'Data Protection Act 2018', 'Data (Use and Access) Act 2025', 'common law duty of confidentiality', 'Human Rights Act 1998', 'Article 8'],
  },
  {
    topic: 'special category data needs an Article 9 condition, e.g. DPA 2018 Schedule 1 paragraph 18',
    page: 'lawful-framework',
    phrases: ['special category data', 'Article 9', 'Schedule 1', 'paragraph 18', 'Criminal offence data', 'sensitive personal data'],
  },
  {
    topic: 'the common lawful bases, and signing the protocol is not one',
    page: 'lawful-bases',
    phrases: ['Public task', 'Legal obligation', 'Vital interests', 'Legitimate interests', 'Consent', 'real choice', 'Signing the protocol is not one'],
  },
  // Review L3: recognised legitimate interests with its caveats and the public task disclosure condition.
  {
    topic: 'recognised legitimate interests (Article 6(1)(ea), Annex 1) with its four limits (L3)',
    page: 'lawful-bases',
    phrases: ['Article 6(1)(ea)', 'Annex 1', '5 February 2026', 'public task disclosure', 'lawful basis, not an exemption', 'necessary and proportionate', 'privacy information must say which condition', 'does not lift a duty of confidence', 'public bodies cannot use it for their own tasks'],
  },
  { topic: "vital interests protect the person's own life or another person's (L8)", page: 'lawful-bases', phrases: ["the person's own or another person's"] },
  { topic: 'a privacy notice is not consent, and special category consent is explicit', page: 'lawful-consent-rights', phrases: ['real choice', 'Silence is not consent', 'nor is a privacy notice', 'explicit'] },
  { topic: 'never ask someone who may be causing the harm', page: 'lawful-consent-rights', phrases: ['Never ask someone who may be causing the harm'] },
  { topic: 'telling the person unless that is unsafe, and recording why not (L6)', page: 'lawful-consent-rights', phrases: ['unless that would put someone at risk or harm a police investigation', 'record why'] },
  // Review L7: the DUAA extended Article 21(1) to point (ea).
  { topic: 'the right to object covers recognised legitimate interests and is not absolute (L7)', page: 'lawful-consent-rights', phrases: ['Article 21', 'including recognised legitimate interests', 'not absolute', 'compelling legitimate grounds'] },
  { topic: 'withdrawing consent (Article 7(3)) and telling the partners', page: 'lawful-consent-rights', phrases: ['Article 7(3)', 'tell the partners', 'stays lawful'] },
  { topic: 'capacity: the Mental Capacity Act 2005 from 16', page: 'lawful-consent-rights', phrases: ['capacity policy', 'Mental Capacity Act 2005'] },
  { topic: 'a decision not to share is told to the requester and recorded (¶19)', page: 'lawful-consent-rights', phrases: ['decide not to share', 'record your reasons'] },
];

describe('the module "The law in brief"', () => {
  it.for(topics)('$topic: page $page is on the core path and says so', ({ page, phrases }) => {
    expect(corePageIds.has(page), `page ${page} on the core path`).toBe(true);
    const text = pageText(page).toLowerCase();
    expect(phrases.filter((p) => !text.includes(p.toLowerCase()))).toEqual([]);
  });

  it('is on the core path and not on the managers\' path', () => {
    const onPath = (id: string) => pathCourses.find((pc) => pc.path?.id === id)?.modules.some((m) => m.id === 'lawful');
    expect(onPath('core')).toBe(true);
    expect(onPath('manager')).toBe(false);
  });

  // "Best interests" is the Mental Capacity Act's test; outside it, it wrongly frames sharing as a last resort.
  it('says "best interests" only in a sentence about the Mental Capacity Act', () => {
    const misuse = (lawful?.pages ?? []).flatMap((p) =>
      plainText(p.html)
        .split(/(?<=[.!?])\s+/)
        .filter((s) => /best interests/i.test(s) && !/Mental Capacity Act/.test(s))
        .map((s) => `${p.id}: ${s}`),
    );
    expect(misuse).toEqual([]);
  });

  // Review L3: "no balancing test" without its caveats invites over-sharing; the caveats sit on the page that says it.
  it('never mentions recognised legitimate interests on a page without saying it is not an exemption', () => {
    const bare = (lawful?.pages ?? []).filter((p) => /no balancing test/i.test(plainText(p.html)) && !/not an exemption/.test(plainText(p.html))).map((p) => p.id);
    expect(bare).toEqual([]);
  });
});
