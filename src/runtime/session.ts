// The player's LMS session: finds the LMS, resumes, reports Progress with coalesced commits, and exits exactly once.

import type { Course } from '../model/course.ts';
import { emptyProgress, type Progress } from '../model/progress.ts';
import type { InteractionReport, LaunchData, LmsAdapter, LmsLogger, Report } from './adapter.ts';
import { findApi } from './api-discovery.ts';
import { BUILD_TARGET } from './build-target.ts';
import { scorm12 } from './cmi12.ts';
import { scorm2004 } from './cmi2004.ts';
import { CommitQueue, type SaveStatus } from './commit-queue.ts';
import { answeredQuestions, InteractionIndex, interactionFields } from './interactions.ts';
import { buildReport, effectivePassMark, finishedBefore } from './report.ts';
import { ScormTransport } from './scorm-transport.ts';
import { StandaloneTransport } from './standalone.ts';
import { decodeProgress } from './suspend-codec.ts';
import { formatLocalDate } from './time-format.ts';

export type { SaveStatus } from './commit-queue.ts';

export interface PlayerSession {
  readonly transport: 'scorm12' | 'scorm2004' | 'standalone';
  /** name '' when the LMS gives none. */
  readonly learner: { id: string; name: string };
  /** review/browse: statuses are never downgraded (nor reported). */
  readonly mode: 'normal' | 'review' | 'browse';
  /**
   * false when the LMS will not count this attempt (review/browse mode or no-credit; Moodle reopens a finished
   * attempt so): the learner is told, and is not offered an assessment whose result would count for nothing.
   */
  readonly recording: boolean;
  /** The LMS already held a finished result when this attempt started afresh (ILIAS after exit=normal). */
  readonly finishedBefore: boolean;
  /** Effective pass mark in percent: the LMS mastery score overrides the course's. */
  readonly passMark: number;
  /** Decoded resume state, or emptyProgress() on a first launch. */
  readonly initial: Progress;
  /** Reports location/status/score/interactions/objectives; commits at once, coalescing only bursts. */
  update(progress: Progress): void;
  /** The learner's own exit: final commit, navigation request, Terminate/LMSFinish; idempotent; nothing after it. */
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
  /** Burst window for commits (commit-queue.ts). @default 250 */
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
    const adapter = new ScormTransport(found, dialect, log, () => findApi(win!));
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
  const finished = finishedBefore(launch);
  // A finished course opened afresh shows its completion screen and reports completed/passed again, rather than
  // starting over and writing incomplete over the LMS's record (the date is today's: the LMS keeps no other).
  const initial = finished
    ? {
        ...emptyProgress(),
        location: 'complete',
        completedOn: formatLocalDate(now()),
        bestScore: launch.recorded.score,
        // The LMS's "passed" stands for an attempt that passed the gate in an earlier session.
        passedScore: launch.recorded.passed ? launch.recorded.score : null,
      }
    : launch.suspendData === ''
      ? emptyProgress()
      : decodeProgress(course, launch.suspendData);
  const startedAt = now();

  // Interactions already reported in an earlier session are implied by the resumed progress (1.2 interaction ids
  // are write-only, so they cannot be read back); only new ones are reported, each at the index interactions.ts picks.
  // SCORM 2004 reports the assessment only: with the checks, Moodle's unload beacon could pass 64 KB (save-size.ts).
  const withChecks = adapter.transport !== 'scorm2004';
  const known = new Set(answeredQuestions(course, initial, withChecks).map((a) => a.id));
  const interactions = new Map<number, InteractionReport>();
  const slots = launch.interactionCount === null ? null : new InteractionIndex(launch.interactionIds, launch.interactionCount);
  const objectiveIds = [...launch.objectiveIds];
  const objectiveIndex = (id: string): number => {
    const i = objectiveIds.indexOf(id);
    return i >= 0 ? i : objectiveIds.push(id) - 1;
  };

  let latest = initial;
  let report: Report | null = null;
  let exited = false;
  const listeners = new Set<(s: SaveStatus) => void>();

  function collectInteractions(p: Progress, t: number): void {
    if (!slots || launch.mode !== 'normal') return;
    for (const a of answeredQuestions(course, p, withChecks)) {
      if (known.has(a.id)) continue;
      known.add(a.id);
      const { index, id } = slots.place(a.id);
      interactions.set(index, { ...interactionFields(a), id, index, at: t });
    }
  }

  function computeReport(): Report {
    const list = [...interactions.values()].sort((a, b) => a.index - b.index);
    return buildReport({ course, progress: latest, launch, passMark, interactions: list, objectiveIndex });
  }

  /** The report with the session time as of now, which every commit carries (RTE 4.2.21, 3.4.4.2). */
  const timed = (): Report => ({ ...(report ?? computeReport()), sessionMs: now() - startedAt });

  const queue = new CommitQueue({
    flush: () => {
      adapter.write(timed());
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
    collectInteractions(progress, t);
    const next = computeReport();
    if (report && JSON.stringify(next) === JSON.stringify(report)) return;
    report = next;
    queue.request();
  }

  function finish(navigate: boolean): void {
    if (exited) return;
    exited = true;
    queue.close();
    detach();
    adapter.finish(timed(), navigate);
  }

  // Unload: modern Chrome blocks synchronous XHR in unload, so commit on pagehide / hidden (SCORM.md). A pagehide
  // that is not going into the back/forward cache is the end of the SCO: finish there, with exit=suspend if unfinished.
  const onPageHide = (e: Event): void => {
    if ((e as PageTransitionEvent).persisted) queue.flushNow();
    else finish(false);
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
    recording: launch.mode === 'normal' && launch.credit,
    finishedBefore: finished,
    passMark,
    initial,
    update,
    exit: () => finish(true),
    onStatus(listener) {
      // The launch commit runs before anyone listens: say where it stands at once.
      listener(queue.current);
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
