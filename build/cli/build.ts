// `npm run build`: checks course/ and writes the SCORM zips; `--check` only checks. Exit code 1 on any error.
import path from 'node:path';
import { CourseError, formatDiagnostic, type Diagnostic } from '../content/diagnostics.ts';
import { loadCourse } from '../content/load.ts';
import { PackageError } from '../package/index.ts';
import { buildCourse } from '../pipeline.ts';
import { parseArgs } from './args.ts';

const USAGE = 'usage: npm run build -- [--course <folder>] [--out <folder>] [--check]';

/** Warnings go to stderr, each with its file:line:column and fix, like errors; they do not stop the build. */
function printWarnings(warnings: Diagnostic[]): void {
  if (warnings.length === 0) return;
  console.warn(`The course has ${warnings.length} warning${warnings.length === 1 ? '' : 's'}:\n`);
  for (const w of warnings) console.warn(`warning: ${formatDiagnostic(w)}\n`);
}

async function main(): Promise<number> {
  const { options } = parseArgs(process.argv.slice(2), ['check', 'help']);
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
        `${course.title} ${course.version}: ${course.modules.length} modules, ${course.modules.reduce((n, m) => n + m.pages.length, 0)} pages, ${questions} knowledge-check questions, ${course.assessment.bank.length} in the assessment bank. No errors.`,
      );
      return 0;
    }
    const started = performance.now();
    const result = await buildCourse({ courseDir, outDir });
    printWarnings(result.warnings);
    const rows = [
      ...result.zips.map((z) => [z.file, z.bytes, `${z.files} files`] as const),
      ...result.written.map((w) => [w.file, w.bytes, w.note] as const),
    ];
    console.log(`Built ${result.course.title} ${result.course.version} in ${((performance.now() - started) / 1000).toFixed(1)} s:`);
    for (const [file, bytes, note] of rows) {
      console.log(`  ${path.relative(process.cwd(), file).padEnd(44)} ${(bytes / 1024).toFixed(1).padStart(8)} KB  ${note}`);
    }
    return 0;
  } catch (e) {
    if (e instanceof CourseError || e instanceof PackageError) {
      console.error(`\n${e.message}\n\nNo zip was written.`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = await main();
