// Runs a report end to end: read every export, compute the figures, write HTML, CSV and JSON into the output folder only.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Course } from '../../src/model/course.ts';
import { indexCourse } from './course-index.ts';
import { computeFigures, type Figures } from './figures.ts';
import { formatIssue, IssueLog, LISTED_PER_KIND } from './issues.ts';
import { makePseudonymiser } from './pseudonymise.ts';
import { readExport, type ExportInput, type SourceSummary } from './read-export.ts';
import { Tally } from './tally.ts';
import { dataQualityCsv, figuresCsv, learnersCsv } from './write-csv.ts';
import { renderHtml } from './write-html.ts';

export interface ReportOptions {
  inputs: ExportInput[];
  course: Course;
  outDir: string;
  /** Date the figures are for (YYYY-MM-DD). @default today */
  asOf?: string;
  /** @default 12 */
  refresherMonths?: number;
  /** @default the course's assessment pass mark */
  passMark?: number;
  /** @default 0.6 */
  flagBelow?: number;
  /** @default 5 */
  minAnswers?: number;
  pseudonymise?: boolean;
  /** Secret for stable pseudonyms across runs; a random per-run key when absent. */
  pseudonymKey?: string;
  /** Where progress and issues are printed. @default no output */
  log?: (line: string) => void;
}

/** The files a report writes, all inside `outDir`. */
export const OUTPUT_FILES = ['report.html', 'figures.json', 'figures.csv', 'learners.csv', 'data-quality.csv'] as const;

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export async function runReport(o: ReportOptions): Promise<{ figures: Figures; files: string[] }> {
  const log = o.log ?? (() => undefined);
  const index = indexCourse(o.course);
  const issues = new IssueLog();
  const tally = new Tally(index, issues);
  const passMark = o.passMark ?? o.course.assessment.passMark;
  const pseudonymiser = o.pseudonymise ? makePseudonymiser(o.pseudonymKey) : null;
  const sources: SourceSummary[] = [];
  for (const input of o.inputs) {
    const s = await readExport(input, { tally, issues, passMark });
    log(`read ${s.file}: ${s.layout}, ${s.dataRows} data rows, ${s.attempts} attempts, ${s.answers} answers`);
    sources.push(s);
  }
  for (const a of tally.answersByLearner.values()) {
    if (tally.learners.has(`${a.agency}\u0000${a.learnerKey}`)) continue;
    const who = pseudonymiser ? pseudonymiser.pseudonym(a.agency, a.learnerKey) : a.learnerKey;
    issues.add({
      kind: 'missing-learner',
      file: a.file,
      line: a.line,
      rowsExcluded: 0,
      message: `${a.count} answer(s) from learner "${who}" of ${a.agency}, who is in no learner export; counted in question figures only`,
    });
  }
  const figures = computeFigures(
    index,
    tally,
    sources,
    { total: issues.total, byKind: issues.summary(), listed: issues.list(), mergedRows: tally.mergedRows, listedPerKind: LISTED_PER_KIND },
    {
      asOf: o.asOf ?? today(),
      refresherMonths: o.refresherMonths ?? 12,
      passMark,
      flagBelow: o.flagBelow ?? 0.6,
      minAnswers: o.minAnswers ?? 5,
      pseudonymiser,
    },
  );
  for (const i of figures.dataQuality.listed.slice(0, 20)) log(`  ${formatIssue(i)}`);
  if (issues.total > 20) log(`  … ${issues.total - 20} more data-quality issue(s): see the report's data-quality section`);
  await mkdir(o.outDir, { recursive: true });
  const contents: Record<(typeof OUTPUT_FILES)[number], string> = {
    'report.html': renderHtml(figures),
    'figures.json': `${JSON.stringify(figures, null, 2)}\n`,
    'figures.csv': figuresCsv(figures),
    'learners.csv': learnersCsv(figures),
    'data-quality.csv': dataQualityCsv(figures),
  };
  const files: string[] = [];
  for (const name of OUTPUT_FILES) {
    const path = join(o.outDir, name);
    await writeFile(path, contents[name], 'utf8');
    files.push(path);
  }
  return { figures, files };
}
