// LMS faults a learner must survive (issue 15): a long commit outage, refused SetValues of the resume data, the API
// object vanishing mid-session, or replaced by a new one when the LMS frame reloads. In each the learner is told,
// keeps working, and the data lands after recovery with the learner idle; nothing is called after Terminate.

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { startSession, type SaveStatus } from '../../src/runtime/session.ts';
import { decodeProgress } from '../../src/runtime/suspend-codec.ts';
import { fixtureCourse } from './fixture-course.ts';
import { fakeWindow } from './fake-window.ts';
import { Learner } from './learner.ts';
import { StrictLms, type Faults, type Version } from './strict-lms.ts';

const course = fixtureCourse();
const START = new Date('2026-05-01T10:00:00').getTime();

function setup(version: Version, faults: Faults) {
  const lms = new StrictLms(version, {}, faults);
  const win = fakeWindow({ version, api: lms.api });
  const session = startSession(course, { window: win as unknown as Window, log: () => {} });
  const statuses: SaveStatus[] = [];
  session.onStatus((s) => statuses.push(s));
  return { lms, win, session, statuses, learner: new Learner(course, session, () => vi.advanceTimersByTime(300)) };
}

const persistedSuspend = (lms: StrictLms): string => String(lms.persisted?.suspend_data ?? '');

/** Everything the learner did is in what the LMS persisted and the notice says saved; then the exit, cleanly. */
function landedThenExit({ lms, session, statuses, learner }: ReturnType<typeof setup>): void {
  expect(decodeProgress(course, persistedSuspend(lms))).toEqual(learner.p);
  expect(statuses[statuses.length - 1]).toBe('saved');
  session.exit();
  expect(lms.violations).toEqual([]);
}

/** The API object's functions now throw, as calls into a discarded LMS frame do. */
function discard(api: Record<string, (...a: string[]) => string>): void {
  for (const fn of Object.keys(api))
    api[fn] = () => {
      throw new Error('The LMS API object is no longer available');
    };
}

/** A session whose API sits in the parent window's slot, where a reloaded LMS frame puts a new one. */
function setupInParent(version: Version) {
  const lms1 = new StrictLms(version, {});
  const parent = fakeWindow({ version, api: lms1.api });
  const win = fakeWindow();
  win.parent = parent;
  win.top = parent;
  const session = startSession(course, { window: win as unknown as Window, log: () => {} });
  const statuses: SaveStatus[] = [];
  session.onStatus((s) => statuses.push(s));
  const learner = new Learner(course, session, () => vi.advanceTimersByTime(300));
  const slot = version === 'scorm12' ? ('API' as const) : ('API_1484_11' as const);
  return { lms1, parent, slot, session, statuses, learner };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
});
afterEach(() => vi.useRealTimers());

describe.each(['scorm12', 'scorm2004'] as const)('%s', (version) => {
  test('a commit outage longer than the back-off: the notice shows, and the data lands within 6 s of recovery with the learner idle', () => {
    const run = setup(version, { commitFailsUntil: START + 60_000 });
    const { lms, statuses, learner } = run;
    learner.doModules(0, 2);
    learner.visit('sharing-basis');
    vi.advanceTimersByTime(START + 40_000 - Date.now());
    expect(statuses[statuses.length - 1]).toBe('failed');
    expect(decodeProgress(course, persistedSuspend(lms))).not.toEqual(learner.p);
    vi.advanceTimersByTime(26_000);
    landedThenExit(run);
  });

  test('refused SetValue of suspend_data: treated as a failed commit, told, kept and re-sent once the LMS accepts it again', () => {
    const run = setup(version, { setValueError: { element: /^cmi\.suspend_data$/, code: '351', until: START + 20_000 } });
    const { statuses, learner } = run;
    learner.doModules(0, 2);
    vi.advanceTimersByTime(START + 15_000 - Date.now());
    expect(statuses[statuses.length - 1]).not.toBe('saved');
    vi.advanceTimersByTime(11_000);
    landedThenExit(run);
  });

  test('the API object vanishes mid-session: no exception, the learner is told and keeps working, and it all lands when the API is back', () => {
    const { lms, session, statuses, learner } = setup(version, {});
    learner.doModules(0, 1);
    const api = lms.api;
    const saved = { ...api };
    discard(api);
    expect(() => {
      learner.doModules(1, 3);
      learner.attempt(0);
    }).not.toThrow();
    vi.advanceTimersByTime(20_000);
    expect(statuses[statuses.length - 1]).toBe('failed');
    Object.assign(api, saved);
    vi.advanceTimersByTime(6_000);
    expect(decodeProgress(course, persistedSuspend(lms))).toEqual(learner.p);
    // The assessment answers given meanwhile are reported too (2004 lets the harness read interactions back).
    if (version === 'scorm2004')
      expect(Object.keys(lms.persisted?.interactions as object)).toHaveLength(learner.p.assessment!.drawn.length);
    expect(statuses[statuses.length - 1]).toBe('saved');
    session.exit();
    expect(lms.count('term')).toBe(1);
    expect(lms.violations).toEqual([]);
  });

  test('the LMS frame reloads: the API object is removed and a new one appears in the parent; everything pending lands in the new one with the learner idle', () => {
    const { lms1, parent, slot, session, statuses, learner } = setupInParent(version);
    learner.doModules(0, 1);
    vi.advanceTimersByTime(2000);
    expect(statuses[statuses.length - 1]).toBe('saved');
    // The reload: the slot is emptied and the old object is discarded.
    delete parent[slot];
    discard(lms1.api);
    expect(() => {
      learner.doModules(1, 3);
      learner.attempt(0);
    }).not.toThrow();
    vi.advanceTimersByTime(20_000);
    expect(statuses[statuses.length - 1]).toBe('failed');
    // The reloaded frame's LMS: a new scorm-again loaded with what the first one had committed (entry resume).
    const lms2 = new StrictLms(version, lms1.relaunch());
    expect(lms2.value(version === 'scorm12' ? 'cmi.core.entry' : 'cmi.entry')).toBe('resume');
    parent[slot] = lms2.api;
    vi.advanceTimersByTime(5_500);
    expect(lms2.count('init')).toBe(1);
    expect(lms2.commits).toBeGreaterThan(0);
    expect(decodeProgress(course, persistedSuspend(lms2))).toEqual(learner.p);
    const score = version === 'scorm12' ? 'cmi.core.score.raw' : 'cmi.score.raw';
    const status = version === 'scorm12' ? 'cmi.core.lesson_status' : 'cmi.success_status';
    expect([lms2.value(score), lms2.value(status)]).toEqual(['100', 'passed']);
    expect(lms2.value(version === 'scorm12' ? 'cmi.core.lesson_location' : 'cmi.location')).toBe(learner.p.location);
    expect(lms2.sets().some(([e]) => e === (version === 'scorm12' ? 'cmi.core.session_time' : 'cmi.session_time'))).toBe(true);
    // Every answer given while the API was gone reaches the new object (1.2 ones are write-only: read the calls).
    const ids = new Set(
      lms2
        .sets()
        .filter(([e]) => /^cmi\.interactions\.\d+\.id$/.test(e))
        .map(([, v]) => v),
    );
    const drawn = learner.p.assessment!.drawn;
    expect(drawn.every((q) => [...ids].some((id) => id.includes(q)))).toBe(true);
    expect(statuses[statuses.length - 1]).toBe('saved');
    // The learner goes on; the new object gets it, and the exit.
    learner.visit('sharing-basis');
    vi.advanceTimersByTime(1000);
    expect(decodeProgress(course, persistedSuspend(lms2))).toEqual(learner.p);
    session.exit();
    expect([lms1.count('init'), lms1.count('term'), lms2.count('init'), lms2.count('term')]).toEqual([1, 0, 1, 1]);
    expect(lms1.violations).toEqual([]);
    expect(lms2.violations).toEqual([]);
  });

  test('a new API object that refuses Initialize is never asked again; the next one is used; none is called after the exit', () => {
    const { lms1, parent, slot, session, learner } = setupInParent(version);
    learner.doModules(0, 1);
    const vanish = (api: Record<string, (...a: string[]) => string>): void => {
      delete parent[slot];
      discard(api);
    };
    vanish(lms1.api);
    learner.doModules(1, 2);
    const refusing = new StrictLms(version, lms1.relaunch(), { initializeFails: true });
    parent[slot] = refusing.api;
    vi.advanceTimersByTime(30_000);
    expect(refusing.count('init')).toBe(1);
    expect(refusing.calls.map((c) => c.fn).filter((f) => !/Error|Diagnostic/.test(f))).toHaveLength(1);
    const lms2 = new StrictLms(version, lms1.relaunch());
    parent[slot] = lms2.api;
    vi.advanceTimersByTime(5_500);
    expect(decodeProgress(course, persistedSuspend(lms2))).toEqual(learner.p);
    // Gone again, and the learner leaves: Terminate goes to the vanished object (and fails); a later one is left alone.
    vanish(lms2.api);
    learner.visit('sharing-basis');
    session.exit();
    const lms3 = new StrictLms(version, lms1.relaunch());
    parent[slot] = lms3.api;
    vi.advanceTimersByTime(30_000);
    expect(lms3.calls).toEqual([]);
    expect([refusing.count('init'), lms2.count('init')]).toEqual([1, 1]);
    expect([...lms1.violations, ...lms2.violations]).toEqual([]);
  });
});
