// The completion-report benchmark on its own: run in a separate process by `npm run bench`, so its peak memory is its own.
import { runReportBench } from '../report/bench.ts';

await runReportBench();
