// One row per person for the report's learner lists and learners.csv: status in words, action, refresher date, standing.

import { STATUS_TEXT, type LearnerStatus, type Pseudonymiser, type Route } from '../0-shared/types.ts';
import type { Person } from '../5-people/merge-people.ts';
import { actionFor, standingOf, type ActionReason, type Rules, type Standing } from './standing.ts';

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
  /** The test-out route the learner took; null for the full course (or a download without interactions). */
  route: Route | null;
}

/** What the learner's row says about the route (issue 22: an IG officer can tell who tested out). */
export const ROUTE_NOTE: Record<Route, string> = {
  'tested-out': 'Tested out: passed the assessment from the start screen, so no modules were required.',
  'sent-to-modules': 'Took the assessment from the start screen, did not pass, and was sent to the modules they missed.',
};

/** Every person's row, in agency, department, name and id order; names, emails and ids pseudonymised when asked. */
export function learnerRows(people: Iterable<Person>, r: Rules, pseudonymiser: Pseudonymiser | null): LearnerRow[] {
  const rows: LearnerRow[] = [];
  for (const l of people) {
    const p = pseudonymiser?.pseudonym(l.agency, l.learnerKey);
    const { dueOn, standing, daysOverdue } = standingOf(l, r);
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
      action: actionFor(l, r),
      dueOn,
      daysOverdue,
      standing,
      note: [
        ...(l.route ? [ROUTE_NOTE[l.route]] : []),
        ...(l.matchedBy.length > 0 ? [`Matched across downloads by ${l.matchedBy.join(' and ')}.`] : []),
        ...l.notes,
      ].join(' '),
      route: l.route ?? null,
    });
  }
  return rows.sort(
    (a, b) =>
      a.agency.localeCompare(b.agency) ||
      a.department.localeCompare(b.department) ||
      a.name.localeCompare(b.name) ||
      a.learnerId.localeCompare(b.learnerId),
  );
}
