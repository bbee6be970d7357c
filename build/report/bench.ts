// Benchmark for `npm run bench`: a synthetic export of many learners and interaction rows, reported end to end.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCourse, type Course, type Question } from '../../src/model/course.ts';
import { runReport } from './run-report.ts';

export interface SyntheticSize {
  learners: number;
  interactions: number;
}

export interface SyntheticExport {
  course: Course;
  /** Moodle 4.x basic report download (tab-separated), agency in the Institution column. */
  basicFile: string;
  /** Generic interactions CSV, one answer per row. */
  interactionsFile: string;
}

/** A small deterministic PRNG (mulberry32) so every bench run reads the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticCourse(): Course {
  const q = (id: string, objective: string): Question => ({
    id,
    kind: 'single',
    prompt: `Question ${id}?`,
    text: `Question ${id}?`,
    explanation: '',
    references: ['¶1'],
    objectives: [objective],
    options: [
      { id: 'a', html: 'A', correct: true, feedback: '' },
      { id: 'b', html: 'B', correct: false, feedback: '' },
    ],
  });
  const modules = Array.from({ length: 8 }, (_, m) => ({
    id: `m${m}`,
    title: `Module ${m}`,
    minutes: 10,
    objectives: [{ id: `m${m}-o`, text: 'Objective' }],
    pages: [{ id: `m${m}-p`, title: 'Page', html: '<p>x</p>' }],
    check: [0, 1, 2].map((i) => q(`m${m}-q${i}`, `m${m}-o`)),
  }));
  return defineCourse({
    id: 'bench',
    title: 'Bench course',
    version: '1.0.0',
    branding: { organisation: 'Bench', logo: null, logoAlt: '', colour: '#1d4f91' },
    modules,
    assessment: {
      id: 'final',
      title: 'Final',
      intro: '',
      draw: 10,
      passMark: 80,
      attempts: 0,
      bank: Array.from({ length: 20 }, (_, i) => q(`f-q${i}`, `m${i % 8}-o`)),
    },
  });
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Moodle's English `userdate()` text, as in its report downloads. */
function userdate(d: Date): string {
  const h = d.getUTCHours() % 12 || 12;
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${h}:${String(d.getUTCMinutes()).padStart(2, '0')} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;
}

/** Writes lines in batches, waiting when the stream asks, so memory stays flat whatever the size. */
async function writeLines(file: string, header: string, count: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(file);
  out.write(header);
  let batch: string[] = [];
  for (let i = 0; i < count; i++) {
    batch.push(line(i));
    if (batch.length === 5000) {
      if (!out.write(batch.join(''))) await once(out, 'drain');
      batch = [];
    }
  }
  out.end(batch.join(''));
  await once(out, 'finish');
}

/** Writes a synthetic Moodle basic report, a generic interactions CSV and the course JSON into `dir`. */
export async function generateSyntheticExport(dir: string, size: SyntheticSize): Promise<SyntheticExport> {
  const course = syntheticCourse();
  await writeFile(join(dir, 'bench-1.0.0-course.json'), JSON.stringify(course));
  const rand = prng(42);
  const agencies = ['Surrey Police', 'Surrey NHS', 'Surrey County Council', 'District Council'];
  const depts = ['Admin', 'Front line', 'Management', 'IT', 'Legal'];
  const basicFile = join(dir, 'moodle-basic.txt');
  const start = Date.UTC(2023, 0, 1);
  await writeLines(
    basicFile,
    'Name\tID number\tEmail address\tDepartment\tInstitution\tAttempt\tStarted on\tLast accessed on\tScore\tBench course\n',
    size.learners,
    (i) => {
      const id = `E${String(i).padStart(7, '0')}`;
      const who = `Learner ${i}\t${id}\tlearner${i}@example.org\t${depts[i % depts.length]}\t${agencies[i % agencies.length]}`;
      if (rand() < 0.12) return `${who}\t-\t-\t-\t-\tNot attempted\n`;
      const when = new Date(start + Math.floor(rand() * 900) * 86400000 + Math.floor(rand() * 36000) * 1000 + 8 * 3600000);
      const score = Math.floor(40 + rand() * 61);
      return `${who}\t1\t${userdate(when)}\t${userdate(when)}\t${score}\t${score}/100\n`;
    },
  );
  const ids = [
    ...course.modules.flatMap((m) => m.check.map((q) => `${m.id}.${q.id}`)),
    ...course.assessment.bank.map((q) => `final.${q.id}`),
  ];
  const perLearner = Math.max(1, Math.ceil(size.interactions / size.learners));
  const interactionsFile = join(dir, 'interactions.csv');
  await writeLines(interactionsFile, 'learner_id,interaction_id,result,agency\n', size.interactions, (i) => {
    const learner = Math.floor(i / perLearner);
    const n = i % perLearner;
    const qid = ids[n % ids.length] ?? 'm0.m0-q0';
    const attempt = 1 + Math.floor(n / ids.length);
    return `E${String(learner).padStart(7, '0')},${qid}.${attempt},${rand() < 0.75 ? 'correct' : 'wrong'},${agencies[learner % agencies.length]}\n`;
  });
  return { course, basicFile, interactionsFile };
}

export interface BenchResult {
  learners: number;
  interactions: number;
  seconds: number;
  peakRssMb: number;
  /** The same exports through report.html in Chromium, when asked for. */
  page?: { seconds: number; peakHeapMb: number; peakRendererRssMb: number | null; longestTaskMs: number; sameFigures: boolean };
}

const mb = (n: number | null): string => (n === null ? 'n/a' : `${n.toLocaleString('en-GB')} MB`);

/**
 * Generates 100,000 learners and 2,000,000 interaction rows (by default), runs the report over them,
 * prints one line with the time and peak memory against the targets (≤ 60 s, ≤ 1 GB), and cleans up.
 * With `page`, the same files then go through report.html in real Chromium and a second line gives its time,
 * peak JS heap and renderer memory, its longest task, and whether its figures.json equals the command's.
 */
export async function runReportBench(
  size: SyntheticSize = { learners: 100_000, interactions: 2_000_000 },
  print: (line: string) => void = console.log,
  options: { page?: boolean } = {},
): Promise<BenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'maisp-report-bench-'));
  try {
    const gen = await generateSyntheticExport(dir, size);
    const baseline = process.memoryUsage().rss;
    const maxBefore = process.resourceUsage().maxRSS * 1024;
    let peak = baseline;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 50);
    const t0 = performance.now();
    const files = [gen.basicFile, gen.interactionsFile];
    const asOf = '2025-06-30';
    const { figures } = await runReport({ inputs: files.map((file) => ({ file })), course: gen.course, outDir: join(dir, 'out'), asOf });
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    // The kernel's lifetime maximum is exact; it belongs to this run when it grew during it.
    const maxAfter = process.resourceUsage().maxRSS * 1024;
    if (maxAfter > maxBefore) peak = Math.max(peak, maxAfter);
    const peakRssMb = Math.round(peak / 1048576);
    const rows = `${size.learners.toLocaleString('en-GB')} learners + ${size.interactions.toLocaleString('en-GB')} interaction rows`;
    print(
      `report: ${rows} -> ` +
        `${seconds.toFixed(1)} s, peak RSS ${peakRssMb} MB (process at ${Math.round(baseline / 1048576)} MB before; targets <= 60 s, <= 1024 MB); ` +
        `${figures.overall.learners.toLocaleString('en-GB')} learners reported, ${figures.dataQuality.total} data-quality issues`,
    );
    const result: BenchResult = { learners: size.learners, interactions: size.interactions, seconds, peakRssMb };
    if (!options.page) return result;
    // Loaded only now: Vite and Playwright would otherwise sit in the command's baseline memory.
    const { launchChromium } = await import('../bench/chromium.ts');
    const { reportPageHtml } = await import('./page/build-page.ts');
    const { asPageNames, runReportPage } = await import('./page/run-page.ts');
    const pagePath = join(dir, 'report.html');
    await writeFile(pagePath, await reportPageHtml(gen.course), 'utf8');
    const browser = await launchChromium();
    try {
      const run = await runReportPage(browser, { pageUrl: pathToFileURL(pagePath).href, files, asOf });
      const sameFigures = run.figuresJson === asPageNames(await readFile(join(dir, 'out', 'figures.json'), 'utf8'), files);
      const shown = run.progress.filter((p) => !p.hidden && p.value > 0 && p.value < 1).length;
      print(
        `report.html in Chromium: ${rows} -> ${run.seconds.toFixed(1)} s, peak JS heap ${mb(run.peakHeapMb)}, ` +
          `renderer peak RSS ${mb(run.peakRendererRssMb)}; longest task ${run.longestTaskMs.toLocaleString('en-GB')} ms; ` +
          `progress bar moved ${shown} times; figures.json ${sameFigures ? 'equals' : 'DIFFERS FROM'} the command's`,
      );
      result.page = {
        seconds: run.seconds,
        peakHeapMb: run.peakHeapMb,
        peakRendererRssMb: run.peakRendererRssMb,
        longestTaskMs: run.longestTaskMs,
        sameFigures,
      };
    } finally {
      await browser.close();
    }
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
