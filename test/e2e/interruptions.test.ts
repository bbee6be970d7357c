// Real Chromium: seeded random walks through each built zip, each interrupted at a random moment by one of four
// ends (the course frame removed, the tab navigated away, the tab closed, the browser killed), then relaunched with
// what the LMS stored, which is compared with what the learner had done.
//
// What is guaranteed, and asserted exactly:
// - Commit: every step taken before the last save the LMS stored is in what it stored. The harness saves
//   synchronously, so a save stored after a step's tick() was sent after that step's click had been handled.
// - Unload: when the Terminate (or the commit on hiding) of the unload reached the LMS, everything the learner did
//   is in it. An unload save is best-effort (SCORM.md: Chromium blocks synchronous saves then; a killed browser
//   makes none), so where none arrived only the commit guarantee holds; while the browser lives (a removed frame)
//   the Terminate must arrive.
// "Stored" means: the stored suspend data decodes to the learner's progress (pages seen, bookmark, knowledge-check
// and assessment answers, score) as it stood after some step at or after the last guaranteed one, and the stored
// score and status agree with it. A session breaking that is "lost".
//
// `npm test` runs 4 sessions per target (one of each end); INTERRUPTIONS=200 npx vitest run test/e2e/interruptions.test.ts runs more.

import { appendFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { chromium, type Browser, type BrowserServer, type Page } from 'playwright-core';
import type { Course } from '../../src/model/course.ts';
import { isPassed } from '../../src/model/completion.ts';
import type { Progress } from '../../src/model/progress.ts';
import { launchDataFrom } from '../../src/preview/relaunch.ts';
import { decodeProgress } from '../../src/runtime/suspend-codec.ts';
import { currentIndex, stops } from '../../src/ui/route.ts';
import { CHROMIUM_ARGS } from '../../build/bench/chromium.ts';
import { seeded } from '../runtime/learner.ts';
import { lmsState, tick, useLmsSite, type StoredSave, type Version } from './lms-harness.ts';
import { RandomLearner, screen } from './random-learner.ts';

const SESSIONS = Number(process.env.INTERRUPTIONS ?? 4);
const KINDS = ['frame removed', 'navigated away', 'tab closed', 'browser killed'] as const;
type Kind = (typeof KINDS)[number];

const site = useLmsSite();

/** The parts of Progress the LMS must keep, in a form two equal states share (empty unchecked answers dropped). */
function facets(p: Progress): string {
  const answers = (a: Progress['checks']) =>
    Object.entries(a)
      .filter(([, v]) => v.selected.length > 0 || v.checked)
      .map(([id, v]) => [id, [...v.selected].sort().join(), v.checked, v.tries ?? 0])
      .sort((x, y) => String(x[0]).localeCompare(String(y[0])));
  const a = p.assessment;
  return JSON.stringify({
    location: p.location,
    seen: [...p.seen].sort(),
    checks: answers(p.checks),
    assessment: a && { number: a.number, drawn: a.drawn, answers: answers(a.answers), score: a.score, current: a.current ?? 0 },
    bestScore: p.bestScore,
    passedScore: p.passedScore,
    reread: [...p.reread].sort(),
  });
}

/** The stored score and status, as the LMS has them. */
function recorded(version: Version, cmi: Record<string, unknown>): { score: string; passed: boolean } {
  const core = (cmi.core ?? {}) as Record<string, unknown>;
  const score = (version === 'scorm12' ? core.score : cmi.score) as Record<string, unknown> | undefined;
  const status = version === 'scorm12' ? core.lesson_status : cmi.success_status;
  return { score: String(score?.raw ?? ''), passed: status === 'passed' };
}

async function waitForSave(session: string, kind: StoredSave['kind'], ms: number): Promise<boolean> {
  for (let t = 0; t < ms; t += 50) {
    if (site.saves(session).some((s) => s.kind === kind)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/** The browser a "browser killed" session runs in: its own process, so killing it leaves the shared one. */
let killable: BrowserServer | null = null;

async function browserFor(kind: Kind): Promise<Browser> {
  if (kind !== 'browser killed') return site.browser;
  killable = await chromium.launchServer({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return chromium.connect(killable.wsEndpoint());
}

async function interrupt(kind: Kind, page: Page, session: string, version: Version): Promise<string[]> {
  switch (kind) {
    case 'frame removed': {
      await page.evaluate(() => document.getElementById('sco')!.remove());
      await waitForSave(session, 'terminate', 3000);
      const s = await lmsState(page);
      await page.close();
      const ends = s.calls.filter((c) => c === (version === 'scorm12' ? 'LMSFinish' : 'Terminate')).length;
      return [...s.violations, ...(ends === 1 ? [] : [`${ends} Terminate calls`])];
    }
    case 'navigated away':
      await page.goto('about:blank');
      await waitForSave(session, 'terminate', 1500);
      await page.close();
      return [];
    case 'tab closed':
      // As a learner closes a tab: the page's unload handlers run (Playwright's default close skips them).
      await page.close({ runBeforeUnload: true });
      await waitForSave(session, 'terminate', 1500);
      return [];
    case 'browser killed': {
      const gone = new Promise((r) => page.context().browser()!.once('disconnected', r));
      killable?.process().kill('SIGKILL');
      await gone;
      return [];
    }
  }
}

function expectedScreen(course: Course, p: Progress): { heading: string; ticked: Record<string, string> } | null {
  const stop = stops(course)[currentIndex(course, p, course.assessment.passMark)]!;
  if (stop.kind === 'page') return { heading: stop.module.pages[stop.pageIndex]!.title, ticked: {} };
  if (stop.kind !== 'check') return null;
  const ticked: Record<string, string> = {};
  for (const q of stop.module.check) ticked[q.id] = [...(p.checks[q.id]?.selected ?? [])].sort().join();
  return { heading: 'Knowledge check', ticked };
}

describe.each(['scorm12', 'scorm2004'] as const)('%s zip in Chromium', (version) => {
  test(
    `${SESSIONS} seeded walks interrupted at random (frame removed, navigated away, tab closed, browser killed): nothing the LMS acknowledged is lost`,
    async () => {
      const { course } = site;
      const figures = new Map<Kind, { sessions: number; unloadSaved: number; lost: number }>(
        KINDS.map((k) => [k, { sessions: 0, unloadSaved: 0, lost: 0 }]),
      );
      const problems: string[] = [];
      let steps = 0;
      let unsaved = 0;
      for (let n = 0; n < SESSIONS; n++) {
        const seed = (version === 'scorm12' ? 12_000 : 20_040) + n;
        const rand = seeded(seed);
        const kind = KINDS[n % KINDS.length]!;
        const session = `${version}-${seed}`;
        const page = await (await browserFor(kind)).newPage();
        const taken: { seq: number; p: Progress; what: string }[] = [];
        const count = 1 + Math.floor(rand() * 30);
        let violations: string[];
        try {
          const frame = await site.launch(page, version, launchDataFrom(version, null), session);
          const learner = new RandomLearner(frame, course, rand);
          taken.push({ seq: tick(), p: structuredClone(learner.p), what: 'launch' });
          for (let i = 0; i < count; i++) {
            const what = await learner.step();
            taken.push({ seq: tick(), p: structuredClone(learner.p), what });
          }
          await page.waitForTimeout(Math.floor(rand() * 400));
          violations = await interrupt(kind, page, session, version);
        } catch (e) {
          // The walk itself went wrong (not the course's saving): said, and the series goes on.
          problems.push(`${kind}, seed ${seed}: the walk failed: ${(e as Error).message.split('\n')[0]}`);
          await page.close().catch(() => {});
          await killable?.close().catch(() => {});
          continue;
        }

        const saves = site.saves(session);
        const stored = saves[saves.length - 1];
        const where = `${kind}, seed ${seed}, ${count} steps (last: ${taken[taken.length - 1]!.what})`;
        const f = figures.get(kind)!;
        f.sessions++;
        if (saves.some((s) => s.kind === 'terminate')) f.unloadSaved++;
        steps += count;
        problems.push(...violations.map((v) => `${where}: ${v}`), ...(stored?.violations ?? []).map((v) => `${where}: ${v}`));
        if (kind === 'frame removed' && !saves.some((s) => s.kind === 'terminate')) problems.push(`${where}: no Terminate save`);
        if (!stored) {
          problems.push(`${where}: the LMS stored nothing`);
          f.lost++;
          continue;
        }
        // The last step the stored save is guaranteed to hold (an unload save comes after every step); any step after
        // it may or may not be in it.
        const guaranteed = taken.filter((t) => t.seq < stored.seq).length - 1;
        unsaved += taken.length - 1 - guaranteed;
        const cmi = stored.cmi;
        const d = decodeProgress(course, String(cmi.suspend_data ?? ''));
        const match = taken.findIndex((t, i) => i >= guaranteed && facets(t.p) === facets(d));
        const lms = recorded(version, cmi);
        const score = d.bestScore === null ? '' : String(d.bestScore);
        const wrong: string[] = [];
        if (match < 0) wrong.push(`stored ${facets(d)}, learner after step ${guaranteed}: ${facets(taken[guaranteed]!.p)}`);
        if (lms.score !== score || lms.passed !== (isPassed(d, course.assessment.passMark) === true))
          wrong.push(`stored score ${lms.score} passed ${lms.passed}, progress best score ${score}`);

        // Relaunch (in the new browser after a kill) with what the LMS stored: the course resumes at that place.
        const next = await site.browser.newPage();
        const resumed = await site.launch(next, version, launchDataFrom(version, cmi), `${session}-relaunch`);
        const want = expectedScreen(course, d);
        if (want) {
          const got = await screen(resumed);
          if (JSON.stringify(got) !== JSON.stringify(want))
            wrong.push(`relaunched at ${JSON.stringify(got)}, stored ${JSON.stringify(want)}`);
        }
        // The relaunch's first save carries what the LMS found wrong with its Initialize and reads.
        problems.push(...site.saves(`${session}-relaunch`).flatMap((s) => s.violations.map((v) => `${where}, relaunch: ${v}`)));
        await next.close();
        if (wrong.length > 0) {
          f.lost++;
          problems.push(...wrong.map((w) => `${where}: ${w}`));
        }
        // A long series can be watched as it goes.
        if (process.env.INTERRUPTIONS_LOG)
          appendFileSync(process.env.INTERRUPTIONS_LOG, `${where}: ${wrong.length > 0 ? 'LOST' : 'kept'}\n`);
      }
      const lost = [...figures.values()].reduce((n, f) => n + f.lost, 0);
      console.log(
        `${version}: ${SESSIONS} sessions, ${steps} steps (${unsaved} after the last guaranteed save); ` +
          [...figures].map(([k, f]) => `${k} ${f.sessions} (unload save stored in ${f.unloadSaved})`).join(', ') +
          `; lost ${lost}`,
      );
      expect(problems).toEqual([]);
      expect(lost).toBe(0);
    },
    60_000 + SESSIONS * 120_000,
  );
});
