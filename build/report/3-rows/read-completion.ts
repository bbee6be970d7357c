// Reads one row of Moodle's activity completion download: who completed the SCORM activity, and when.

import { NO_AGENCY, type LearnerStatus } from '../0-shared/types.ts';
import type { CompletionColumns } from '../2-layout/completion-layout.ts';
import { parseDate } from './parse-values.ts';
import type { RowInput } from './row-input.ts';

/**
 * Moodle's completion states in English (`lang/en/completion.php`: completion-y, -n, -pass, -fail and the
 * `(set by …)` overrides). "Not completed" cannot tell failed from in progress or not started: it says nothing
 * about the attempt (evidence 0), so any other export's status for the learner wins.
 */
function completionState(cell: string): { status: LearnerStatus; evidence: 0 | 2 } | null {
  const s = cell.trim();
  if (s === 'Completed (achieved pass grade)') return { status: 'passed', evidence: 2 };
  if (s === 'Completed (did not achieve pass grade)') return { status: 'failed', evidence: 2 };
  if (s === 'Completed' || /^Completed \(set by .+\)$/.test(s)) return { status: 'completed', evidence: 2 };
  if (s === 'Not completed' || /^Not completed \(set by .+\)$/.test(s)) return { status: 'not-completed', evidence: 0 };
  return null;
}

/** The completion download's slot among a learner's attempts: apart from SCORM attempt numbers and the gradebook's. */
export const COMPLETION_ATTEMPT = -2;

/** One learner's completion state of the chosen activity. */
export function completionRow(c: CompletionColumns, r: RowInput): number {
  const { at, line, input, ctx, issue, check } = r;
  const name = at(c.name);
  const idNumber = at(c.idNumber);
  const email = at(c.email);
  const learnerKey = idNumber || email.toLowerCase() || at(c.username) || name;
  if (learnerKey === '') {
    issue('missing-learner', line, 'row has no name, ID number or email; not counted', 1);
    return 0;
  }
  const cell = at(c.state);
  const state = completionState(cell);
  if (!state) {
    issue(
      'bad-status',
      line,
      `completion of "${c.activity}" reads "${cell}", not a Moodle completion state (Completed, Not completed, …); row not counted`,
      1,
    );
    return 0;
  }
  const date = check(parseDate(at(c.date)), 'bad-date', 'completion date');
  ctx.records.addAttempt({
    agency: input.agency ?? (at(c.institution) || NO_AGENCY),
    learnerKey,
    learnerId: idNumber,
    username: at(c.username),
    name,
    email,
    department: at(c.department),
    attempt: COMPLETION_ATTEMPT,
    status: state.status,
    evidence: state.evidence,
    score: null,
    completedOn: state.status === 'passed' || state.status === 'completed' ? date : null,
    timeSpent: null,
    file: input.file,
    line,
  });
  return 1;
}
