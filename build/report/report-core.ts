// The report from exports to its five files, with no Node API: the command and the browser page both run exactly this.
// It runs the stages in order (README, "Code"): each file decoded, its layout recognised and its rows read (1–3) into
// the tally (4); people merged (5); the figures (6); each output file rendered from them when asked for (7).

import type { Course } from '../../src/model/course.ts';
import { indexCourse } from './0-shared/course-index.ts';
import { IssueLog, LISTED_PER_KIND } from './0-shared/issues.ts';
import type { Pseudonymiser } from './0-shared/types.ts';
import { matchCourse } from './3-rows/course-match.ts';
import { readExport, type SourceSummary } from './3-rows/read-export.ts';
import type { ExportSource } from './3-rows/row-input.ts';
import { Tally } from './4-normalise/tally.ts';
import { mergePeople } from './5-people/merge-people.ts';
import { computeFigures, type Figures } from './6-figures/figures.ts';
import { dataQualityCsv, figuresCsv, learnersCsv } from './7-render/write-csv.ts';
import { renderHtml } from './7-render/write-html.ts';

/** The files a report writes. */
export const OUTPUT_FILES = ['report.html', 'figures.json', 'figures.csv', 'learners.csv', 'data-quality.csv'] as const;
export type OutputFile = (typeof OUTPUT_FILES)[number];

export interface CoreOptions {
  course: Course;
  /** Date the figures are for (YYYY-MM-DD). */
  asOf: string;
  /** @default 12 */
  refresherMonths?: number;
  /** @default the course's assessment pass mark */
  passMark?: number;
  /** @default 0.6 */
  flagBelow?: number;
  /** Compliance target: the share of learners trained within the refresher period, 0–1. @default 0.95 */
  target?: number;
  /** @default 5 */
  minAnswers?: number;
  pseudonymiser?: Pseudonymiser | null;
  /** Called after each export is read. */
  onSource?: (s: SourceSummary) => void;
  /**
   * Awaited between the steps after reading (checking answers, the figures), so a page can paint and take input
   * between them. @default none
   */
  pause?: () => Promise<void>;
}

export interface CoreResult {
  figures: Figures;
  /**
   * One output file's text, made when asked for: at 100,000 learners figures.json is some 30 MB, so the page makes
   * it only when the officer saves it, and the command holds one file's text at a time.
   */
  output(name: OutputFile): string;
}

/** Each output file from the figures. */
const WRITERS: Record<OutputFile, (f: Figures) => string> = {
  'report.html': renderHtml,
  'figures.json': (f) => `${JSON.stringify(f, null, 2)}\n`,
  'figures.csv': figuresCsv,
  'learners.csv': learnersCsv,
  'data-quality.csv': dataQualityCsv,
};

/** No download could be used: the report is not made from nothing. Each file is named with its reason. */
export class NoReportError extends Error {
  constructor(readonly files: { file: string; reason: string }[]) {
    super(`none of the files could be used: ${files.map((f) => `${f.file}: ${f.reason}`).join('; ')}`);
  }
}

/** Today's date in the local time zone, YYYY-MM-DD. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export async function makeReport(inputs: ExportSource[], o: CoreOptions): Promise<CoreResult> {
  const index = indexCourse(o.course);
  const issues = new IssueLog();
  const tally = new Tally(index, issues);
  const passMark = o.passMark ?? o.course.assessment.passMark;
  const pseudonymiser = o.pseudonymiser ?? null;
  const sources: SourceSummary[] = [];
  for (const input of inputs) {
    const s = await readExport(input, { records: tally, index, issues, passMark });
    o.onSource?.(s);
    sources.push(s);
  }
  if (sources.every((s) => s.problem !== null)) throw new NoReportError(sources.map((s) => ({ file: s.file, reason: s.problem ?? '' })));
  await o.pause?.();
  // Both maps are keyed by learnerKeyOf (agency, path, learner).
  for (const [key, a] of tally.answersByLearner) {
    if (tally.learners.has(key)) continue;
    const who = pseudonymiser ? pseudonymiser.pseudonym(a.agency, a.learnerKey) : a.learnerKey;
    issues.add({
      kind: 'missing-learner',
      file: a.file,
      line: a.line,
      rowsExcluded: 0,
      message: `${a.count} answer(s) from learner "${who}" of ${a.agency}, who is in no learner export; counted in question figures only`,
    });
  }
  await o.pause?.();
  const merged = mergePeople(tally.learners.values(), passMark);
  await o.pause?.();
  const figures = computeFigures(
    index,
    tally,
    merged,
    sources,
    {
      total: issues.total,
      byKind: issues.summary(),
      listed: issues.list(inputs.map((i) => i.file)),
      mergedRows: tally.mergedRows,
      listedPerKind: LISTED_PER_KIND,
    },
    {
      asOf: o.asOf,
      refresherMonths: o.refresherMonths ?? 12,
      passMark,
      flagBelow: o.flagBelow ?? 0.6,
      minAnswers: o.minAnswers ?? 5,
      target: o.target ?? 0.95,
      pseudonymiser,
    },
    matchCourse(o.course, sources),
  );
  return { figures, output: (name) => WRITERS[name](figures) };
}
