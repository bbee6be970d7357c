// Reads one row of a Moodle SCORM report download or gradebook export into the records, as Moodle means its cells.

import { isRouteInteraction, resolveInteraction, routeOf } from '../0-shared/course-index.ts';
import { NO_AGENCY, type AttemptRecord, type LearnerStatus } from '../0-shared/types.ts';
import { decodeMoodleText } from '../1-decode/moodle-text.ts';
import type { GradebookColumns, MoodleColumns } from '../2-layout/layouts.ts';
import { noteAnswer } from './course-match.ts';
import { parseDate, parseResult, parseScore, parseStatus } from './parse-values.ts';
import { responseIsCorrect } from './responses.ts';
import type { At, ExportSource, FileContext, Report, RowInput } from './row-input.ts';

/**
 * A user's attempt (or `-` cells when they never attempted) and, in the interactions report, their answers.
 * Moodle passes identity fields and interaction values (not the name) through `s()`, so `&` arrives as `&amp;`.
 */
export function moodleRow(c: MoodleColumns, r: RowInput): { attempts: number; answers: number; started: number } {
  const { at, line, input, ctx, issue, check } = r;
  const text = (i: number | undefined): string => decodeMoodleText(at(i));
  const email = text(c.email);
  const idNumber = text(c.idNumber);
  const username = text(c.username);
  const learnerKey = idNumber || email.toLowerCase() || username || at(c.name);
  if (learnerKey === '') {
    issue('missing-learner', line, 'row has no name, ID number or email; not counted', 1);
    return { attempts: 0, answers: 0, started: 0 };
  }
  const agency = input.agency ?? (text(c.institution) || NO_AGENCY);
  const attemptText = at(c.attempt);
  const base = {
    agency,
    learnerKey,
    learnerId: idNumber,
    username,
    name: at(c.name),
    email,
    department: text(c.department),
    file: input.file,
    line,
    timeSpent: null,
  };
  if (attemptText === '-' || attemptText === '') {
    ctx.records.addAttempt({ ...base, attempt: 0, status: 'not-attempted', evidence: 2, score: null, completedOn: null });
    return { attempts: 1, answers: 0, started: 0 };
  }
  const attempt = Number(attemptText);
  if (!Number.isInteger(attempt) || attempt < 1) {
    issue('bad-row', line, `attempt "${attemptText}" is not a whole number; row not counted`, 1);
    return { attempts: 0, answers: 0, started: 0 };
  }
  const last = check(parseDate(at(c.last)), 'bad-date', '"Last accessed on"');
  check(parseDate(at(c.started)), 'bad-date', '"Started on"');
  const { status, score, evidence } = moodleOutcome(c, r);
  ctx.records.addAttempt({
    ...base,
    attempt,
    status,
    evidence,
    score,
    completedOn: status === 'passed' || status === 'completed' ? last : null,
  });
  return { attempts: 1, answers: moodleAnswers(c, text, line, input, ctx, issue, agency, learnerKey, attempt), started: 1 };
}

/**
 * Status and score of an attempt. The SCO cell shows `score_raw/score_max` when a raw score exists, else the
 * status label (report.php). The `Score` column is the attempt's grade and reads `0` for an attempt that never set
 * a score, so a 0 there is no score; only a raw score or a non-zero grade is one. Without the SCO column (Track
 * details off) an attempt with no score has no status either: `unknown`, never `failed`.
 */
function moodleOutcome(c: MoodleColumns, { at, line, ctx, issue, check }: RowInput): Pick<AttemptRecord, 'status' | 'score' | 'evidence'> {
  const passMark = ctx.passMark;
  const grade = check(parseScore(at(c.score)), 'bad-score', 'score');
  const gradeScore = grade !== null && grade > 0 ? grade : null;
  const fromScore = (score: number | null): Pick<AttemptRecord, 'status' | 'score' | 'evidence'> =>
    score === null
      ? { status: 'unknown', score: null, evidence: 0 }
      : { status: score >= passMark ? 'passed' : 'failed', score, evidence: 1 };
  if (c.scos.length === 0) return fromScore(gradeScore);
  const sco = at(c.scos[0]);
  const asStatus = parseStatus(sco);
  if (asStatus.ok && asStatus.value !== null) return { status: asStatus.value, score: gradeScore, evidence: 2 };
  const asScore = parseScore(sco);
  if (asScore.ok && asScore.value !== null) return fromScore(asScore.value);
  if (sco !== '') issue('bad-status', line, `SCO cell "${sco}" is neither a status nor a score; status read from the score`);
  return fromScore(gradeScore);
}

function moodleAnswers(
  c: MoodleColumns,
  text: At,
  line: number,
  input: ExportSource,
  ctx: FileContext,
  issue: Report,
  agency: string,
  learnerKey: string,
  attempt: number,
): number {
  let answers = 0;
  for (const cols of c.interactions) {
    const id = text(cols.question);
    const res = text(cols.result);
    const response = text(cols.response);
    if (id === '' && res === '' && response === '') continue;
    if (id === '') {
      issue('bad-interaction-id', line, `an answer without a question id; not counted`, 1);
      continue;
    }
    if (isRouteInteraction(id)) {
      // The test-out record: which route the learner took, not an answer to a question.
      const result = parseResult(res);
      const route = routeOf(result.ok ? result.value : null, response);
      if (route === null)
        issue('bad-result', line, `the test-out record says neither passed nor failed ("${response || res}"); not counted`, 1);
      else ctx.records.addRoute({ agency, learnerKey, route, file: input.file, line });
      noteAnswer(ctx.evidence, id, true);
      continue;
    }
    const resolved = resolveInteraction(ctx.index, id);
    noteAnswer(ctx.evidence, id, resolved.ok);
    let correct: boolean | null;
    if (cols.result !== undefined) {
      const result = parseResult(res);
      if (!result.ok || result.value === null) {
        issue('bad-result', line, `interaction "${id}": ${result.ok ? 'no result' : result.error}; answer not counted`, 1);
        continue;
      }
      correct = result.value;
    } else {
      // No "Summary of result": the answer is scored from the response against the course model.
      if (!resolved.ok) {
        issue(resolved.kind, line, resolved.message, 1);
        continue;
      }
      correct = response === '' ? null : responseIsCorrect(resolved.info.question, response);
      if (correct === null) {
        issue('bad-result', line, `interaction "${id}": response "${response}" names no option of the question; answer not counted`, 1);
        continue;
      }
    }
    ctx.records.addInteraction({ agency, learnerKey, interactionId: id, correct, lmsAttempt: attempt, file: input.file, line });
    answers++;
  }
  return answers;
}

/** The gradebook's attempt slot: one grade per user, apart from the SCORM reports' attempt numbers. */
export const GRADEBOOK_ATTEMPT = -1;

/** A gradebook row: the SCORM activity's grade (`-` when none), read against the pass mark. Not HTML-escaped. */
export function gradebookRow(c: GradebookColumns, r: RowInput): number {
  const { at, line, input, ctx, issue, check } = r;
  const name = `${at(c.firstName)} ${at(c.lastName)}`.trim();
  const email = at(c.email);
  const learnerKey = at(c.idNumber) || email.toLowerCase() || name;
  if (learnerKey === '') {
    issue('missing-learner', line, 'row has no name, ID number or email; not counted', 1);
    return 0;
  }
  const score = check(parseScore(at(c.grade)), 'bad-score', `grade for "${c.activity}"`);
  const status: LearnerStatus = score === null ? 'unknown' : score >= ctx.passMark ? 'passed' : 'failed';
  ctx.records.addAttempt({
    agency: input.agency ?? (at(c.institution) || NO_AGENCY),
    learnerKey,
    learnerId: at(c.idNumber),
    username: '',
    name,
    email,
    department: at(c.department),
    attempt: GRADEBOOK_ATTEMPT,
    status,
    evidence: score === null ? 0 : 1,
    score,
    completedOn: null,
    timeSpent: null,
    file: input.file,
    line,
  });
  return 1;
}
