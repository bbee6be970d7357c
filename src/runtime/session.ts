// The player's LMS session: finds the LMS, resumes, reports Progress with coalesced commits, and exits exactly once.

import type { Course } from '../model/course.ts';
import { emptyProgress, type Progress } from '../model/progress.ts';
import type { InteractionReport, LaunchData, LmsAdapter, LmsLogger, Report } from './adapter.ts';
import { findApi } from './api-discovery.ts';
import { BUILD_TARGET } from './build-target.ts';
import { scorm12 } from './cmi12.ts';
import { scorm2004 } from './cmi2004.ts';
import { CommitQueue, type SaveStatus } from './commit-queue.ts';
import { answeredQuestions, interactionFields } from './interactions.ts';
import { buildReport, effectivePassMark } from './report.ts';
import { scormCalls } from './scorm-calls.ts';
import { ScormTransport } from './scorm-transport.ts';
import { StandaloneTransport } from './standalone.ts';
import { decodeProgress } from './suspend-codec.ts';

export type { SaveStatus } from './commit-queue.ts';

export interface PlayerSession {
  readonly transport: 'scorm12' | 'scorm2004' | 'standalone';
  /** name '' when the LMS gives none. */
  readonly learner: { id: string; name: string };
  /** review/browse: statuses are never downgraded (nor reported). */
  readonly mode: 'normal' | 'review' | 'browse';
  /** Effective pass mark in percent: the LMS mastery score overrides the course's. */
  readonly passMark: number;
  /** Decoded resume state, or emptyProgress() on a first launch. */
  readonly initial: Progress;
  /** Reports location/status/score/interactions/objectives; commits are coalesced (about one a second at most). */
  update(progress: Progress): void;
  /** Final commit and Terminate/LMSFinish with the right exit; idempotent; nothing is called after it. */
  exit(): void;
  onStatus(listener: (s: SaveStatus) => void): () => void;
}

export interface SessionOptions {
  /** The player's window, where the API search starts. @default globalThis.window */
  window?: Window;
  /** Storage for the standalone transport. @default window.localStorage */
  storage?: Storage;
  /** Clock in epoch ms. @default Date.now */
  now?: () => number;
  /** Where LMS errors are logged. @default console.warn */
  log?: LmsLogger;
  /** Commit coalescing interval. @default 1000 */
  minCommitIntervalMs?: number;
  /** Timers for coalescing and retries (a virtual clock in the bench). @default setTimeout / clearTimeout */
  timers?: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
}

function defaultStorage(win: Window | undefined): Storage | null {
  try {
    return win?.localStorage ?? null;
  } catch {
    return null; // Sandboxed frames throw on localStorage access.
  }
}

function connect(
  course: Course,
  win: Window | undefined,
  storage: Storage | null,
  log: LmsLogger,
): { adapter: LmsAdapter; launch: LaunchData } {
  const found = win ? findApi(win) : null;
  if (found) {
    // Spelled out per build target so the bundler drops the other version's dialect from a package's player.
    const dialect =
      BUILD_TARGET === 'scorm12' ? scorm12 : BUILD_TARGET === 'scorm2004' ? scorm2004 : found.version === 'scorm12' ? scorm12 : scorm2004;
    const adapter = new ScormTransport(scormCalls(found), dialect, log);
    const launch = adapter.start();
    if (launch) return { adapter, launch };
    log('The LMS refused to start a session: progress is kept in this browser.');
  }
  const adapter = new StandaloneTransport(course, storage, log);
  return { adapter, launch: adapter.start() };
}

export function startSession(course: Course, options: SessionOptions = {}): PlayerSession {
  const win = options.window ?? (typeof window === 'undefined' ? undefined : window);
  const now = options.now ?? Date.now;
  const log = options.log ?? ((m: string) => console.warn(`[scorm] ${m}`));
  const { adapter, launch } = connect(course, win, options.storage ?? defaultStorage(win), log);
  const passMark = effectivePassMark(course, launch);
  const initial = launch.entry === 'ab-initio' || launch.suspendData === '' ? emptyProgress() : decodeProgress(course, launch.suspendData);
  const startedAt = now();

  // Interactions already reported in an earlier session are implied by the resumed progress (1.2 interaction ids
  // are write-only, so they cannot be read back); only new ones are appended after the LMS's count.
  const known = new Set(answeredQuestions(course, initial).map((a) => a.id));
  const interactions: InteractionReport[] = [];
  let nextInteraction = launch.interactionCount;
  const presentedAt = new Map<string, number>();
  const objectiveIds = [...launch.objectiveIds];
  const objectiveIndex = (id: string): number => {
    const i = objectiveIds.indexOf(id);
    return i >= 0 ? i : objectiveIds.push(id) - 1;
  };

  let latest = initial;
  let report: Report | null = null;
  let exited = false;
  const listeners = new Set<(s: SaveStatus) => void>();

  function notePresented(p: Progress, t: number): void {
    const check = p.location?.startsWith('check:') ? course.modules.find((m) => `check:${m.id}` === p.location) : undefined;
    for (const q of check?.check ?? []) if (!presentedAt.has(`${check!.id}.${q.id}.1`)) presentedAt.set(`${check!.id}.${q.id}.1`, t);
    const at = p.assessment;
    if (at && at.score === null)
      for (const q of at.drawn)
        if (!presentedAt.has(`${course.assessment.id}.${q}.${at.number}`)) presentedAt.set(`${course.assessment.id}.${q}.${at.number}`, t);
  }

  function collectInteractions(p: Progress, t: number): void {
    if (nextInteraction === null || launch.mode !== 'normal') return;
    for (const a of answeredQuestions(course, p)) {
      if (known.has(a.id)) continue;
      known.add(a.id);
      const shown = presentedAt.get(a.id);
      interactions.push({ ...interactionFields(a), index: nextInteraction++, at: t, latencyMs: shown === undefined ? null : t - shown });
    }
  }

  function computeReport(): Report {
    return buildReport({ course, progress: latest, launch, passMark, interactions: [...interactions], objectiveIndex });
  }

  const queue = new CommitQueue({
    flush: () => {
      adapter.write(report ?? computeReport());
      return adapter.commit();
    },
    now,
    setTimer: options.timers?.set ?? ((fn, ms) => setTimeout(fn, ms)),
    clearTimer: options.timers?.clear ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>)),
    onStatus: (s) => listeners.forEach((l) => l(s)),
    ...(options.minCommitIntervalMs !== undefined ? { minIntervalMs: options.minCommitIntervalMs } : {}),
  });

  function update(progress: Progress): void {
    if (exited) return;
    const t = now();
    latest = progress;
    notePresented(progress, t);
    collectInteractions(progress, t);
    const next = computeReport();
    if (report && JSON.stringify(next) === JSON.stringify(report)) return;
    report = next;
    queue.request();
  }

  function exit(): void {
    if (exited) return;
    exited = true;
    queue.close();
    detach();
    adapter.finish(report ?? computeReport(), now() - startedAt);
  }

  // Unload: modern Chrome blocks synchronous XHR in unload, so commit on pagehide / hidden (SCORM.md). A pagehide
  // that is not going into the back/forward cache is the end of the SCO: finish there, with exit=suspend if unfinished.
  const onPageHide = (e: Event): void => {
    if ((e as PageTransitionEvent).persisted) queue.flushNow();
    else exit();
  };
  const onVisibility = (): void => {
    if (win?.document?.visibilityState === 'hidden') queue.flushNow();
  };
  win?.addEventListener?.('pagehide', onPageHide);
  win?.document?.addEventListener?.('visibilitychange', onVisibility);
  function detach(): void {
    win?.removeEventListener?.('pagehide', onPageHide);
    win?.document?.removeEventListener?.('visibilitychange', onVisibility);
  }

  // First report at launch: sets exit=suspend and "incomplete" early, so a window closed without Terminate still
  // resumes (spoor #320: a missing suspend exit wipes progress on some LMSs).
  report = computeReport();
  if (launch.mode === 'normal') queue.request();

  return {
    transport: adapter.transport,
    learner: launch.learner,
    mode: launch.mode,
    passMark,
    initial,
    update,
    exit,
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
