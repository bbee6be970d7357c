// `npm run report -- <exports...> --out <folder>`: turns LMS exports into the IG team's completion report.

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadCourse, newestCourseJson } from '../report/load-course.ts';
import type { ColumnMapping } from '../report/2-layout/mapping.ts';
import { loadMapping } from '../report/load-mapping.ts';
import { NoReportError } from '../report/report-core.ts';
import { runReport, type ExportInput } from '../report/run-report.ts';

const USAGE = `Usage: npm run report -- [--agency NAME] [--mapping FILE] <export> ... --out <folder> [options]

  <export>                  a Moodle SCORM basic or interactions report download (tab or comma separated),
                            a generic learners or interactions CSV, or a CSV described by --mapping
  --agency NAME             agency of the exports that follow (until the next --agency); overrides
                            an agency/Institution column
  --mapping FILE            YAML column mapping for the exports that follow (until the next --mapping;
                            --mapping none turns it off)
  --out DIR                 folder to write report.html, figures.json, figures.csv, learners.csv,
                            data-quality.csv (nothing is written anywhere else)
  --course FILE             course model from the build (default: newest dist/*-course.json)
  --as-of YYYY-MM-DD        date the figures are for (default: today)
  --refresher-months N      completions older than this need a refresher (default 12)
  --pass-mark N             pass mark in percent (default: the course's)
  --target N                compliance target: percent trained within the refresher period (default 95)
  --flag-below F            flag questions whose share correct is below F (default 0.6)
  --min-answers N           flag only questions with at least N answers (default 5)
  --pseudonymise            replace learner names, emails and ids with pseudonyms
  --pseudonym-key-file FILE secret key for pseudonyms that stay the same across runs (implies --pseudonymise)
See build/report/README.md.`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const inputs: ExportInput[] = [];
  let agency: string | undefined;
  let mapping: ColumnMapping | undefined;
  const opts: Record<string, string> = {};
  let pseudonymise = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      return 0;
    } else if (a === '--agency') agency = value();
    else if (a === '--mapping') {
      const v = value();
      mapping = v === 'none' ? undefined : await loadMapping(v);
    } else if (a === '--pseudonymise' || a === '--pseudonymize') pseudonymise = true;
    else if (
      [
        '--out',
        '--course',
        '--as-of',
        '--refresher-months',
        '--pass-mark',
        '--flag-below',
        '--target',
        '--min-answers',
        '--pseudonym-key-file',
      ].includes(a)
    )
      opts[a] = value();
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else inputs.push({ file: a, ...(agency !== undefined ? { agency } : {}), ...(mapping ? { mapping } : {}) });
  }
  if (inputs.length === 0) throw new UsageError('give at least one export file');
  const out = opts['--out'];
  if (out === undefined) throw new UsageError('give --out <folder>');
  const number = (name: string, min: number, max: number): number | undefined => {
    const v = opts[name];
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n < min || n > max) throw new UsageError(`${name} must be a number from ${min} to ${max}, not "${v}"`);
    return n;
  };
  const asOf = opts['--as-of'];
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError(`--as-of must be YYYY-MM-DD, not "${asOf}"`);
  const keyFile = opts['--pseudonym-key-file'];
  const pseudonymKey = keyFile === undefined ? undefined : (await readFile(keyFile, 'utf8')).trim();
  if (pseudonymKey !== undefined && pseudonymKey.length < 16)
    throw new UsageError(`${keyFile}: the pseudonym key must be at least 16 characters`);
  const refresherMonths = number('--refresher-months', 1, 120);
  const passMark = number('--pass-mark', 0, 100);
  const flagBelow = number('--flag-below', 0, 1);
  const target = number('--target', 0, 100);
  const minAnswers = number('--min-answers', 1, 1e9);
  const courseFile = opts['--course'] ?? (await newestCourseJson('dist'));
  if (courseFile === null) throw new UsageError('no dist/*-course.json: run npm run build first, or give --course <file>');
  const { figures, files } = await runReport({
    inputs,
    course: await loadCourse(courseFile),
    outDir: resolve(out),
    log: (l) => console.log(l),
    pseudonymise: pseudonymise || pseudonymKey !== undefined,
    ...(pseudonymKey !== undefined ? { pseudonymKey } : {}),
    ...(asOf !== undefined ? { asOf } : {}),
    ...(refresherMonths !== undefined ? { refresherMonths } : {}),
    ...(passMark !== undefined ? { passMark } : {}),
    ...(flagBelow !== undefined ? { flagBelow } : {}),
    ...(target !== undefined ? { target: target / 100 } : {}),
    ...(minAnswers !== undefined ? { minAnswers } : {}),
  });
  const o = figures.overall;
  console.log(
    `${o.learners} learners, ${o.completed} completed, ${o.upToDate} up to date; ${figures.dataQuality.total} data-quality issue(s)`,
  );
  for (const f of files) console.log(`wrote ${f}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof NoReportError) {
      console.error('report: no report made, because none of the files could be used:');
      for (const f of err.files) console.error(`  ${f.file}: ${f.reason}`);
      process.exit(1);
    }
    console.error(`report: ${(err as Error).message}`);
    if (err instanceof UsageError) console.error('Run with --help for usage.');
    process.exit(2);
  },
);
