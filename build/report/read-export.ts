// Reads one export file row by row (streaming) into the tally, reporting every bad row with its file and line.

import { readCsv, sniffDelimiter } from './csv-read.ts';
import { detectLayout, type Layout, type MoodleColumns } from './layouts.ts';
import type { ColumnMapping } from './mapping.ts';
import { parseDate, parseDuration, parseResult, parseScore, parseStatus, type Parsed } from './parse-values.ts';
import type { Tally } from './tally.ts';
import type { IssueKind, IssueSink, LearnerStatus } from './types.ts';

export interface ExportInput {
  file: string;
  /** `--agency NAME` given before the file; overrides any agency or Institution column. */
  agency?: string;
  mapping?: ColumnMapping;
}

export interface SourceSummary {
  file: string;
  agency: string | null;
  layout: string;
  dataRows: number;
  attempts: number;
  answers: number;
}

export interface ReadContext {
  tally: Tally;
  issues: IssueSink;
  /** Pass mark in percent, used where Moodle shows a score in place of the status. */
  passMark: number;
}

/** Shown when an export gives no agency, neither by column nor by `--agency`. */
export const NO_AGENCY = '(no agency given)';

const LAYOUT_NAMES: Record<Layout['kind'], string> = {
  moodle: 'Moodle SCORM report',
  learners: 'generic learners CSV',
  interactions: 'generic interactions CSV',
  unknown: 'unknown',
  missing: 'incomplete',
};

export async function readExport(input: ExportInput, ctx: ReadContext): Promise<SourceSummary> {
  const { file } = input;
  const summary: SourceSummary = { file, agency: input.agency ?? null, layout: 'unknown', dataRows: 0, attempts: 0, answers: 0 };
  const issue = (kind: IssueKind, line: number, message: string, rowsExcluded = 0): void =>
    ctx.issues.add({ kind, file, line, message, rowsExcluded });
  let layout: Layout | undefined;
  let width = 0;
  let rejected = 0;
  let headerProblem: { kind: IssueKind; line: number; message: string } | undefined;
  try {
    const delimiter = input.mapping?.delimiter ?? (await sniffDelimiter(file));
    const rows = readCsv(file, delimiter, (p) => issue('bad-row', p.line, `unreadable row: ${p.message}`, 1));
    for await (const row of rows) {
      if (layout === undefined) {
        layout = detectLayout(row.fields, input.mapping);
        width = row.fields.length;
        summary.layout =
          layout.kind === 'moodle' && layout.interactionsReport ? 'Moodle SCORM interactions report' : LAYOUT_NAMES[layout.kind];
        if ((layout.kind === 'learners' || layout.kind === 'interactions') && layout.mapped && input.mapping)
          summary.layout += ` mapped by ${input.mapping.file}`;
        if (layout.kind === 'unknown')
          headerProblem = { kind: 'unknown-layout', line: row.line, message: `unknown layout: ${layout.message}` };
        if (layout.kind === 'missing')
          headerProblem = {
            kind: 'missing-column',
            line: row.line,
            message: `${layout.layout} is missing column(s) ${layout.missing.map((m) => `"${m}"`).join(', ')}`,
          };
        if (layout.kind === 'moodle') for (const w of layout.warnings) issue('missing-column', row.line, w);
        continue;
      }
      summary.dataRows++;
      if (layout.kind === 'unknown' || layout.kind === 'missing') {
        rejected++;
        continue;
      }
      if (row.fields.length !== width) {
        issue('bad-row', row.line, `row has ${row.fields.length} fields where the header has ${width}`, 1);
        continue;
      }
      const at = (i: number | undefined): string => (i === undefined ? '' : (row.fields[i] ?? '').trim());
      const check = <T>(p: Parsed<T>, kind: IssueKind, what: string): T | null => {
        if (p.ok) return p.value;
        issue(kind, row.line, `${what}: ${p.error}; left blank`);
        return null;
      };
      if (layout.kind === 'moodle') {
        const n = moodleRow(layout.cols, at, row.line, input, ctx, issue, check);
        summary.attempts += n.attempts;
        summary.answers += n.answers;
      } else if (layout.kind === 'learners') {
        const c = layout.cols;
        const learnerId = at(c.learner_id);
        if (learnerId === '') {
          issue('missing-learner', row.line, 'row has no learner_id; not counted', 1);
          continue;
        }
        const status = parseStatus(at(c.status), input.mapping?.statuses);
        if (!status.ok) {
          issue('bad-status', row.line, `${status.error}; row not counted (add it to the mapping's statuses)`, 1);
          continue;
        }
        const attemptText = at(c.attempt);
        const attempt = attemptText === '' ? 1 : Number(attemptText);
        if (!Number.isInteger(attempt) || attempt < 0) {
          issue('bad-row', row.line, `attempt "${attemptText}" is not a whole number; row not counted`, 1);
          continue;
        }
        let time = check(parseDuration(at(c.time_spent)), 'bad-duration', 'time spent');
        if (time !== null && input.mapping?.timeSpentUnit === 'minutes' && /^\d+(\.\d+)?$/.test(at(c.time_spent))) time *= 60;
        ctx.tally.addAttempt({
          agency: input.agency ?? (at(c.agency) || NO_AGENCY),
          learnerKey: learnerId,
          learnerId,
          name: at(c.name),
          email: at(c.email),
          department: at(c.department),
          attempt,
          status: status.value ?? 'not-attempted',
          score: check(parseScore(at(c.score), input.mapping?.scoreScale), 'bad-score', 'score'),
          completedOn: check(parseDate(at(c.completed_on), input.mapping?.dateOrder), 'bad-date', 'completion date'),
          timeSpent: time,
          file,
          line: row.line,
        });
        summary.attempts++;
      } else {
        const c = layout.cols;
        const learnerId = at(c.learner_id);
        const id = at(c.interaction_id);
        if (learnerId === '' || id === '') {
          issue(
            learnerId === '' ? 'missing-learner' : 'bad-interaction-id',
            row.line,
            `row has no ${learnerId === '' ? 'learner_id' : 'interaction_id'}; not counted`,
            1,
          );
          continue;
        }
        const result = parseResult(at(c.result));
        if (!result.ok || result.value === null) {
          issue('bad-result', row.line, `${result.ok ? 'no result' : result.error}; answer not counted`, 1);
          continue;
        }
        ctx.tally.addInteraction({
          agency: input.agency ?? (at(c.agency) || NO_AGENCY),
          learnerKey: learnerId,
          interactionId: id,
          correct: result.value,
          lmsAttempt: Number(at(c.attempt)) || 0,
          file,
          line: row.line,
        });
        summary.answers++;
      }
    }
    if (layout === undefined) issue('unknown-layout', 0, 'the file is empty: no header row');
    if (headerProblem)
      issue(headerProblem.kind, headerProblem.line, `${headerProblem.message}; none of its ${rejected} data row(s) were read`, rejected);
  } catch (err) {
    issue('unreadable-file', 0, `cannot read the file: ${(err as Error).message}`);
  }
  return summary;
}

type At = (i: number | undefined) => string;
type Check = <T>(p: Parsed<T>, kind: IssueKind, what: string) => T | null;
type Report = (kind: IssueKind, line: number, message: string, rowsExcluded?: number) => void;

/** One Moodle row: a user's attempt (or "-" cells when they never attempted) and, in the interactions report, their answers. */
function moodleRow(
  c: MoodleColumns,
  at: At,
  line: number,
  input: ExportInput,
  ctx: ReadContext,
  issue: Report,
  check: Check,
): { attempts: number; answers: number } {
  const email = at(c.email);
  const learnerKey = at(c.idNumber) || email.toLowerCase() || at(c.username) || at(c.name);
  if (learnerKey === '') {
    issue('missing-learner', line, 'row has no name, ID number or email; not counted', 1);
    return { attempts: 0, answers: 0 };
  }
  const agency = input.agency ?? (at(c.institution) || NO_AGENCY);
  const attemptText = at(c.attempt);
  const base = {
    agency,
    learnerKey,
    learnerId: at(c.idNumber) || at(c.username),
    name: at(c.name),
    email,
    department: at(c.department),
    file: input.file,
    line,
    timeSpent: null,
  };
  if (attemptText === '-' || attemptText === '') {
    ctx.tally.addAttempt({ ...base, attempt: 0, status: 'not-attempted', score: null, completedOn: null });
    return { attempts: 1, answers: 0 };
  }
  const attempt = Number(attemptText);
  if (!Number.isInteger(attempt) || attempt < 1) {
    issue('bad-row', line, `attempt "${attemptText}" is not a whole number; row not counted`, 1);
    return { attempts: 0, answers: 0 };
  }
  const last = check(parseDate(at(c.last)), 'bad-date', '"Last accessed on"');
  check(parseDate(at(c.started)), 'bad-date', '"Started on"');
  // The SCO cell shows `score_raw/score_max` when a raw score exists, else the status label (report.php).
  const sco = at(c.scos[0]);
  let status: LearnerStatus | null = null;
  let score: number | null = null;
  const asStatus = parseStatus(sco);
  if (asStatus.ok) status = asStatus.value;
  else {
    const asScore = parseScore(sco);
    if (asScore.ok) score = asScore.value;
    else issue('bad-status', line, `SCO cell "${sco}" is neither a status nor a score; status read from the score`);
  }
  score ??= check(parseScore(at(c.score)), 'bad-score', 'score');
  status ??= score === null ? 'incomplete' : score >= ctx.passMark ? 'passed' : 'failed';
  ctx.tally.addAttempt({ ...base, attempt, status, score, completedOn: status === 'passed' || status === 'completed' ? last : null });
  let answers = 0;
  for (const pair of c.interactions) {
    const id = at(pair.question);
    const res = at(pair.result);
    if (id === '' && res === '') continue;
    const result = parseResult(res);
    if (id === '' || !result.ok || result.value === null) {
      issue(
        id === '' ? 'bad-interaction-id' : 'bad-result',
        line,
        id === ''
          ? `result "${res}" without a question id; answer not counted`
          : `interaction "${id}": ${result.ok ? 'no result' : result.error}; answer not counted`,
        1,
      );
      continue;
    }
    ctx.tally.addInteraction({ agency, learnerKey, interactionId: id, correct: result.value, lmsAttempt: attempt, file: input.file, line });
    answers++;
  }
  return { attempts: 1, answers };
}
