// The content report (issue 5): per-module pages, words, minutes and questions; the bank's size, scenario
// share, questions per objective and paragraphs referenced; and how many protocol paragraphs the coverage map maps.
import type { Course } from '../../src/model/course.ts';
import { variantsOf } from '../../src/model/draw.ts';
import type { CoverageMap } from '../content/coverage-check.ts';
import { cueShares, type Side } from '../content/cue-checks.ts';
import { PROTOCOL_PARAGRAPHS, paragraphsOf } from './references.ts';
import { wordCount } from './text.ts';

export type { CoverageMap } from '../content/coverage-check.ts';
export { formatContentReport } from './format.ts';

export interface ModuleFigures {
  id: string;
  title: string;
  pages: number;
  /** Words of the pages' rendered text (headings inside pages included, page titles and image alt text not). */
  words: number;
  /** The module's front-matter estimate, which includes its knowledge check. */
  minutes: number;
  /** Knowledge-check questions. */
  questions: number;
}

export interface ObjectiveFigures {
  id: string;
  module: string;
  /** Bank questions that name this objective. */
  questions: number;
}

export interface BankFigures {
  total: number;
  /** Questions drawn per attempt. */
  draw: number;
  passMark: number;
  scenarios: number;
  /** scenarios / total, 0–1 (0 for an empty bank). */
  scenarioShare: number;
  /** Every objective of every module, in course order, with its bank question count. */
  perObjective: ObjectiveFigures[];
  /** Protocol paragraphs (1–42) that bank questions reference, ascending. */
  paragraphs: number[];
  /** Options naming a role or safe-sounding action, and options holding an absolute, among right and wrong ones (leakChecks.roleCue, absoluteCue). */
  cues: { role: { right: Side; wrong: Side }; absolute: { right: Side; wrong: Side } };
  /** The critical behaviours in assessment.yaml's order, each with the ids of its variants (course/README.md). */
  critical: { id: string; title: string; variants: string[] }[];
}

export interface CoverageFigures {
  /** Paragraphs in the protocol: 42. */
  of: number;
  /** Paragraphs mapped to at least one page that exists, ascending. */
  mapped: number[];
  /** Paragraphs 1–42 with no existing page mapped, ascending. */
  unmapped: number[];
  /** Page ids the map names that the course does not have. */
  unknownPages: string[];
}

export interface ContentReport {
  course: { id: string; title: string; version: string };
  modules: ModuleFigures[];
  totals: { pages: number; words: number; minutes: number; questions: number };
  /** Each course path (course.yaml `paths:`): its modules and the minutes its start screen states; [] without paths. */
  paths: { id: string; title: string; modules: number; minutes: number }[];
  bank: BankFigures;
  /** Paragraphs referenced by any question, knowledge checks and bank together, ascending. */
  questionParagraphs: number[];
  coverage: CoverageFigures;
}

export function contentReport(course: Course, coverage: CoverageMap): ContentReport {
  const modules = course.modules.map((m): ModuleFigures => ({
    id: m.id,
    title: m.title,
    pages: m.pages.length,
    words: m.pages.reduce((n, p) => n + wordCount(p.html), 0),
    minutes: m.minutes,
    questions: m.check.length,
  }));
  const sum = (pick: (m: ModuleFigures) => number) => modules.reduce((n, m) => n + pick(m), 0);
  const bank = course.assessment.bank;
  const scenarios = bank.filter((q) => q.kind === 'scenario').length;
  const checks = course.modules.flatMap((m) => m.check);
  // Counted in one pass over the bank: objectives x bank grew quadratically with the course.
  const perObjectiveCount = new Map<string, number>();
  for (const q of bank) for (const o of new Set(q.objectives)) perObjectiveCount.set(o, (perObjectiveCount.get(o) ?? 0) + 1);
  return {
    course: { id: course.id, title: course.title, version: course.version },
    modules,
    totals: { pages: sum((m) => m.pages), words: sum((m) => m.words), minutes: sum((m) => m.minutes), questions: sum((m) => m.questions) },
    paths: course.paths.map((p) => ({ id: p.id, title: p.title, modules: p.modules.length, minutes: p.minutes })),
    bank: {
      total: bank.length,
      draw: course.assessment.draw,
      passMark: course.assessment.passMark,
      scenarios,
      scenarioShare: bank.length === 0 ? 0 : scenarios / bank.length,
      perObjective: course.modules.flatMap((m) =>
        m.objectives.map((o) => ({ id: o.id, module: m.id, questions: perObjectiveCount.get(o.id) ?? 0 })),
      ),
      paragraphs: paragraphsOf(bank.flatMap((q) => q.references)),
      cues: { role: cueShares(bank, 'role'), absolute: cueShares(bank, 'absolute') },
      critical: course.assessment.critical.map((b) => ({ id: b.id, title: b.title, variants: variantsOf(bank, b.id).map((q) => q.id) })),
    },
    questionParagraphs: paragraphsOf([...checks, ...bank].flatMap((q) => q.references)),
    coverage: coverageFigures(course, coverage),
  };
}

function coverageFigures(course: Course, coverage: CoverageMap): CoverageFigures {
  const pageIds = new Set(course.modules.flatMap((m) => m.pages.map((p) => p.id)));
  const mapped: number[] = [];
  const unmapped: number[] = [];
  for (let n = 1; n <= PROTOCOL_PARAGRAPHS; n++) {
    if ((coverage[n] ?? []).some((id) => pageIds.has(id))) mapped.push(n);
    else unmapped.push(n);
  }
  const named = Object.values(coverage).flat();
  return { of: PROTOCOL_PARAGRAPHS, mapped, unmapped, unknownPages: [...new Set(named.filter((id) => !pageIds.has(id)))].sort() };
}
