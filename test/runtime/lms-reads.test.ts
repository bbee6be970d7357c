// When the LMS cannot give back what it stored (GetValue throws or answers an error), the stored progress is unknown, not
// empty: nothing is written over it and the learner is told. An absurd _count neither stops nor hangs the course.

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { launchDataFrom } from '../../src/preview/relaunch.ts';
import { startSession } from '../../src/runtime/session.ts';
import { decodeProgress } from '../../src/runtime/suspend-codec.ts';
import { fixtureCourse } from './fixture-course.ts';
import { fakeWindow } from './fake-window.ts';
import { Learner } from './learner.ts';
import { StrictLms, type Faults, type Version } from './strict-lms.ts';

const course = fixtureCourse();

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function run(version: Version, launch: Record<string, unknown>, faults: Faults) {
  const lms = new StrictLms(version, launch, faults);
  const logs: string[] = [];
  const session = startSession(course, { window: fakeWindow({ version, api: lms.api }) as unknown as Window, log: (m) => logs.push(m) });
  const learner = new Learner(course, session, () => vi.advanceTimersByTime(300));
  return { lms, session, learner, logs };
}

/** A learner's first session, done half-way: what the LMS holds afterwards, as the next launch's data. */
function storedHalfWay(version: Version): { launch: Record<string, unknown>; suspend: string } {
  const { lms, session, learner } = run(version, {}, {});
  learner.doModules(0, 2);
  session.exit();
  const persisted = lms.persisted as Record<string, unknown>;
  return { launch: launchDataFrom(version, persisted), suspend: String(persisted.suspend_data) };
}

const suspendOf = (lms: StrictLms): string => String((lms.persisted as Record<string, unknown> | null)?.suspend_data ?? '');
const sets = (lms: StrictLms) => lms.calls.filter((c) => /SetValue$/.test(c.fn));

describe.each(['scorm12', 'scorm2004'] as const)('%s', (version) => {
  test.for<[string, Faults]>([
    ['GetValue throws for every element', { getValueThrows: /./ }],
    ['GetValue throws for suspend_data only', { getValueThrows: /suspend_data/ }],
    ['GetValue answers error 101 for suspend_data', { getValueError: { element: /suspend_data/, code: '101' } }],
    ['GetValue answers error 101 for the entry', { getValueError: { element: /entry$/, code: '101' } }],
  ])('%s: the stored progress is left as it was, nothing is set, and the learner is told', ([, faults]) => {
    const stored = storedHalfWay(version);
    expect(decodeProgress(course, stored.suspend).completedOn).toBeNull();
    const { lms, session, learner } = run(version, stored.launch, faults);
    expect(session.readFailed).toBe(true);
    expect(session.recording).toBe(false);
    learner.doModules(0, 1);
    vi.advanceTimersByTime(30_000);
    session.exit();
    expect(sets(lms)).toEqual([]);
    expect(suspendOf(lms)).toBe(stored.suspend);
  });

  test('reads that answer "not initialised" for unset values (a first launch) are not failures', () => {
    const { session } = run(version, {}, {});
    expect(session.readFailed).toBe(false);
    expect(session.recording).toBe(true);
    session.exit();
  });

  test.for(['Infinity', '4294967296', '1000000', '-1', '2.5', 'many'])(
    'cmi.interactions._count and cmi.objectives._count of %s: the course starts with the LMS, in a bounded number of calls, and still records',
    (value) => {
      const { lms, session, learner } = run(version, {}, { getValueAnswer: { element: /_count$/, value } });
      expect(session.transport).toBe(version);
      expect(lms.calls.filter((c) => /GetValue$/.test(c.fn)).length).toBeLessThan(50);
      learner.doModules(0, 1);
      vi.advanceTimersByTime(1000);
      session.exit();
      expect(decodeProgress(course, suspendOf(lms))).toEqual(learner.p);
    },
  );
});
