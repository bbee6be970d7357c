// The report's figures from the people and the tally: each kind of figure is worked out in a file of its own in this
// folder (groups, learner rows, compliance, distributions, questions); this file gathers them into one `Figures`.

import type { CourseIndex } from '../0-shared/course-index.ts';
import type { IssueSummary } from '../0-shared/issues.ts';
import type { Issue, Pseudonymiser, Route } from '../0-shared/types.ts';
import type { CourseMatch } from '../3-rows/course-match.ts';
import type { SourceSummary } from '../3-rows/read-export.ts';
import type { Tally } from '../4-normalise/tally.ts';
import type { Person, Unmatched } from '../5-people/merge-people.ts';
import { complianceGroups, type ComplianceGroup } from './compliance.ts';
import { completionsByMonth, scoreDistribution } from './distributions.ts';
import { groupFigures, groupLearners, type GroupFigures } from './groups.ts';
import { learnerRows, type LearnerRow } from './learner-rows.ts';
import { moduleFigures, questionFigures, type ModuleFigures, type QuestionFigures } from './questions.ts';
import { DUE_SOON_DAYS, rulesFor } from './standing.ts';

export interface Figures {
  course: { id: string; title: string; version: string; passMark: number };
  /** Whether the downloads belong to this course and version; the reasons when they seem not to. */
  courseMatch: CourseMatch;
  /** Downloads none of whose rows could be used, each with the reason in plain words. */
  filesNotUsed: { file: string; reason: string }[];
  /** Files read in part (a quotation mark never closed): what could not be used, to print beside the file. */
  filesPartlyUsed: { file: string; reason: string }[];
  asOf: string;
  refresherMonths: number;
  refresherCutoff: string;
  personalData: { pseudonymised: boolean; keySource: 'user' | 'per-run' | null; fields: string[]; statement: string };
  sources: SourceSummary[];
  overall: GroupFigures;
  byAgency: GroupFigures[];
  byDepartment: GroupFigures[];
  /**
   * Per course path (course.yaml `paths:`), named in `agency`, when any download names a path (its SCO title or
   * activity name); a learner on two paths is counted on each. [] for a course without paths or downloads that say none.
   */
  byPath: GroupFigures[];
  /**
   * Per path that offers test-out (course.yaml `testOut`), how many learners took the assessment from its start
   * screen and passed (tested out) or did not (sent to the modules they missed); the learner list names them.
   */
  routes: { path: string; testedOut: number; sentToModules: number }[];
  completionsByMonth: { month: string; completions: number }[];
  scoreDistribution: { band: string; from: number; to: number; learners: number }[];
  learners: LearnerRow[];
  /** Trained within the refresher period against the target, per agency and per agency and department. */
  compliance: { target: number; dueSoonDays: number; dueSoonBy: string; groups: ComplianceGroup[] };
  /** Records that could belong to more than one person: listed once, not counted. */
  couldNotMatch: Unmatched[];
  modules: ModuleFigures[];
  questions: QuestionFigures[];
  flagBelow: number;
  minAnswers: number;
  dataQuality: { total: number; byKind: IssueSummary[]; listed: Issue[]; mergedRows: number; listedPerKind: number };
}

export interface FigureOptions {
  asOf: string;
  refresherMonths: number;
  passMark: number;
  /** Questions with facility below this share (and at least `minAnswers` answers) are flagged. @default 0.6 */
  flagBelow: number;
  /** @default 5 */
  minAnswers: number;
  pseudonymiser: Pseudonymiser | null;
  /** Share of learners who should be trained within the refresher period, 0–1. @default 0.95 */
  target: number;
}

export function computeFigures(
  index: CourseIndex,
  tally: Tally,
  merged: { people: Person[]; unmatched: Unmatched[] },
  sources: SourceSummary[],
  dq: Figures['dataQuality'],
  o: FigureOptions,
  courseMatch: CourseMatch = { verdict: 'this', reasons: [] },
): Figures {
  const course = index.course;
  const rules = rulesFor({
    asOf: o.asOf,
    refresherMonths: o.refresherMonths,
    passMark: o.passMark,
    pagesOnly: course.completion === 'pages',
  });
  const groups = groupLearners(merged.people);
  const rows = learnerRows(merged.people, rules, o.pseudonymiser);
  return {
    course: { id: course.id, title: course.title, version: course.version, passMark: o.passMark },
    courseMatch,
    filesNotUsed: sources.flatMap((s) => (s.problem === null ? [] : [{ file: s.file, reason: s.problem }])),
    filesPartlyUsed: sources.flatMap((s) => (s.warning === null ? [] : [{ file: s.file, reason: s.warning }])),
    asOf: o.asOf,
    refresherMonths: o.refresherMonths,
    refresherCutoff: rules.cutoff,
    personalData: personalData(o.pseudonymiser),
    sources,
    overall: groupFigures('All agencies', '', merged.people, rules),
    byAgency: groups.filter((g) => g.department === '').map((g) => groupFigures(g.agency, '', g.ls, rules)),
    byDepartment: groups.filter((g) => g.department !== '').map((g) => groupFigures(g.agency, g.department, g.ls, rules)),
    byPath: pathGroups(course, merged.people, rules),
    routes: pathRoutes(course, merged.people),
    completionsByMonth: completionsByMonth(merged.people),
    scoreDistribution: scoreDistribution(merged.people),
    learners: rows,
    compliance: { target: o.target, dueSoonDays: DUE_SOON_DAYS, dueSoonBy: rules.dueSoonBy, groups: complianceGroups(rows, o.target) },
    couldNotMatch: merged.unmatched.map((u) => {
      const p = o.pseudonymiser?.pseudonym(u.agency, u.learnerId || u.email || u.name);
      return p ? { ...u, name: p, email: '', learnerId: p } : u;
    }),
    modules: moduleFigures(index, tally),
    questions: questionFigures(index, tally, o.flagBelow, o.minAnswers),
    flagBelow: o.flagBelow,
    minAnswers: o.minAnswers,
    dataQuality: dq,
  };
}

/** Figures per course path, in course.yaml's order, and for learners whose download named no path; [] when none did. */
function pathGroups(course: CourseIndex['course'], people: Person[], rules: Parameters<typeof groupFigures>[3]): GroupFigures[] {
  if (!people.some((p) => p.path)) return [];
  const paths = (course.paths ?? []).map((p) =>
    groupFigures(
      p.title,
      '',
      people.filter((l) => l.path === p.id),
      rules,
    ),
  );
  const unnamed = people.filter((l) => !l.path);
  return [
    ...paths.filter((g) => g.learners > 0),
    ...(unnamed.length > 0 ? [groupFigures('(path not named in the download)', '', unnamed, rules)] : []),
  ];
}

/** Test-out routes per path that offers it, in course.yaml's order; [] when no download carries a route record. */
function pathRoutes(course: CourseIndex['course'], people: Person[]): Figures['routes'] {
  if (!people.some((p) => p.route)) return [];
  const offering = (course.paths ?? []).filter((p) => p.testOut);
  const count = (ls: Person[], r: Route): number => ls.filter((l) => l.route === r).length;
  return offering.map((p) => {
    // A download that names no path counts for the one path that offers test-out, when only one does.
    const ls = people.filter((l) => l.path === p.id || (offering.length === 1 && !l.path));
    return { path: p.title, testedOut: count(ls, 'tested-out'), sentToModules: count(ls, 'sent-to-modules') };
  });
}

/** Which personal data the report holds, and how to handle it, in the words the report prints at its top. */
function personalData(ps: Pseudonymiser | null): Figures['personalData'] {
  const fields = ps
    ? ['pseudonym (keyed hash of the learner)', 'agency', 'department', 'status', 'score', 'completion date']
    : ['name', 'email address', 'learner id', 'agency', 'department', 'status', 'score', 'completion date'];
  return {
    pseudonymised: ps !== null,
    keySource: ps?.keySource ?? null,
    fields,
    statement: ps
      ? `Learner names, email addresses and ids are replaced by pseudonyms (HMAC-SHA-256, ${ps.keySource === 'user' ? 'with the key you gave: the same learner gets the same pseudonym in every report made with that key' : 'with a random key made for this run and not kept: pseudonyms match only within this report'}). Agency, department, status, score and dates remain and can still identify a learner in a small team: handle the report as personal data.`
      : 'This report contains personal data: learner names, email addresses and ids, with their agency, department, training status, scores and dates. Handle it under your agency’s data protection policy; share it only with people who need it; for wider circulation ask the course team for a pseudonymised copy, in which names, email addresses and ids are replaced.',
  };
}
