// Completion, pass and up-to-date figures for a group of learners: everyone, an agency, or a department of one.

import type { Learner } from '../4-normalise/tally.ts';
import { mean, rate } from './rates.ts';
import { isCompleted, isPassed, type Rules } from './standing.ts';

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

/** A group's learners: an agency's ('' department) or a department's within it. */
export interface LearnerGroup {
  agency: string;
  department: string;
  ls: Learner[];
}

/** Learners by agency and by agency and department (a learner with none under "(not given)"), in name order. */
export function groupLearners(learners: Iterable<Learner>): LearnerGroup[] {
  const groups = new Map<string, LearnerGroup>();
  const add = (agency: string, department: string, l: Learner): void => {
    const k = `${agency}\u0000${department}`;
    const g = groups.get(k) ?? { agency, department, ls: [] };
    g.ls.push(l);
    groups.set(k, g);
  };
  for (const l of learners) {
    add(l.agency, '', l);
    add(l.agency, l.department || '(not given)', l);
  }
  return [...groups.values()].sort((a, b) => a.agency.localeCompare(b.agency) || a.department.localeCompare(b.department));
}

export function groupFigures(agency: string, department: string, ls: Learner[], r: Rules): GroupFigures {
  const completed = ls.filter(isCompleted);
  const times = ls.flatMap((l) => (l.timeSpent === null ? [] : [l.timeSpent]));
  const upToDate = completed.filter((l) => l.completedOn !== null && l.completedOn >= r.cutoff).length;
  const passed = ls.filter((l) => isPassed(l, r.passMark, r.pagesOnly)).length;
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
}
