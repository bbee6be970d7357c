// Reads one row of the generic learners or interactions CSV (or a mapped one) into the records.

import { isRouteInteraction, routeOf } from '../0-shared/course-index.ts';
import { NO_AGENCY } from '../0-shared/types.ts';
import type { InteractionField, LearnerField } from '../2-layout/generic-fields.ts';
import { noteAnswer } from './course-match.ts';
import { parseDate, parseDuration, parseResult, parseScore, parseStatus } from './parse-values.ts';
import type { RowInput } from './row-input.ts';

/** A learner's row (or one attempt of theirs, with `attempt`); a mapping's words, scale and units apply. Returns the attempts read. */
export function learnersRow(c: Partial<Record<LearnerField, number>>, r: RowInput): number {
  const { at, line, input, ctx, issue, check } = r;
  const learnerId = at(c.learner_id);
  if (learnerId === '') {
    issue('missing-learner', line, 'row has no learner_id; not counted', 1);
    return 0;
  }
  const status = parseStatus(at(c.status), input.mapping?.statuses);
  if (!status.ok) {
    issue('bad-status', line, `${status.error}; row not counted (use passed, completed, failed, in progress or not started)`, 1);
    return 0;
  }
  const attemptText = at(c.attempt);
  const attempt = attemptText === '' ? 1 : Number(attemptText);
  if (!Number.isInteger(attempt) || attempt < 0) {
    issue('bad-row', line, `attempt "${attemptText}" is not a whole number; row not counted`, 1);
    return 0;
  }
  let time = check(parseDuration(at(c.time_spent)), 'bad-duration', 'time spent');
  if (time !== null && input.mapping?.timeSpentUnit === 'minutes' && /^\d+(\.\d+)?$/.test(at(c.time_spent))) time *= 60;
  ctx.records.addAttempt({
    agency: input.agency ?? (at(c.agency) || NO_AGENCY),
    learnerKey: learnerId,
    learnerId,
    username: '',
    name: at(c.name),
    email: at(c.email),
    department: at(c.department),
    attempt,
    status: status.value ?? 'not-attempted',
    evidence: 2,
    score: check(parseScore(at(c.score), input.mapping?.scoreScale), 'bad-score', 'score'),
    completedOn: check(parseDate(at(c.completed_on), input.mapping?.dateOrder), 'bad-date', 'completion date'),
    timeSpent: time,
    file: input.file,
    line,
  });
  return 1;
}

/** One answer: the SCORM interaction id and its result. Returns the answers read. */
export function interactionsRow(c: Partial<Record<InteractionField, number>>, r: RowInput): number {
  const { at, line, input, ctx, issue } = r;
  const learnerId = at(c.learner_id);
  const id = at(c.interaction_id);
  if (learnerId === '' || id === '') {
    issue(
      learnerId === '' ? 'missing-learner' : 'bad-interaction-id',
      line,
      `row has no ${learnerId === '' ? 'learner_id' : 'interaction_id'}; not counted`,
      1,
    );
    return 0;
  }
  const result = parseResult(at(c.result));
  if (isRouteInteraction(id)) {
    // The test-out record: which route the learner took, not an answer to a question.
    const route = routeOf(result.ok ? result.value : null, '');
    if (route === null) issue('bad-result', line, 'the test-out record says neither passed nor failed; not counted', 1);
    else
      ctx.records.addRoute({ agency: input.agency ?? (at(c.agency) || NO_AGENCY), learnerKey: learnerId, route, file: input.file, line });
    noteAnswer(ctx.evidence, id, true);
    return 0;
  }
  if (!result.ok || result.value === null) {
    issue('bad-result', line, `${result.ok ? 'no result' : result.error}; answer not counted`, 1);
    return 0;
  }
  const known = ctx.records.addInteraction({
    agency: input.agency ?? (at(c.agency) || NO_AGENCY),
    learnerKey: learnerId,
    interactionId: id,
    correct: result.value,
    lmsAttempt: Number(at(c.attempt)) || 0,
    file: input.file,
    line,
  });
  if (known !== 'duplicate') noteAnswer(ctx.evidence, id, known === 'known');
  return 1;
}
