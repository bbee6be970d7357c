// The course model: what the build makes of `course/` and what the player, the packager and the report all read.
// No DOM and no Node code here: both build/ and src/ import it.
import type { Sector } from './sectors.ts';

/** A SCORM version the build can package. */
export type ScormTarget = 'scorm12' | 'scorm2004';

/**
 * When the course counts as complete.
 * - `pages-and-assessment`: every page seen and the final assessment passed (knowledge checks are practice).
 * - `pages-checks-and-assessment`: every page seen, every knowledge-check question answered and the assessment passed.
 * - `assessment`: the final assessment passed, pages optional.
 * - `pages`: every page seen (the assessment still scores, but does not gate completion).
 */
export type CompletionRule = 'pages-and-assessment' | 'pages-checks-and-assessment' | 'assessment' | 'pages';
/** Every completion rule, in the order course/README.md lists them (course.yaml and a path's `completion:`). */
export const COMPLETION_RULES: readonly CompletionRule[] = ['pages-and-assessment', 'pages-checks-and-assessment', 'assessment', 'pages'];

/**
 * How SCORM 1.2 reports a learner who failed an attempt but may still retry:
 * `incomplete` keeps the attempt open (some LMSs lock a learner out after `failed`), `failed` reports it.
 */
export type FailedStatus12 = 'incomplete' | 'failed';

export interface Branding {
  /** Organisation name shown in the header and on the record of completion. */
  organisation: string;
  /** Path of the logo inside the package (already resolved and hashed by the build), or null. */
  logo: string | null;
  /** Alt text for the logo. */
  logoAlt: string;
  /** Brand colour (CSS hex). The build has checked it meets 4.5:1 against white. */
  colour: string;
}

/**
 * The contact slots of `course.yaml`, in the order the authoring guide lists them: the Data Protection Officer,
 * the information governance team, the Surrey MAISP action group, the Caldicott Guardian (health and adult social
 * care), the designated safeguarding lead and the Senior Information Risk Owner; then the local safeguarding routes a
 * learner may need (issue 23: in Surrey, the Children's Single Point of Access, adult social care, the police's
 * non-emergency route and the safeguarding partnerships' procedures), which an agency fills in with what it uses.
 */
export const CONTACT_KEYS = [
  'dpo',
  'igTeam',
  'actionGroup',
  'caldicottGuardian',
  'safeguardingLead',
  'siro',
  'childrenServices',
  'adultServices',
  'police',
  'safeguardingProcedures',
] as const;
export type ContactKey = (typeof CONTACT_KEYS)[number];

/** Contact details an agency fills in before building; empty strings when not given. */
export type Contacts = Record<ContactKey, string>;

/** Every contact slot empty: what a course without a `contacts:` block gets. */
export function noContacts(): Contacts {
  return Object.fromEntries(CONTACT_KEYS.map((k) => [k, ''])) as Contacts;
}

/**
 * Which agency's zip this is (course/editions/<id>.yaml), or the generic edition built from course.yaml alone.
 * Every edition has the same ids (the LMS records and the completion report match one course model).
 */
export interface Edition {
  /** The edition file's name, e.g. `example-agency`; `generic` for course.yaml alone. */
  id: string;
  /** The agency's name, shown in the LMS title; the generic edition's is course.yaml's organisation name. */
  name: string;
  /** A draft is not for learners: its index.html carries a visible marker (build/editions/inject.ts). */
  draft: boolean;
  /**
   * The sectors the edition serves (its file's `sectors:`); left out when none. Its course holds the untagged content
   * and that tagged for these sectors only (build/content/sector-filter.ts); ids are the same in every edition.
   */
  sectors?: Sector[];
}

export interface Course {
  id: string;
  title: string;
  /** The title the banner shows on a phone (course.yaml's shortTitle, or the title). */
  shortTitle: string;
  version: string;
  /** BCP 47 language tag, e.g. `en-GB`; set as the page's `lang`. */
  language: string;
  description: string;
  completion: CompletionRule;
  navigation: 'free' | 'locked';
  failedStatus12: FailedStatus12;
  targets: ScormTarget[];
  branding: Branding;
  contacts: Contacts;
  edition: Edition;
  modules: Module[];
  assessment: Assessment;
  /**
   * The paths course.yaml declares (e.g. `core` for all staff, `manager` for managers and IG leads), in its order;
   * [] when it declares none (the course is then one path). The same list in every zip, so the report knows them all.
   */
  paths: CoursePath[];
  /** The path this zip is: its modules, assessment and completion rule are this model's. Null for a course without paths. */
  path: CoursePath | null;
}

/**
 * One course path (course.yaml `paths:`): an LMS activity of its own for a group of staff, made from the same
 * modules and ids as every other path, so LMS records and the completion report match across paths.
 */
export interface CoursePath {
  id: string;
  /** Who the path is for, in words, e.g. "All staff" or "Managers and information governance leads". */
  title: string;
  /** What the path covers, one or two sentences for its start screen (plain text). */
  summary: string;
  /** Ids of the modules it holds, in course order. */
  modules: string[];
  /** Minutes for the whole path: its words at 200 a minute, a minute per knowledge-check and assessment question. */
  minutes: number;
  /** Whether a trained learner may take the assessment straight away (test-out) instead of reading every module. */
  testOut: boolean;
}

export interface Objective {
  id: string;
  text: string;
}

export interface Module {
  id: string;
  title: string;
  /** Estimated minutes to complete, including the knowledge check. */
  minutes: number;
  objectives: Objective[];
  pages: Page[];
  /** The module's knowledge check; may be empty (e.g. an introduction). */
  check: Question[];
  /**
   * False for a module that is named, never counted (an introduction: front matter `numbered: false`); every other
   * module is numbered 1..n in course order (model/numbering.ts). @default true
   */
  numbered?: boolean;
}

export interface Page {
  /** Unique across the course. */
  id: string;
  title: string;
  /** Sanitised HTML rendered from Markdown; links to other pages are `#page-id`. */
  html: string;
}

export interface Option {
  /** Unique within its question. */
  id: string;
  /** Sanitised inline HTML. */
  html: string;
  correct: boolean;
  /** Sanitised inline HTML shown when this option was chosen; '' when none. */
  feedback: string;
}

interface QuestionBase {
  /** Unique across the course (knowledge checks and the assessment bank share one namespace). */
  id: string;
  /** Sanitised inline HTML: the question text. */
  prompt: string;
  /** Plain text of the prompt (and scenario), for LMS interaction descriptions and reports. */
  text: string;
  options: Option[];
  /** Sanitised HTML explaining the right answer. */
  explanation: string;
  /** Protocol paragraphs the question tests, e.g. `¶17` or `Protocol ¶17–19`. */
  references: string[];
  /** Ids of the learning objectives the question tests; the first one's module owns the question in a blueprint. */
  objectives: string[];
  /** The references in words for learners, e.g. "Protocol ¶17 (Consent)"; made by the build (review-links.ts). */
  citations?: string[];
  /** Ids of the pages that teach what the question tests, offered after a wrong answer; made by the build. */
  teaches?: string[];
  /** True when the author wrote `shuffle: false`: the options are always shown in the written order. */
  pinned?: boolean;
  /**
   * The critical behaviour (an id in `Assessment.critical`) this bank question is a variant of; left out when none.
   * Every attempt draws one variant of every behaviour, and passing needs each of them answered right.
   */
  behaviour?: string;
}

export interface SingleQuestion extends QuestionBase {
  kind: 'single';
}
export interface MultipleQuestion extends QuestionBase {
  kind: 'multiple';
}
/** Options are always `true` then `false`. */
export interface TrueFalseQuestion extends QuestionBase {
  kind: 'truefalse';
}
/** A case text followed by a single- or multiple-choice question. */
export interface ScenarioQuestion extends QuestionBase {
  kind: 'scenario';
  /** Sanitised HTML of the case. */
  scenario: string;
  select: 'single' | 'multiple';
}

export type Question = SingleQuestion | MultipleQuestion | TrueFalseQuestion | ScenarioQuestion;
export type QuestionKind = Question['kind'];

/**
 * A decision the assessment certifies on its own (assessment.yaml `critical:`): every attempt asks one of its variants
 * (the bank questions naming it), and a learner who gets it wrong does not pass, whatever the score.
 */
export interface CriticalBehaviour {
  id: string;
  /** Plain words, shown to a learner who missed it, e.g. "Go to your safeguarding lead, or call 999, when someone is at risk now". */
  title: string;
  /** Ids of the pages that teach it, to re-read after missing it. */
  pages: string[];
}

export interface Assessment {
  id: string;
  title: string;
  /** Sanitised HTML shown before the learner starts. */
  intro: string;
  /** How many questions are drawn per attempt. */
  draw: number;
  /** Pass mark in percent, 0–100. The LMS's mastery score overrides it when present. */
  passMark: number;
  /** Attempts allowed; 0 means unlimited. */
  attempts: number;
  /**
   * What a learner must do after a failed attempt before the next one opens: `reread` the pages linked to what
   * they missed, or `none`. @default 'reread'
   */
  retryAfter?: RetryRule;
  bank: Question[];
  /** The critical behaviours, in the order assessment.yaml lists them; [] when none. */
  critical: CriticalBehaviour[];
  /**
   * The fewest questions each attempt draws from a module's bank questions, by module id (a bank question belongs
   * to the module of its first objective); the rest of `draw` is drawn at random from the whole bank.
   * @default {} (the whole draw at random)
   */
  blueprint?: Record<string, number>;
  /** Share of the progress bar, in percent, that passing the assessment fills. @default DEFAULT_ASSESSMENT_WEIGHT (25) */
  weight?: number;
  /**
   * How many attempts' answers are recorded as LMS interactions: those before the last slot as they come, and the
   * passing attempt always. Made by the build from the worst-case save size (src/runtime/save-size.ts).
   * @default 1 (only the passing attempt, or the first)
   */
  recordedAttempts?: number;
}

/** assessment.yaml `retryAfter`: the rule between a failed attempt and the next. */
export type RetryRule = 'reread' | 'none';
export const RETRY_RULES: readonly RetryRule[] = ['reread', 'none'];

/** assessment.yaml `weight`: a 15-question assessment is a real part of the work, not 1 step in 150. */
export const DEFAULT_ASSESSMENT_WEIGHT = 25;

/** The defaults `course.yaml` documents (course/README.md), in one place for the loader and for courses built in code. */
export const COURSE_DEFAULTS = /* @__PURE__ */ Object.freeze({
  passMark: 80,
  completion: 'pages-and-assessment' as CompletionRule,
  navigation: 'free' as const,
  failedStatus12: 'incomplete' as FailedStatus12,
  targets: ['scorm12', 'scorm2004'] as ScormTarget[],
  organisation: 'Partner agencies',
  colour: '#1d4f91',
  assessmentWeight: DEFAULT_ASSESSMENT_WEIGHT,
});

/** What defineCourse takes: a course's required parts, with an assessment whose `critical` may be left out. */
export type CourseParts = Pick<Course, 'id' | 'title' | 'modules'> &
  Partial<Omit<Course, 'assessment'>> & { assessment: Omit<Assessment, 'critical'> & Partial<Pick<Assessment, 'critical'>> };

/** A course made in code (tests, synthetic benchmarks): what is left out takes course.yaml's defaults (no critical behaviours). */
export function defineCourse(parts: CourseParts): Course {
  return {
    version: '1.0.0',
    language: 'en-GB',
    description: '',
    completion: COURSE_DEFAULTS.completion,
    navigation: COURSE_DEFAULTS.navigation,
    failedStatus12: COURSE_DEFAULTS.failedStatus12,
    targets: [...COURSE_DEFAULTS.targets],
    branding: { organisation: COURSE_DEFAULTS.organisation, logo: null, logoAlt: '', colour: COURSE_DEFAULTS.colour },
    contacts: noContacts(),
    edition: { id: 'generic', name: COURSE_DEFAULTS.organisation, draft: false },
    shortTitle: parts.title,
    paths: [],
    path: null,
    ...parts,
    assessment: { critical: [], ...parts.assessment },
  };
}

/** True when the learner picks more than one option. */
export function isMultipleSelect(q: Question): boolean {
  switch (q.kind) {
    case 'multiple':
      return true;
    case 'scenario':
      return q.select === 'multiple';
    case 'single':
    case 'truefalse':
      return false;
  }
}

/** Every question in the course: each module's check, then the assessment bank. */
export function allQuestions(course: Course): Question[] {
  return [...course.modules.flatMap((m) => m.check), ...course.assessment.bank];
}

/** Questions each attempt asks: `draw`, or the whole bank when it holds fewer (a republished or filtered bank). */
export function questionsPerAttempt(course: Course): number {
  return Math.min(course.assessment.draw, course.assessment.bank.length);
}

/** Every page in course order. */
export function allPages(course: Course): Page[] {
  return course.modules.flatMap((m) => m.pages);
}
