// The command's run: stream each export file from disk through the shared report core, then write the five files.

import { createReadStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Course } from '../../src/model/course.ts';
import type { Figures } from './6-figures/figures.ts';
import { formatIssue } from './0-shared/issues.ts';
import type { ColumnMapping } from './2-layout/mapping.ts';
import { makePseudonymiser } from './pseudonymise.ts';
import { makeReport, OUTPUT_FILES, today } from './report-core.ts';

export { OUTPUT_FILES, today } from './report-core.ts';

export interface ExportInput {
  /** Path of the export file. */
  file: string;
  /** `--agency NAME` given before the file; overrides any agency or Institution column. */
  agency?: string;
  mapping?: ColumnMapping;
}

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
  /** @default 0.95 */
  target?: number;
  /** @default 5 */
  minAnswers?: number;
  pseudonymise?: boolean;
  /** Secret for stable pseudonyms across runs; a random per-run key when absent. */
  pseudonymKey?: string;
  /** Where progress and issues are printed. @default no output */
  log?: (line: string) => void;
}

export async function runReport(o: ReportOptions): Promise<{ figures: Figures; files: string[] }> {
  const log = o.log ?? (() => undefined);
  const { figures, output } = await makeReport(
    o.inputs.map((input) => ({ ...input, chunks: () => createReadStream(input.file) })),
    {
      course: o.course,
      asOf: o.asOf ?? today(),
      ...(o.refresherMonths !== undefined ? { refresherMonths: o.refresherMonths } : {}),
      ...(o.passMark !== undefined ? { passMark: o.passMark } : {}),
      ...(o.flagBelow !== undefined ? { flagBelow: o.flagBelow } : {}),
      ...(o.target !== undefined ? { target: o.target } : {}),
      ...(o.minAnswers !== undefined ? { minAnswers: o.minAnswers } : {}),
      pseudonymiser: o.pseudonymise ? makePseudonymiser(o.pseudonymKey) : null,
      onSource: (s) => {
        log(`read ${s.file}: ${s.layout}, ${s.dataRows} data rows, ${s.attempts} attempts, ${s.answers} answers`);
        if (s.warning !== null) log(`  partly used: ${s.warning}`);
      },
    },
  );
  const issues = figures.dataQuality;
  for (const i of issues.listed.slice(0, 20)) log(`  ${formatIssue(i)}`);
  if (issues.total > 20) log(`  … ${issues.total - 20} more data-quality issue(s): see the report's data-quality section`);
  await mkdir(o.outDir, { recursive: true });
  const files: string[] = [];
  for (const name of OUTPUT_FILES) {
    const path = join(o.outDir, name);
    await writeFile(path, output(name), 'utf8');
    files.push(path);
  }
  return { figures, files };
}
