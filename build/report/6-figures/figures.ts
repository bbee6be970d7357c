// Computes the report's figures from the tally: rates by agency and department, trends, scores, gaps and question facility.

import type { CourseIndex } from '../0-shared/course-index.ts';
import type { CourseMatch } from '../3-rows/course-match.ts';
import { STATUS_TEXT, type Issue, type LearnerStatus, type Pseudonymiser } from '../0-shared/types.ts';
import type { IssueSummary } from '../0-shared/issues.ts';
import type { SourceSummary } from '../3-rows/read-export.ts';
import type { Person, Unmatched } from '../5-people/merge-people.ts';
import type { Learner, Tally } from '../4-normalise/tally.ts';

export interface GroupFigures {
  agency: string;
  /** '' for an agency's (or the overall) row. */
  department: string;
  learners: number;
  completed: number;
  passed: number;
  /** Completed within the refresher period. */
  upToDate: number;
  completionRate: number;
  passRate: number;
  upToDateRate: number;
  averageScore: number | null;
  averageTimeSeconds: number | null;
  learnersWithTime: number;
}

export type ActionReason = 'not completed' | 'not passed' | 'refresher due' | 'completion date unknown';

/**
 * Where a learner stands at the as-of date: trained (passed within the refresher period), due soon (trained, but the
 * refresher falls due within DUE_SOON_DAYS), overdue (passed once, refresher date gone), never started, or not
 * trained (in progress, failed, completed under the pass mark, or no date to tell).
 */
export type Standing = 'trained' | 'due soon' | 'overdue' | 'never started' | 'not trained';
export const DUE_SOON_DAYS = 30;

export interface ComplianceGroup {
  agency: string;
  /** '' for the agency's own row. */
  department: string;
  learners: number;
  trained: number;
  /** trained / learners */
  rate: number;
  meetsTarget: boolean;
  overdue: number;
  dueSoon: number;
  neverStarted: number;
}

export interface LearnerRow {
  agency: string;
  department: string;
  learnerId: string;
  name: string;
  email: string;
  status: LearnerStatus;
  /** The status in words, as the report shows it. */
  statusText: string;
  score: number | null;
  completedOn: string | null;
  /** Null when the learner is up to date. */
  action: ActionReason | null;
  /** When the refresher is due: the completion date plus the refresher period; null when not trained. */
  dueOn: string | null;
  /** Days past dueOn at the as-of date, when overdue. */
  daysOverdue: number | null;
  standing: Standing;
  /** How the downloads were joined for this person, and where they disagreed what the report believed; '' when neither. */
  note: string;
}

export interface QuestionFigures {
  id: string;
  source: 'check' | 'assessment';
  modules: string[];
  text: string;
  references: string[];
  answered: number;
  correct: number;
  facility: number | null;
  flagged: boolean;
}

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
  completionsByMonth: { month: string; completions: number }[];
  scoreDistribution: { band: string; from: number; to: number; learners: number }[];
  learners: LearnerRow[];
  /** Trained within the refresher period against the target, per agency and per agency and department. */
  compliance: { target: number; dueSoonDays: number; dueSoonBy: string; groups: ComplianceGroup[] };
  /** Records that could belong to more than one person: listed once, not counted. */
  couldNotMatch: Unmatched[];
  modules: { id: string; title: string; answered: number; correct: number; facility: number | null }[];
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

const rate = (n: number, d: number): number => (d === 0 ? 0 : Math.round((n / d) * 10000) / 10000);
const mean = (xs: number[]): number | null =>
  xs.length === 0 ? null : Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100;

/** The date `months` before `asOf` (YYYY-MM-DD), clamped to the month's last day. */
export function monthsBefore(asOf: string, months: number): string {
  const [y = 0, m = 1, d = 1] = asOf.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return `${ty}-${String(tm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Whole days from `a` to `b` (YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  const t = (s: string): number => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((t(b) - t(a)) / 86_400_000);
}

/** The date `days` after `d` (YYYY-MM-DD). */
function addDays(d: string, days: number): string {
  return new Date(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)) + days)).toISOString().slice(0, 10);
}

export function isCompleted(l: Learner): boolean {
  return l.status === 'passed' || l.status === 'completed';
}

/** Passed: the LMS said so, or completed with a score at or over the pass mark (completion alone implies a pass unless the course completes on pages). */
export function isPassed(l: Learner, passMark: number, pagesOnly: boolean): boolean {
  if (l.status === 'passed') return true;
  if (l.status !== 'completed') return false;
  return l.score !== null ? l.score >= passMark : !pagesOnly;
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
  const pagesOnly = course.completion === 'pages';
  const cutoff = monthsBefore(o.asOf, o.refresherMonths);
  const dueSoonBy = addDays(o.asOf, DUE_SOON_DAYS);
  const groups = new Map<string, { agency: string; department: string; ls: Learner[] }>();
  const add = (agency: string, department: string, l: Learner): void => {
    const k = `${agency}\u0000${department}`;
    const g = groups.get(k) ?? { agency, department, ls: [] };
    g.ls.push(l);
    groups.set(k, g);
  };
  const months = new Map<string, number>();
  const bands = Array.from({ length: 10 }, (_, i) => ({
    band: i === 9 ? '90–100' : `${i * 10}–${i * 10 + 9}`,
    from: i * 10,
    to: i === 9 ? 100 : i * 10 + 9,
    learners: 0,
  }));
  const rows: LearnerRow[] = [];
  const all: Learner[] = [];
  for (const l of merged.people) {
    all.push(l);
    add(l.agency, '', l);
    add(l.agency, l.department || '(not given)', l);
    if (isCompleted(l) && l.completedOn) months.set(l.completedOn.slice(0, 7), (months.get(l.completedOn.slice(0, 7)) ?? 0) + 1);
    if (l.score !== null) {
      const b = bands[Math.min(9, Math.floor(l.score / 10))];
      if (b) b.learners++;
    }
    const action: ActionReason | null = !isCompleted(l)
      ? 'not completed'
      : !isPassed(l, o.passMark, pagesOnly)
        ? 'not passed'
        : l.completedOn === null
          ? 'completion date unknown'
          : l.completedOn < cutoff
            ? 'refresher due'
            : null;
    const trainedOnce = isPassed(l, o.passMark, pagesOnly) && l.completedOn !== null;
    const dueOn = trainedOnce && l.completedOn !== null ? monthsBefore(l.completedOn, -o.refresherMonths) : null;
    const standing: Standing =
      dueOn !== null
        ? dueOn < o.asOf
          ? 'overdue'
          : dueOn <= dueSoonBy
            ? 'due soon'
            : 'trained'
        : l.status === 'not-attempted'
          ? 'never started'
          : 'not trained';
    const p = o.pseudonymiser?.pseudonym(l.agency, l.learnerKey);
    rows.push({
      agency: l.agency,
      department: l.department || '(not given)',
      learnerId: p ?? l.learnerId,
      name: p ?? l.name,
      email: p ? '' : l.email,
      status: l.status,
      statusText: STATUS_TEXT[l.status],
      score: l.score,
      completedOn: l.completedOn,
      action,
      dueOn,
      daysOverdue: standing === 'overdue' && dueOn !== null ? daysBetween(dueOn, o.asOf) : null,
      standing,
      note: [...(l.matchedBy.length > 0 ? [`Matched across downloads by ${l.matchedBy.join(' and ')}.`] : []), ...l.notes].join(' '),
    });
  }
  const group = (agency: string, department: string, ls: Learner[]): GroupFigures => {
    const completed = ls.filter(isCompleted);
    const times = ls.flatMap((l) => (l.timeSpent === null ? [] : [l.timeSpent]));
    const upToDate = completed.filter((l) => l.completedOn !== null && l.completedOn >= cutoff).length;
    const passed = ls.filter((l) => isPassed(l, o.passMark, pagesOnly)).length;
    return {
      agency,
      department,
      learners: ls.length,
      completed: completed.length,
      passed,
      upToDate,
      completionRate: rate(completed.length, ls.length),
      passRate: rate(passed, ls.length),
      upToDateRate: rate(upToDate, ls.length),
      averageScore: mean(ls.flatMap((l) => (l.score === null ? [] : [l.score]))),
      averageTimeSeconds: mean(times),
      learnersWithTime: times.length,
    };
  };
  const sorted = [...groups.values()].sort((a, b) => a.agency.localeCompare(b.agency) || a.department.localeCompare(b.department));
  const questions: QuestionFigures[] = [...index.questions.values()].map(({ question, moduleIds, source }) => {
    const t = tally.questions.get(question.id) ?? { answered: 0, correct: 0 };
    const facility = t.answered === 0 ? null : rate(t.correct, t.answered);
    return {
      id: question.id,
      source,
      modules: moduleIds,
      text: question.text,
      references: question.references,
      answered: t.answered,
      correct: t.correct,
      facility,
      flagged: facility !== null && t.answered >= o.minAnswers && facility < o.flagBelow,
    };
  });
  questions.sort((a, b) => (a.facility ?? 2) - (b.facility ?? 2) || b.answered - a.answered || a.id.localeCompare(b.id));
  rows.sort(
    (a, b) =>
      a.agency.localeCompare(b.agency) ||
      a.department.localeCompare(b.department) ||
      a.name.localeCompare(b.name) ||
      a.learnerId.localeCompare(b.learnerId),
  );
  const compliance = new Map<string, ComplianceGroup>();
  const tallyGroup = (agency: string, department: string, r: LearnerRow): void => {
    const k = `${agency}\u0000${department}`;
    const g = compliance.get(k) ?? {
      agency,
      department,
      learners: 0,
      trained: 0,
      rate: 0,
      meetsTarget: false,
      overdue: 0,
      dueSoon: 0,
      neverStarted: 0,
    };
    g.learners++;
    if (r.standing === 'trained' || r.standing === 'due soon') g.trained++;
    if (r.standing === 'due soon') g.dueSoon++;
    if (r.standing === 'overdue') g.overdue++;
    if (r.standing === 'never started') g.neverStarted++;
    compliance.set(k, g);
  };
  for (const r of rows) {
    tallyGroup(r.agency, '', r);
    tallyGroup(r.agency, r.department, r);
  }
  const complianceGroups = [...compliance.values()].map((g) => ({
    ...g,
    rate: rate(g.trained, g.learners),
    meetsTarget: g.trained / g.learners >= o.target,
  }));
  const ps = o.pseudonymiser;
  const fields = ps
    ? ['pseudonym (keyed hash of the learner)', 'agency', 'department', 'status', 'score', 'completion date']
    : ['name', 'email address', 'learner id', 'agency', 'department', 'status', 'score', 'completion date'];
  return {
    course: { id: course.id, title: course.title, version: course.version, passMark: o.passMark },
    courseMatch,
    filesNotUsed: sources.flatMap((s) => (s.problem === null ? [] : [{ file: s.file, reason: s.problem }])),
    filesPartlyUsed: sources.flatMap((s) => (s.warning === null ? [] : [{ file: s.file, reason: s.warning }])),
    asOf: o.asOf,
    refresherMonths: o.refresherMonths,
    refresherCutoff: cutoff,
    personalData: {
      pseudonymised: ps !== null,
      keySource: ps?.keySource ?? null,
      fields,
      statement: ps
        ? `Learner names, email addresses and ids are replaced by pseudonyms (HMAC-SHA-256, ${ps.keySource === 'user' ? 'with the key you gave: the same learner gets the same pseudonym in every report made with that key' : 'with a random key made for this run and not kept: pseudonyms match only within this report'}). Agency, department, status, score and dates remain and can still identify a learner in a small team: handle the report as personal data.`
        : 'This report contains personal data: learner names, email addresses and ids, with their agency, department, training status, scores and dates. Handle it under your agency’s data protection policy; share it only with people who need it; for wider circulation ask the course team for a pseudonymised copy, in which names, email addresses and ids are replaced.',
    },
    sources,
    overall: group('All agencies', '', all),
    byAgency: sorted.filter((g) => g.department === '').map((g) => group(g.agency, '', g.ls)),
    byDepartment: sorted.filter((g) => g.department !== '').map((g) => group(g.agency, g.department, g.ls)),
    completionsByMonth: [...months].sort((a, b) => a[0].localeCompare(b[0])).map(([month, completions]) => ({ month, completions })),
    scoreDistribution: bands,
    learners: rows,
    compliance: { target: o.target, dueSoonDays: DUE_SOON_DAYS, dueSoonBy, groups: complianceGroups },
    couldNotMatch: merged.unmatched.map((u) => {
      const p = o.pseudonymiser?.pseudonym(u.agency, u.learnerId || u.email || u.name);
      return p ? { ...u, name: p, email: '', learnerId: p } : u;
    }),
    modules: course.modules.map((m) => {
      const t = tally.modules.get(m.id) ?? { answered: 0, correct: 0 };
      return {
        id: m.id,
        title: m.title,
        answered: t.answered,
        correct: t.correct,
        facility: t.answered === 0 ? null : rate(t.correct, t.answered),
      };
    }),
    questions,
    flagBelow: o.flagBelow,
    minAnswers: o.minAnswers,
    dataQuality: dq,
  };
}
