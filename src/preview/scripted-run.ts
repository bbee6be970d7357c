// A scripted learner's full run against scorm-again on a virtual clock: the API calls and commits it costs (for `npm run bench`).

import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { Course } from '../model/course.ts';
import type { Progress } from '../model/progress.ts';
import { drawAttempt } from '../model/draw.ts';
import { attemptOutcome } from '../model/scoring.ts';
import { isCourseComplete } from '../model/completion.ts';
import { startSession } from '../runtime/session.ts';
import { API_FUNCTIONS } from './lms.ts';

export interface ScriptedRunStats {
  version: 'scorm12' | 'scorm2004';
  /** Learner steps (each an update()), one every `stepMs` of virtual time. */
  steps: number;
  /** Every API call, including GetLastError and friends. */
  apiCalls: number;
  calls: Record<string, number>;
  commits: number;
  finalSuspendDataLength: number;
  finalStatus: string;
}

/** Runs every page, every knowledge check (answered right) and one passing assessment attempt, then exits. */
export function scriptedRunStats(course: Course, version: 'scorm12' | 'scorm2004', stepMs = 2000): ScriptedRunStats {
  const lms =
    version === 'scorm12' ? new Scorm12API({ logLevel: 5, autocommit: false }) : new Scorm2004API({ logLevel: 5, autocommit: false });
  const calls: Record<string, number> = {};
  const counted: Record<string, (...a: string[]) => string> = {};
  const raw = lms as unknown as Record<string, (...a: string[]) => string>;
  for (const n of API_FUNCTIONS[version]) counted[n] = (...a) => ((calls[n] = (calls[n] ?? 0) + 1), String(raw[n]!(...a)));

  // Virtual clock: timers fire as the script advances time, so the run is instant and repeatable.
  let t = 0;
  let timers: Array<{ at: number; fn: () => void; id: number }> = [];
  let nextId = 0;
  const advance = (ms: number): void => {
    const end = t + ms;
    for (let next = timers.sort((a, b) => a.at - b.at)[0]; next && next.at <= end; next = timers.sort((a, b) => a.at - b.at)[0]) {
      timers = timers.filter((x) => x !== next);
      t = next.at;
      next.fn();
    }
    t = end;
  };
  const noop = (): void => {};
  const win = {
    [version === 'scorm12' ? 'API' : 'API_1484_11']: counted,
    addEventListener: noop,
    removeEventListener: noop,
    document: { addEventListener: noop, removeEventListener: noop },
  } as Record<string, unknown>;
  win.parent = win;
  win.top = win;
  const session = startSession(course, {
    window: win as unknown as Window,
    now: () => t,
    log: noop,
    timers: {
      set: (fn, ms) => (timers.push({ at: t + ms, fn, id: ++nextId }), nextId),
      clear: (h) => (timers = timers.filter((x) => x.id !== h)),
    },
  });

  let p: Progress = structuredClone(session.initial);
  let steps = 0;
  const step = (change: (q: Progress) => void): void => {
    p = structuredClone(p);
    change(p);
    if (p.completedOn === null && isCourseComplete(course, p, session.passMark)) p.completedOn = '2026-01-01';
    session.update(p);
    steps++;
    advance(stepMs);
  };
  const right = (ids: { id: string; correct: boolean }[]): string[] => ids.filter((o) => o.correct).map((o) => o.id);
  for (const m of course.modules) {
    for (const pg of m.pages) step((q) => ((q.location = pg.id), q.seen.push(pg.id)));
    for (const c of m.check) {
      step((q) => ((q.location = `check:${m.id}`), (q.checks[c.id] = { selected: right(c.options), checked: false })));
      step((q) => (q.checks[c.id] = { selected: right(c.options), checked: true }));
    }
  }
  let seed = 42;
  const drawn = drawAttempt(course, () => (seed = (seed * 16807) % 2147483647) / 2147483647);
  step((q) => ((q.location = 'assessment'), (q.assessment = { number: 1, drawn, answers: {}, score: null })));
  for (const id of drawn) {
    const qn = course.assessment.bank.find((b) => b.id === id)!;
    step((q) => (q.assessment!.answers[id] = { selected: right(qn.options), checked: false }));
  }
  step((q) => {
    const a = q.assessment!;
    for (const id of a.drawn) a.answers[id]!.checked = true;
    const outcome = attemptOutcome(course, a, session.passMark);
    a.score = outcome.score;
    q.bestScore = a.score;
    q.passedScore = outcome.passed ? a.score : null;
    q.location = 'complete';
  });
  session.exit();
  const g = (e: string): string => String((lms as unknown as { getCMIValue(e: string): unknown }).getCMIValue(e));
  return {
    version,
    steps,
    apiCalls: Object.values(calls).reduce((a, b) => a + b, 0),
    calls,
    commits: calls[version === 'scorm12' ? 'LMSCommit' : 'Commit'] ?? 0,
    finalSuspendDataLength: g('cmi.suspend_data').length,
    finalStatus: version === 'scorm12' ? g('cmi.core.lesson_status') : `${g('cmi.completion_status')}/${g('cmi.success_status')}`,
  };
}
