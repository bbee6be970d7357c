// LMS faults a learner must survive (issue 15): a long commit outage, refused SetValues of the resume data, and the
// API object vanishing mid-session. In each the learner is told, keeps working, and the data lands after recovery
// with the learner idle; nothing is called after Terminate.

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

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
});
afterEach(() => vi.useRealTimers());

describe.each(['scorm12', 'scorm2004'] as const)('%s', (version) => {
  test('a commit outage longer than the back-off: the notice shows, and the data lands within 6 s of recovery with the learner idle', () => {
    const { lms, session, statuses, learner } = setup(version, { commitFailsUntil: START + 60_000 });
    learner.doModules(0, 2);
    learner.visit('sharing-basis');
    vi.advanceTimersByTime(START + 40_000 - Date.now());
    expect(statuses[statuses.length - 1]).toBe('failed');
    expect(decodeProgress(course, persistedSuspend(lms))).not.toEqual(learner.p);
    vi.advanceTimersByTime(26_000);
    expect(decodeProgress(course, persistedSuspend(lms))).toEqual(learner.p);
    expect(statuses[statuses.length - 1]).toBe('saved');
    session.exit();
    expect(lms.violations).toEqual([]);
  });

  test('refused SetValue of suspend_data: treated as a failed commit, told, kept and re-sent once the LMS accepts it again', () => {
    const { lms, session, statuses, learner } = setup(version, {
      setValueError: { element: /^cmi\.suspend_data$/, code: '351', until: START + 20_000 },
    });
    learner.doModules(0, 2);
    vi.advanceTimersByTime(START + 15_000 - Date.now());
    expect(statuses[statuses.length - 1]).not.toBe('saved');
    vi.advanceTimersByTime(11_000);
    expect(decodeProgress(course, persistedSuspend(lms))).toEqual(learner.p);
    expect(statuses[statuses.length - 1]).toBe('saved');
    session.exit();
    expect(lms.violations).toEqual([]);
  });

  test('the API object vanishes mid-session: no exception, the learner is told and keeps working, and it all lands when the API is back', () => {
    const { lms, session, statuses, learner } = setup(version, {});
    learner.doModules(0, 1);
    const api = lms.api;
    const saved = { ...api };
    // The LMS frame reloads: its functions now throw, as calls into a discarded frame do.
    for (const fn of Object.keys(api))
      api[fn] = () => {
        throw new Error('The LMS API object is no longer available');
      };
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
});
