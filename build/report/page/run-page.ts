// Drives report.html in real Chromium as an IG officer would (files picked, report made) and measures it, for the bench and tests.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Browser } from 'playwright-core';

export interface PageRunOptions {
  /** `file:` URL of a built report.html. */
  pageUrl: string;
  /** Export paths, picked through the page's file input in this order. */
  files: string[];
  asOf: string;
  passMark?: number;
  /** How long the page may take to make the report. @default 600000 */
  timeoutMs?: number;
}

export interface PageRun {
  /** From pressing "Make the report" to the report shown. */
  seconds: number;
  /** Highest `JSHeapUsedSize` the DevTools protocol reported, sampled every 100 ms while the page worked. */
  peakHeapMb: number;
  /** Highest resident memory of any renderer process (the kernel's VmHWM), when /proc shows it. */
  peakRendererRssMb: number | null;
  /** Every state the progress bar went through while the report was made: shown or not, and its value. */
  progress: { hidden: boolean; value: number; label: string }[];
  /** The longest task that kept the page from answering input or painting (Long Tasks API), in ms. */
  longestTaskMs: number;
  /** The status line when the report was ready. */
  status: string;
  /** figures.json as the page saved it. */
  figuresJson: string;
}

/** Watches the progress bar and long tasks from before the page's own script runs (init scripts are not subject to its CSP). */
const OBSERVERS = `
window.__progress = [];
window.__longest = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
}).observe({ type: 'longtask', buffered: true });
document.addEventListener('DOMContentLoaded', () => {
  const bar = document.getElementById('progress');
  const record = () => {
    const label = (bar.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    const last = window.__progress[window.__progress.length - 1];
    const state = { hidden: bar.hidden, value: bar.value, label };
    if (!last || last.hidden !== state.hidden || last.value !== state.value) window.__progress.push(state);
  };
  new MutationObserver(record).observe(bar, { attributes: true });
  // The value property does not always reflect into an attribute: sample it as the status text changes too.
  new MutationObserver(record).observe(document.getElementById('status'), { childList: true, characterData: true, subtree: true });
});
`;

/** The peak resident memory of Chromium's renderer processes, from /proc (Linux); null where it cannot be read. */
async function rendererPeakMb(browser: Browser): Promise<number | null> {
  try {
    const cdp = await browser.newBrowserCDPSession();
    const info = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
    await cdp.detach();
    let peak = 0;
    for (const p of info.processInfo.filter((x) => x.type === 'renderer')) {
      const status = await readFile(`/proc/${p.id}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, kb);
    }
    return peak > 0 ? Math.round(peak / 1024) : null;
  } catch {
    return null;
  }
}

/** Opens the page in a fresh context (its CSP on), makes the report from `files` and saves figures.json. */
export async function runReportPage(browser: Browser, o: PageRunOptions): Promise<PageRun> {
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    const page = await context.newPage();
    await page.addInitScript(OBSERVERS);
    await page.goto(o.pageUrl, { waitUntil: 'load' });
    await page.setInputFiles('#files', o.files);
    await page.fill('#as-of', o.asOf);
    if (o.passMark !== undefined) await page.fill('#pass-mark', String(o.passMark));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    let peakHeap = 0;
    let sampling = true;
    const sample = async (): Promise<void> => {
      while (sampling) {
        const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
        peakHeap = Math.max(peakHeap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const sampler = sample();
    const t0 = performance.now();
    await page.click('#run');
    await page.locator('#output').waitFor({ state: 'visible', timeout: o.timeoutMs ?? 600_000 });
    const seconds = (performance.now() - t0) / 1000;
    sampling = false;
    await sampler;
    const seen = (await page.evaluate(() => {
      const w = window as unknown as { __progress: PageRun['progress']; __longest: number };
      return { progress: w.__progress, longest: w.__longest };
    })) as { progress: PageRun['progress']; longest: number };
    const status = (await page.locator('#status').textContent()) ?? '';
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-figures-json')]);
    const figuresJson = await readFile((await download.path()) ?? '', 'utf8');
    return {
      seconds,
      peakHeapMb: Math.round(peakHeap / 1048576),
      peakRendererRssMb: await rendererPeakMb(browser),
      progress: seen.progress,
      longestTaskMs: Math.round(seen.longest),
      status,
      figuresJson,
    };
  } finally {
    await context.close();
  }
}

/** The command's figures.json as the page would write it: the page names each file by its name, the command by its path. */
export function asPageNames(commandText: string, files: string[]): string {
  let text = commandText;
  for (const f of files) text = text.split(JSON.stringify(f).slice(1, -1)).join(basename(f));
  return text;
}
