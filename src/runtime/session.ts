// The player's LMS session: finds the LMS, resumes, reports Progress with coalesced commits, and exits exactly once.

import type { Course } from '../model/course.ts';
import { emptyProgress, type Progress } from '../model/progress.ts';
import type { InteractionReport, LaunchData, LmsAdapter, LmsLogger, Report } from './adapter.ts';
import { findApi } from './api-discovery.ts';
import { BUILD_TARGET } from './build-target.ts';
import { scorm12 } from './cmi12.ts';
import { scorm2004 } from './cmi2004.ts';
import { CommitQueue, type SaveStatus } from './commit-queue.ts';
import { answeredQuestions, InteractionIndex, interactionFields, routeInteraction, TEST_OUT_INTERACTION } from './interactions.ts';
import { buildReport, effectivePassMark, finishedBefore } from './report.ts';
import { isPassed } from '../model/completion.ts';
import { ScormTransport } from './scorm-transport.ts';
import { StandaloneTransport } from './standalone.ts';
import { restoreProgress, type RestorePart } from './suspend-codec.ts';

export type { SaveStatus } from './commit-queue.ts';

export interface PlayerSession {
  readonly transport: 'scorm12' | 'scorm2004' | 'standalone';
  /** name '' when the LMS gives none. */
  readonly learner: { id: string; name: string };
  /** As the LMS launched the course: review (Moodle reopens a finished attempt so) or browse (Moodle's "Preview"). */
  readonly mode: 'normal' | 'review' | 'browse';
  /**
   * false when nothing this visit does is recorded: a read-only session (review, browse, or a course already finished
   * at launch) or an LMS that gives no credit. The learner is told, and is not offered an assessment whose result
   * would count for nothing.
   */
  readonly recording: boolean;
  /** The course was already finished when this visit began: it opens on the record of completion and writes nothing. */
  readonly finishedBefore: boolean;
  /**
   * The LMS did not answer when asked for the saved progress (a failing or throwing GetValue): what it holds is unknown,
   * so this visit writes nothing over it (recording is false) and the learner is told to reopen the course later.
   */
  readonly readFailed: boolean;
  /** Parts of the saved progress that were damaged and could not be restored (the rest was); [] when all was. */
  readonly restoreLost: readonly RestorePart[];
  /** Effective pass mark in percent: the LMS mastery score overrides the course's. */
  readonly passMark: number;
  /** Decoded resume state, or emptyProgress() on a first launch. */
  readonly initial: Progress;
  /** Reports location/status/score/interactions/objectives; commits at once, coalescing only bursts. */
  update(progress: Progress): void;
  /**
   * The learner's own exit: final commit, navigation request, Terminate/LMSFinish; idempotent; nothing after it.
   * false when the LMS did not confirm the final save (the learner is told; never "your result is saved").
   */
  exit(): boolean;
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
  /** Burst window for commits (commit-queue.ts). @default 100 */
  minCommitIntervalMs?: number;
  /**
   * While the page is visible, a commit after this long without one carries the session time (ILIAS cannot save at
   * unload, so a close loses what was not committed: at most about twice this). @default 5000
   */
  heartbeatMs?: number;
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

/**
 * The progress to open with. A finished course opens on its completion screen with the date it was finished, from
 * the resume data. A record an older version finished with exit=normal (ILIAS then starts a new attempt with no
 * resume data) opens there too, with the date left unknown ('') rather than made up.
 */
function openingProgress(course: Course, launch: LaunchData): { progress: Progress; lost: RestorePart[] } {
  const { progress: saved, lost } =
    launch.suspendData === '' ? { progress: emptyProgress(), lost: [] } : restoreProgress(course, launch.suspendData);
  if (saved.completedOn !== null) return { progress: { ...saved, location: 'complete' }, lost };
  // The LMS's "passed" stands for an attempt that passed the gate in an earlier session.
  if (finishedBefore(launch)) {
    const passedScore = launch.recorded.passed ? launch.recorded.score : null;
    return { progress: { ...saved, location: 'complete', completedOn: '', bestScore: launch.recorded.score, passedScore }, lost };
  }
  return { progress: saved, lost };
}

export function startSession(course: Course, options: SessionOptions = {}): PlayerSession {
  const win = options.window ?? (typeof window === 'undefined' ? undefined : window);
  const now = options.now ?? Date.now;
  const log = options.log ?? ((m: string) => console.warn(`[scorm] ${m}`));
  const timers = options.timers ?? {
    set: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clear: (h: unknown) => clearTimeout(h as number),
  };
  const { adapter, launch } = connect(course, win, options.storage ?? defaultStorage(win), log);
  const passMark = effectivePassMark(course, launch);
  const { progress: initial, lost } = openingProgress(course, launch);
  const finished = initial.completedOn !== null;
  // Review and browse change nothing the LMS holds (Moodle stores whatever a SCO sets, in any mode), and a finished
  // course stays finished: no retake recorded, no commit at launch that makes ILIAS start a new attempt.
  // An LMS that failed to give the saved progress may still hold it: an empty state written now would erase it.
  const readOnly = launch.mode !== 'normal' || finished || launch.readFailed === true;
  const startedAt = now();

  // Interactions already reported in an earlier session are implied by the resumed progress (1.2 interaction ids
  // are write-only, so they cannot be read back); only new ones are reported, each at the index interactions.ts picks.
  // Only the assessment is reported, and only recordedAttempts of it: Moodle re-sends every element on every save
  // and its unload beacon fails over 64 KB (save-size.ts); knowledge-check answers stay in the resume data.
  const known = new Set(answeredQuestions(course, initial, false).map((a) => a.id));
  if (routeInteraction(initial)) known.add(TEST_OUT_INTERACTION);
  const recordSlots = course.assessment.recordedAttempts ?? 1;
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
    if (!slots) return;
    // The route's record, once: checked against `known` first, so a save after it is written builds nothing.
    const route = known.has(TEST_OUT_INTERACTION) ? null : routeInteraction(p);
    if (route) {
      known.add(route.id);
      const index = slots.place(route.id);
      interactions.set(index, { ...route, index, at: t });
    }
    // Attempts before the last slot as they come; after that, only the attempt that passes.
    const attempt = p.assessment?.number ?? 0;
    if (attempt >= recordSlots && isPassed(p, passMark) !== true) return;
    for (const a of answeredQuestions(course, p, false)) {
      if (known.has(a.id)) continue;
      known.add(a.id);
      const index = slots.place(a.id);
      interactions.set(index, { ...interactionFields(a), index, at: t });
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
    setTimer: timers.set,
    clearTimer: timers.clear,
    onStatus: (s) => listeners.forEach((l) => l(s)),
    minIntervalMs: options.minCommitIntervalMs ?? 100,
  });

  function update(progress: Progress): void {
    if (exited) return;
    const t = now();
    latest = progress;
    if (readOnly) return;
    collectInteractions(progress, t);
    const next = computeReport();
    if (report && JSON.stringify(next) === JSON.stringify(report)) return;
    report = next;
    queue.request();
  }

  let finishedOk = false;
  function finish(navigate: boolean): boolean {
    if (exited) return finishedOk;
    exited = true;
    queue.close();
    timers.clear(heartbeat);
    detach();
    return (finishedOk = adapter.finish(readOnly ? null : timed(), navigate));
  }

  // While the page is visible, commit the session time now and then: an LMS that saves synchronously (ILIAS) loses
  // every save made during unload, so without this a visit's reading time since the last change never arrives.
  const heartbeatMs = options.heartbeatMs ?? 5000;
  let heartbeat: unknown = null;
  const beat = (): void => {
    heartbeat = timers.set(beat, heartbeatMs);
    if (win?.document?.visibilityState !== 'hidden') queue.tick(heartbeatMs);
  };
  if (!readOnly) heartbeat = timers.set(beat, heartbeatMs);

  // Unload: modern Chrome blocks synchronous XHR in unload, so commit on pagehide / hidden (SCORM.md). A pagehide
  // that is not going into the back/forward cache is the end of the SCO: finish there, with exit=suspend if unfinished.
  const onPageHide = (e: Event): void => {
    if ((e as PageTransitionEvent).persisted) queue.flushNow();
    else void finish(false);
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
  // Resume data partly lost is not written back by the launch report: the restored parts go with the next change.
  if (!readOnly && lost.length === 0) queue.request();
  // Moodle's "Preview": a 1.2 record with no status would be stored as "completed" at LMSFinish (cmi12.ts browsed).
  else if (launch.mode === 'browse' && launch.recorded.untouched) adapter.markBrowsed();

  return {
    transport: adapter.transport,
    learner: launch.learner,
    mode: launch.mode,
    recording: !readOnly && launch.credit,
    finishedBefore: finished,
    readFailed: launch.readFailed === true,
    restoreLost: lost,
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
