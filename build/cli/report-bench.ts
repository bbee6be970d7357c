// The completion-report benchmark on its own: run in a separate process by `npm run bench`, so its peak memory is its own.
// Then the same exports through report.html in Chromium (`--no-page` leaves that out). `--learners N` scales both.
import { runReportBench } from '../report/bench.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--learners');
const learners = at >= 0 ? Number(args[at + 1]) : 100_000;
if (!Number.isInteger(learners) || learners < 1) {
  console.error('report-bench: --learners needs a whole number');
  process.exit(2);
}
await runReportBench({ learners, interactions: learners * 20 }, console.log, { page: !args.includes('--no-page') });
