// What a result screen needs to teach from a missed question, worked out at build time so the player stays small:
// the pages to read again, and the question's protocol references named in words.
import type { Course, Question } from '../../src/model/course.ts';
import type { CoverageMap } from './coverage-check.ts';
import { paragraphsIn, paragraphsOf } from '../content-report/references.ts';

/** The sections of the overarching protocol (seed 002) by their last paragraph; see ../shared/seeds/README.md. */
export const PROTOCOL_SECTIONS: readonly (readonly [last: number, title: string])[] = [
  [2, 'Aims and objectives'],
  [4, 'General principles'],
  [7, 'Data sharing and the law'],
  [13, 'Responsibilities'],
  [16, 'Restrictions on use'],
  [23, 'Consent'],
  [31, 'Security'],
  [37, 'Data quality, processing and retention'],
  [39, 'Training'],
  [42, 'Review, suspension and withdrawal'],
];

/** At most this many pages are offered per missed question: a short list gets read. */
export const MAX_REVIEW_PAGES = 3;

/**
 * A reference as a learner can follow it: "¶17" becomes "Protocol ¶17 (Consent)", "¶14–18" names both sections.
 * References to the other source documents ("MAISP overview") are already words and stay as written.
 */
export function citeInWords(reference: string): string {
  const paragraphs = paragraphsIn(reference);
  if (paragraphs.length === 0) return reference;
  const titles = new Set(paragraphs.map((n) => PROTOCOL_SECTIONS.find(([last]) => n <= last)?.[1] ?? ''));
  titles.delete('');
  const named = /^protocol\b/i.test(reference) ? reference : `Protocol ${reference}`;
  return titles.size > 0 ? `${named} (${[...titles].join('; ')})` : named;
}

/**
 * The pages that teach what a question tests, in course order: the pages coverage.yaml maps its paragraphs to,
 * kept to the module(s) of its objectives when any of them are there; else those pages anywhere; else the first
 * page of the objectives' module(s) (a question citing only a source document, or a course without coverage.yaml).
 */
export function teachingPages(course: Course, coverage: CoverageMap, question: Question): string[] {
  const { moduleOfObjective, pageOrder } = courseIndex(course);
  const moduleIds = new Set(question.objectives.flatMap((o) => moduleOfObjective.get(o) ?? []));
  const modules = course.modules.filter((m) => moduleIds.has(m.id));
  const covered = new Set(paragraphsOf(question.references).flatMap((n) => coverage[n] ?? []));
  const anywhere = [...covered].flatMap((id) => pageOrder.get(id) ?? []).sort((a, b) => a.index - b.index);
  const inModules = anywhere.filter((p) => moduleIds.has(p.module));
  const pages =
    inModules.length > 0
      ? inModules.map((p) => p.id)
      : anywhere.length > 0
        ? anywhere.map((p) => p.id)
        : modules.flatMap((m) => m.pages[0]?.id ?? []);
  return pages.slice(0, MAX_REVIEW_PAGES);
}

/** Which module each objective is in, and every page in course order: made once per course, not per question. */
const indexes = new WeakMap<
  Course,
  { moduleOfObjective: Map<string, string>; pageOrder: Map<string, { id: string; module: string; index: number }> }
>();
function courseIndex(course: Course) {
  let index = indexes.get(course);
  if (!index) {
    index = {
      moduleOfObjective: new Map(course.modules.flatMap((m) => m.objectives.map((o) => [o.id, m.id] as const))),
      pageOrder: new Map(
        course.modules.flatMap((m) => m.pages.map((p) => ({ id: p.id, module: m.id }))).map((p, index) => [p.id, { ...p, index }] as const),
      ),
    };
    indexes.set(course, index);
  }
  return index;
}

/** The course with every question's `teaches` and `citations` filled in. */
export function withReviewLinks(course: Course, coverage: CoverageMap): Course {
  const link = (q: Question): Question => ({ ...q, teaches: teachingPages(course, coverage, q), citations: q.references.map(citeInWords) });
  return {
    ...course,
    modules: course.modules.map((m) => ({ ...m, check: m.check.map(link) })),
    assessment: { ...course.assessment, bank: course.assessment.bank.map(link) },
  };
}
