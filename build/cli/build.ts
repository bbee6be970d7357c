// `npm run build`: checks course/ and writes every edition's SCORM zips; `--check` only checks. Exit code 1 on any error.
import { moduleCount } from '../../src/model/numbering.ts';
import path from 'node:path';
import { CourseError, formatDiagnostic, type Diagnostic } from '../content/diagnostics.ts';
import { UnknownEditionError } from '../content/editions.ts';
import { loadCourse } from '../content/load.ts';
import { PackageError } from '../package/index.ts';
import { buildCourse, EditionBuildError, type BuildResult } from '../pipeline.ts';
import { parseArgs } from './args.ts';

const USAGE =
  'usage: npm run build -- [--edition <id>]... [--draft] [--course <folder>] [--out <folder>] [--check]\n' +
  '  --edition <id>  build only this edition (repeat for more); "generic" is course.yaml alone\n' +
  '  --draft         build editions whose required contacts are empty, each marked as a draft on every page';

/** Warnings go to stderr, each with its file:line:column and fix, like errors; they do not stop the build. */
function printWarnings(warnings: Diagnostic[]): void {
  if (warnings.length === 0) return;
  console.warn(`The course has ${warnings.length} warning${warnings.length === 1 ? '' : 's'}:\n`);
  for (const w of warnings) console.warn(`warning: ${formatDiagnostic(w)}\n`);
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  // --edition may be given more than once; parseArgs keeps the last, so collect them first.
  const editions = argv.flatMap((arg, i) =>
    arg === '--edition' && argv[i + 1] && !argv[i + 1]?.startsWith('--') ? [argv[i + 1] ?? ''] : [],
  );
  const { options } = parseArgs(argv, ['check', 'help', 'draft']);
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const courseDir = typeof options.course === 'string' ? options.course : 'course';
  const outDir = typeof options.out === 'string' ? options.out : 'dist';
  try {
    if (options.check) {
      const { course, warnings } = loadCourse(courseDir);
      printWarnings(warnings);
      const questions = course.modules.reduce((n, m) => n + m.check.length, 0);
      console.log(
        `${course.title} ${course.version}: ${moduleCount(course.modules)} modules${course.modules.length > moduleCount(course.modules) ? ` (and ${course.modules.length - moduleCount(course.modules)} not counted, e.g. an introduction)` : ''}, ${course.modules.reduce((n, m) => n + m.pages.length, 0)} pages, ${questions} knowledge-check questions, ${course.assessment.bank.length} in the assessment bank. No errors.`,
      );
      return 0;
    }
    const started = performance.now();
    try {
      report(await buildCourse({ courseDir, outDir, editions, draft: options.draft === true }), started);
      return 0;
    } catch (e) {
      if (!(e instanceof EditionBuildError)) throw e;
      report(e.result, started);
      return 1;
    }
  } catch (e) {
    if (e instanceof CourseError || e instanceof PackageError) {
      console.error(`\n${e.message}\n\nNo zip was written (and no older zip of the editions asked for was left in ${outDir}/).`);
      return 1;
    }
    if (e instanceof UnknownEditionError) {
      console.error(`build: ${e.message}`);
      return 1;
    }
    // A failure the checks did not foresee: still a message, never a stack trace (which MAISP_DEBUG=1 shows).
    const error = e instanceof Error ? e : new Error(String(e));
    console.error(
      `\nThe build stopped: ${error.message}\n\nNo zip was written (and no older zip of the editions asked for was left in ${outDir}/). ` +
        'If the message names a file in the course, check that file; otherwise run the build again with MAISP_DEBUG=1 and report what it prints.',
    );
    if (process.env.MAISP_DEBUG) console.error(error.stack);
    return 1;
  }
}

function report(result: BuildResult, started: number): void {
  printWarnings(result.warnings);
  const built = result.editions.filter((e) => e.ok);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Built ${result.course.title} ${result.course.version}, ${built.length} of ${result.editions.length} editions, in ${seconds} s:`,
  );
  const row = (file: string, bytes: number, note: string) =>
    console.log(`  ${path.relative(process.cwd(), file).padEnd(60)} ${(bytes / 1024).toFixed(1).padStart(8)} KB  ${note}`);
  for (const edition of result.editions) {
    if (!edition.ok) continue;
    for (const z of edition.zips) row(z.file, z.bytes, `${z.files} files${edition.draftNote ? '  DRAFT' : ''}`);
    if (edition.draftNote) console.log(`    DRAFT (marked on every page): ${edition.draftNote}`);
    for (const w of edition.warnings) console.log(`      ${w.file}:${w.line}:${w.column}: ${w.message}`);
  }
  for (const w of result.written) row(w.file, w.bytes, w.note);
  // The minutes each path states on its start screen: words at 200 a minute, a minute per question.
  for (const p of result.course.paths)
    console.log(
      `  path ${p.id.padEnd(12)} about ${String(p.minutes).padStart(3)} minutes, ${p.modules.length} modules${p.testOut ? ', test-out offered' : ''}: ${p.title}`,
    );
  for (const edition of result.editions) {
    if (edition.ok) continue;
    const removed =
      edition.removed.length > 0
        ? ` Its older zips were removed: ${edition.removed.map((f) => path.relative(process.cwd(), f)).join(', ')}.`
        : '';
    console.error(`\nEdition "${edition.id}" was NOT built.${removed}\n\n${edition.error.message}`);
  }
}

process.exitCode = await main();
