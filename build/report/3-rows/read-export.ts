// Reads one export row by row from its bytes (streamed, no Node API) into the records, reporting every bad row with its line.

import type { IssueKind, RecordSink } from '../0-shared/types.ts';
import { csvBatches } from '../1-decode/csv-core.ts';
import { decodeMoodleText } from '../1-decode/moodle-text.ts';
import { identityNotes } from '../2-layout/identity-notes.ts';
import { detectLayout, type Layout } from '../2-layout/layouts.ts';
import { noEvidence, pathOfName, type CourseEvidence } from './course-match.ts';
import type { Parsed } from './parse-values.ts';
import { completionRow } from './read-completion.ts';
import { interactionsRow, learnersRow } from './read-generic.ts';
import { gradebookRow, moodleRow } from './read-moodle.ts';
import type { ExportSource, FileContext, ReadContext, RowInput } from './row-input.ts';

export interface SourceSummary {
  file: string;
  agency: string | null;
  layout: string;
  dataRows: number;
  attempts: number;
  answers: number;
  /** What the download says about the course it came from (activity name, SCO title, question ids). */
  evidence: CourseEvidence;
  /** Why no row of the file could be used, in plain words; null when it was read. */
  problem: string | null;
  /** What part of a file that was read could not be used, in plain words (shown beside the file); null when none. */
  warning: string | null;
}

const LAYOUT_NAMES: Record<Layout['kind'], string> = {
  moodle: 'Moodle SCORM report',
  gradebook: 'Moodle gradebook export',
  completion: 'Moodle activity completion download',
  learners: 'generic learners CSV',
  interactions: 'generic interactions CSV',
  unknown: 'unknown',
  missing: 'incomplete',
};

/**
 * An interactions download whose answer columns are empty for every learner who started: what Moodle 4.5 gives for a
 * SCORM 2004 activity, whose interactions report reads only SCORM 1.2 element names (lab, 7 December 2026; Moodle
 * stores the answers, its report does not show them). Answers and test-out routes cannot come from such a download.
 */
export const EMPTY_INTERACTIONS =
  'the answer columns are empty for every learner who started, so the answers and who tested out are not in the figures. Moodle 4.5 leaves them empty for a SCORM 2004 activity: to see answers and routes in Moodle, use the course’s SCORM 1.2 zip for the activity.';

export async function readExport(input: ExportSource, ctx: ReadContext): Promise<SourceSummary> {
  const { file } = input;
  const evidence = noEvidence();
  const summary: SourceSummary = {
    file,
    agency: input.agency ?? null,
    layout: 'unknown',
    dataRows: 0,
    attempts: 0,
    answers: 0,
    evidence,
    problem: null,
    warning: null,
  };
  // The course path the download names (its SCO title or activity name), set from its header row; every record of
  // the file carries it, so a learner's core and managers' trainings stay apart.
  let filePath = '';
  const records: RecordSink = {
    addAttempt: (r) => ctx.records.addAttempt(filePath ? { ...r, path: filePath } : r),
    addInteraction: (r) => ctx.records.addInteraction(filePath ? { ...r, path: filePath } : r),
    addRoute: (r) => ctx.records.addRoute(filePath ? { ...r, path: filePath } : r),
  };
  const fileCtx: FileContext = { ...ctx, records, evidence };
  const issue = (kind: IssueKind, line: number, message: string, rowsExcluded = 0): void =>
    ctx.issues.add({ kind, file, line, message, rowsExcluded });
  const pathNamed = (names: string[]): string => names.map((t) => pathOfName(t, ctx.index.course)).find((p) => p !== null) ?? '';
  let layout: Layout | undefined;
  let width = 0;
  /** Moodle 4.5's objectives report leaves the objective cells out of attempt rows: that shorter width is expected. */
  let shortWidth = 0;
  let rejected = 0;
  // Rows of a Moodle report with an attempt number: learners who started, whose answers the download should list.
  let started = 0;
  let headerProblem: { kind: IssueKind; line: number; message: string } | undefined;
  try {
    let openQuote: string | undefined;
    const batches = csvBatches(input.chunks(), input.mapping?.delimiter, (p) => {
      if (p.openQuote) {
        openQuote = openQuoteMessage(p.openQuote.line, p.openQuote.lastLine);
        issue('bad-row', p.line, openQuote, p.openQuote.lastLine - p.line + 1);
      } else issue('bad-row', p.line, `unreadable row: ${p.message}`, 1);
    });
    for await (const batch of batches)
      for (const row of batch) {
        if (layout === undefined) {
          layout = detectLayout(row.fields, input.mapping, ctx.index.course.title);
          width = row.fields.length;
          summary.layout = layout.kind === 'moodle' ? `Moodle SCORM ${layout.report} report` : LAYOUT_NAMES[layout.kind];
          if (layout.kind === 'moodle') {
            shortWidth = width - layout.cols.objectiveColumns;
            evidence.scoTitles.push(...layout.cols.scos.slice(0, 1).map((i) => decodeMoodleText((row.fields[i] ?? '').trim())));
            // A path's zip names its path in the SCO title: say which path the download is from.
            filePath = pathNamed(evidence.scoTitles);
          }
          if (layout.kind === 'completion' || layout.kind === 'gradebook') {
            evidence.activities.push(layout.cols.activity);
            filePath = pathNamed([layout.cols.activity]);
          }
          const pathTitle = (ctx.index.course.paths ?? []).find((p) => p.id === filePath)?.title;
          if (pathTitle) summary.layout += `, path “${pathTitle}”`;
          if (layout.kind === 'completion') summary.layout += ` of "${layout.cols.activity}"`;
          if ((layout.kind === 'learners' || layout.kind === 'interactions') && layout.mapped && input.mapping)
            summary.layout += ` mapped by ${input.mapping.file}`;
          if (layout.kind === 'unknown') {
            headerProblem = { kind: 'unknown-layout', line: row.line, message: layout.message };
            summary.problem = layout.message;
          }
          if (layout.kind === 'missing') {
            headerProblem = {
              kind: 'missing-column',
              line: row.line,
              message: `this file looks like a ${layout.layout} but lacks ${layout.missing.map((m) => (m.includes(' — ') ? m : `the column “${m}”`)).join(', ')}`,
            };
            summary.problem = headerProblem.message;
          }
          // A download that lacks a column the report can do without: its rows are kept, the note says what is lost.
          if (layout.kind === 'moodle' || layout.kind === 'gradebook' || layout.kind === 'completion')
            for (const w of [...layout.warnings, ...identityNotes(layout, input.agency !== undefined)])
              issue('missing-column', row.line, w);
          continue;
        }
        summary.dataRows++;
        if (layout.kind === 'unknown' || layout.kind === 'missing') {
          rejected++;
          continue;
        }
        if (row.fields.length !== width && row.fields.length !== shortWidth) {
          issue('bad-row', row.line, `row has ${row.fields.length} fields where the header has ${width}`, 1);
          continue;
        }
        const at = (i: number | undefined): string => (i === undefined ? '' : (row.fields[i] ?? '').trim());
        const check = <T>(p: Parsed<T>, kind: IssueKind, what: string): T | null => {
          if (p.ok) return p.value;
          issue(kind, row.line, `${what}: ${p.error}; left blank`);
          return null;
        };
        const r: RowInput = { at, line: row.line, input, ctx: fileCtx, issue, check };
        if (layout.kind === 'moodle') {
          const n = moodleRow(layout.cols, r);
          summary.attempts += n.attempts;
          summary.answers += n.answers;
          started += n.started;
        } else if (layout.kind === 'gradebook') {
          summary.attempts += gradebookRow(layout.cols, r);
        } else if (layout.kind === 'completion') {
          summary.attempts += completionRow(layout.cols, r);
        } else if (layout.kind === 'learners') {
          summary.attempts += learnersRow(layout.cols, r);
        } else {
          summary.answers += interactionsRow(layout.cols, r);
        }
      }
    if (layout === undefined && openQuote !== undefined) summary.problem = openQuote;
    else if (layout === undefined) {
      summary.problem = 'the file is empty';
      issue('unknown-layout', 0, 'the file is empty; download it again from the LMS');
    } else if (openQuote !== undefined) summary.warning = openQuote;
    else if (layout.kind === 'moodle' && layout.cols.interactions.length > 0 && started > 0 && summary.answers === 0)
      summary.warning = EMPTY_INTERACTIONS;
    if (headerProblem)
      issue(headerProblem.kind, headerProblem.line, `${headerProblem.message}; none of its ${rejected} row(s) were used`, rejected);
  } catch (err) {
    summary.problem = `the file could not be opened (${(err as Error).message})`;
    issue('unreadable-file', 0, `${summary.problem}; save it again and choose the new copy`);
  }
  return summary;
}

/** A quotation mark never closed makes the rest of the file one cell: say where it opened and how to mend it. */
function openQuoteMessage(line: number, lastLine: number): string {
  const lost =
    lastLine > line
      ? `lines ${line} to ${lastLine} (the end of the file) could not be read and are left out`
      : `line ${line} (the last line) could not be read and is left out`;
  return (
    `a quotation mark (") on line ${line} is never closed, so ${lost}. ` +
    `Download the file again from the LMS; if it came from a spreadsheet, find the lone quotation mark on line ${line}, ` +
    `remove it or add the closing one, save and choose the file again`
  );
}
