// `npm run content-report`: prints the content report for course/ (issue 5); `--json` prints the JSON the build writes.
import { CourseError } from '../content/diagnostics.ts';
import { loadCourse } from '../content/load.ts';
import { contentReport, formatContentReport } from '../content-report/content-report.ts';
import { parseArgs } from './args.ts';

const USAGE = 'usage: npm run content-report -- [--course <folder>] [--json]';

function main(): number {
  const { options } = parseArgs(process.argv.slice(2), ['json', 'help']);
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const courseDir = typeof options.course === 'string' ? options.course : 'course';
  try {
    const { course, coverage } = loadCourse(courseDir);
    const report = contentReport(course, coverage);
    process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatContentReport(report));
    return 0;
  } catch (e) {
    if (e instanceof CourseError) {
      console.error(`\n${e.message}\n\nFix these before the content report can be made.`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = main();
