// The rules one learner is judged by at the as-of date: completed, passed, the action they need, and whether they are
// trained, due soon or overdue for a refresher. Every figure that counts learners counts them by these rules.

import type { Learner } from '../4-normalise/tally.ts';
import { addDays, daysBetween, monthsBefore } from './dates.ts';

export type ActionReason = 'not completed' | 'not passed' | 'refresher due' | 'completion date unknown';

/**
 * Where a learner stands at the as-of date: trained (passed within the refresher period), due soon (trained, but the
 * refresher falls due within DUE_SOON_DAYS), overdue (passed once, refresher date gone), never started, or not
 * trained (in progress, failed, completed under the pass mark, or no date to tell).
 */
export type Standing = 'trained' | 'due soon' | 'overdue' | 'never started' | 'not trained';
export const DUE_SOON_DAYS = 30;

/** What a learner is judged against: the as-of date, the refresher period and the pass mark. */
export interface Rules {
  asOf: string;
  refresherMonths: number;
  passMark: number;
  /** The course completes on pages alone: a completion without a score is then no pass. */
  pagesOnly: boolean;
  /** A completion before this date needs a refresher: `asOf` minus `refresherMonths`. */
  cutoff: string;
  /** A refresher due on or before this date is due soon: `asOf` plus DUE_SOON_DAYS. */
  dueSoonBy: string;
}

export function rulesFor(o: { asOf: string; refresherMonths: number; passMark: number; pagesOnly: boolean }): Rules {
  return { ...o, cutoff: monthsBefore(o.asOf, o.refresherMonths), dueSoonBy: addDays(o.asOf, DUE_SOON_DAYS) };
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

/** Why the learner needs action, or null when they are up to date. */
export function actionFor(l: Learner, r: Rules): ActionReason | null {
  return !isCompleted(l)
    ? 'not completed'
    : !isPassed(l, r.passMark, r.pagesOnly)
      ? 'not passed'
      : l.completedOn === null
        ? 'completion date unknown'
        : l.completedOn < r.cutoff
          ? 'refresher due'
          : null;
}

/** When the learner's refresher is due (null when never trained), where they stand, and how many days overdue. */
export function standingOf(l: Learner, r: Rules): { dueOn: string | null; standing: Standing; daysOverdue: number | null } {
  const trainedOnce = isPassed(l, r.passMark, r.pagesOnly) && l.completedOn !== null;
  const dueOn = trainedOnce && l.completedOn !== null ? monthsBefore(l.completedOn, -r.refresherMonths) : null;
  const standing: Standing =
    dueOn !== null
      ? dueOn < r.asOf
        ? 'overdue'
        : dueOn <= r.dueSoonBy
          ? 'due soon'
          : 'trained'
      : l.status === 'not-attempted'
        ? 'never started'
        : 'not trained';
  return { dueOn, standing, daysOverdue: standing === 'overdue' && dueOn !== null ? daysBetween(dueOn, r.asOf) : null };
}
