// `npm run bench`: prints the project's performance figures (build times, sizes, resume data, runtime traffic, report).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scaledShape, writeSyntheticCourse } from '../bench/synthetic-course.ts';
import { writeSyntheticEditions } from '../bench/synthetic-editions.ts';
import { playerSize } from '../bench/player-size.ts';
import { timePlayer } from '../bench/player-timing.ts';
import { buildCourse } from '../pipeline.ts';
import { worstCaseSuspendSize } from '../../src/runtime/suspend-codec.ts';
import { BEACON_LIMIT, MAX_RECORDED_ATTEMPTS, SAVE_BUDGET, worstCaseBeaconSize, worstCaseSaveSize } from '../../src/runtime/save-size.ts';
import { scriptedRunStats } from '../../src/preview/scripted-run.ts';
import { syntheticCourse } from '../../src/preview/synthetic-course.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function table(title: string, rows: [string, string, string][]): void {
  console.log(`\n${title}`);
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  for (const [a, b, c] of rows) console.log(`  ${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
}

async function timedBuild(
  courseDir: string,
  outDir: string,
  editions: readonly string[] = ['generic'],
): Promise<{ ms: number; result: Awaited<ReturnType<typeof buildCourse>> }> {
  const started = performance.now();
  const result = await buildCourse({ courseDir, outDir, editions });
  return { ms: performance.now() - started, result };
}

const work = mkdtempSync(path.join(os.tmpdir(), 'maisp-bench-'));
try {
  // Warm-up: the first Vite build in a process pays for loading Vite and its plugins.
  await buildCourse({ courseDir: 'course', outDir: path.join(work, 'warm'), editions: ['generic'] });
  const real = await timedBuild('course', path.join(work, 'real'));
  const course = real.result.course;

  // Editions: this course with 30 complete synthetic editions; one of them alone, then all 30 in one build.
  const editionsCourse = path.join(work, 'editions-course');
  cpSync('course', editionsCourse, { recursive: true });
  rmSync(path.join(editionsCourse, 'editions'), { recursive: true, force: true });
  const ids = writeSyntheticEditions(path.join(editionsCourse, 'editions'), 30);
  const oneEdition = await timedBuild(editionsCourse, path.join(work, 'editions-1'), ids.slice(0, 1));
  const thirtyEditions = await timedBuild(editionsCourse, path.join(work, 'editions-30'), ids);

  // Sizes from a publishable edition's zips (the generic edition is a draft, whose zip adds draft.css).
  const zip12 = oneEdition.result.zips.find((z) => z.target === 'scorm12');
  const zip2004 = oneEdition.result.zips.find((z) => z.target === 'scorm2004');
  const sizes = zip12 ? playerSize(zip12.file) : { playerGzip: 0, courseGzip: 0 };

  const dims = {
    modules: course.modules.length,
    pages: course.modules.reduce((n, m) => n + m.pages.length, 0),
    checks: course.modules.reduce((n, m) => n + m.check.length, 0),
    bank: course.assessment.bank.length,
    draw: course.assessment.draw,
  };
  const synthetic: [string, number][] = [];
  for (const factor of [1, 10, 100]) {
    const dir = path.join(work, `synthetic-${factor}`);
    writeSyntheticCourse(dir, scaledShape(dims, factor), 'course');
    const { ms } = await timedBuild(dir, path.join(work, `out-${factor}`));
    synthetic.push([`synthetic ${factor}x (${dims.pages * factor} pages, ${(dims.checks + dims.bank) * factor} questions; 2004 zip)`, ms]);
  }
  const base = synthetic[0]?.[1] ?? 1;

  table('Build (both zips, 2-core machine)', [
    [`this course (${dims.modules} modules, ${dims.pages} pages)`, s(real.ms), 'target <= 3 s'],
    ...synthetic.map(([name, ms]): [string, string, string] => [
      name,
      s(ms),
      `${(ms / base).toFixed(1)}x the 1x time (target 100x <= 12x)`,
    ]),
  ]);
  table('Editions (this course; the player is built once per SCORM target, each edition packaged with it)', [
    ['one edition (2 zips)', s(oneEdition.ms), ''],
    [
      `30 editions (${thirtyEditions.result.zips.length} zips)`,
      s(thirtyEditions.ms),
      `${(thirtyEditions.ms / oneEdition.ms).toFixed(1)}x the one-edition time (target well under 3x)`,
    ],
  ]);
  table('Sizes (a publishable edition)', [
    ['SCORM 1.2 zip', kb(zip12?.bytes ?? 0), 'target <= 120 KB without images'],
    ['SCORM 2004 zip', kb(zip2004?.bytes ?? 0), ''],
    [
      'player JS + CSS, gzip, without course',
      `${sizes.playerGzip.toLocaleString('en-GB')} B`,
      `budget <= 31 KB (31,744 B)${sizes.playerGzip > 31_744 ? ' OVER' : ''}: raised from 20 KB for shuffle, blueprint, record code, LMS fault handling, then from 24 KB for module opening screens, the GOV.UK error summary, select-all marks, API re-discovery and the design tokens, then from 26 KB for one question at a time with check your answers, a failed review without an answer key, the re-read rule, the knowledge-check hint, what is left after a pass and the critical-decision gate, then from 28 KB for resume data restored part by part, the notices for failed LMS reads and lost parts, and bounded LMS counts, then from 29 KB for course paths (each path's start screen, the test-out route and its record) beside learner experience 3 (one module numbering, page titles, welcome back, Escape, the print button)`,
    ],
    ['course content chunk, gzip', kb(sizes.courseGzip), ''],
  ]);

  // Each path's zip carries its own model (course.yaml paths:); the test-out route adds a few characters.
  const first = real.result.editions.find((e) => e.ok);
  const paths = first?.ok ? first.paths.filter((c) => c.path !== null) : [];
  table('Resume data (suspend_data), worst case', [
    ['this course', `${worstCaseSuspendSize(course)} chars`, 'target <= 512'],
    ...paths.map((c): [string, string, string] => [
      `path ${c.path?.id} (test-out route included)`,
      `${worstCaseSuspendSize(c)} chars`,
      'target <= 512',
    ]),
    [
      'synthetic 1,000 pages + 500 questions (draw 50)',
      `${worstCaseSuspendSize(syntheticCourse())} chars`,
      'target <= 4,096 (SCORM 1.2 limit)',
    ],
  ]);
  // Moodle re-sends everything the attempt holds on every save; at unload as a beacon, refused over 64 KB.
  const attempts = course.assessment.recordedAttempts ?? 1;
  table('SCORM 1.2 or 2004 save as Moodle posts it, worst case (the larger of the two; every page seen, the longest answers)', [
    [
      `this course (${attempts} recorded attempts of ${course.assessment.draw} questions, one record per question per attempt; knowledge checks are not reported)`,
      `${worstCaseSaveSize(course).toLocaleString('en-GB')} B`,
      'goal <= 24 KB (24,576 B), as the urlencoded post of an ordinary save',
    ],
    ...paths.map((c): [string, string, string] => [
      `path ${c.path?.id} (${c.assessment.recordedAttempts ?? 1} recorded attempts of ${c.assessment.draw} questions)`,
      `${worstCaseSaveSize(c).toLocaleString('en-GB')} B; beacon ${worstCaseBeaconSize(c).toLocaleString('en-GB')} B`,
      `beacon within ${SAVE_BUDGET.toLocaleString('en-GB')} B`,
    ]),
    [
      'the same save as Moodle sends it at unload (multipart beacon)',
      `${worstCaseBeaconSize(course).toLocaleString('en-GB')} B`,
      `Chromium refuses beacons over ${BEACON_LIMIT.toLocaleString('en-GB')} B in all for one unload; only Terminate is sent then`,
    ],
    [
      'attempts whose answers the LMS record holds (recordedAttempts: the attempts before the last as they come, the passing one always)',
      String(attempts),
      `the most, up to ${MAX_RECORDED_ATTEMPTS}, whose worst-case beacon stays within ${SAVE_BUDGET.toLocaleString('en-GB')} B`,
    ],
  ]);
  if (zip2004) {
    const timing = await timePlayer(zip2004.file);
    table('Player in headless Chromium (SCORM 2004 zip, standalone)', [
      [
        `first contentful paint after launch (median of ${timing.launches})`,
        `${timing.firstContentfulPaint.toFixed(0)} ms`,
        'target <= 100 ms',
      ],
      [
        'first course screen in the page (same launches)',
        `${timing.firstScreen.toFixed(0)} ms`,
        'scripts run, course parsed, shell rendered',
      ],
      [`script time of a page change (median of ${timing.pageChanges})`, `${timing.pageChangeScript.toFixed(1)} ms`, 'target <= 16 ms'],
    ]);
  }

  const runs = (['scorm12', 'scorm2004'] as const).map((target) => ({ target, stats: scriptedRunStats(course, target) }));
  table('Scripted full run against scorm-again (one learner step every 2 s, virtual clock)', [
    ...runs.map(({ target, stats }): [string, string, string] => [
      target,
      `${stats.apiCalls} API calls`,
      `${stats.commits} commits over ${stats.steps} steps; final status ${stats.finalStatus}, suspend_data ${stats.finalSuspendDataLength} chars`,
    ]),
  ]);
} finally {
  rmSync(work, { recursive: true, force: true });
}

// The report benchmark measures its process's peak memory, so it runs in a process of its own.
console.log('\nCompletion report (npm run report, then report.html in Chromium)');
execFileSync(process.execPath, ['--import', 'tsx', 'build/cli/report-bench.ts'], { stdio: 'inherit' });
