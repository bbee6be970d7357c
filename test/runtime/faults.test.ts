// Fault injection: failing commits, a missing API, SetValue errors, an API only in the opener, a refused Initialize.

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { startSession, type SaveStatus } from '../../src/runtime/session.ts';
import { decodeProgress } from '../../src/runtime/suspend-codec.ts';
import { storageKey } from '../../src/runtime/standalone.ts';
import { fixtureCourse } from './fixture-course.ts';
import { fakeWindow } from './fake-window.ts';
import { Learner } from './learner.ts';
import { StrictLms, type Faults, type Version } from './strict-lms.ts';

const course = fixtureCourse();

function setup(version: Version, faults: Faults) {
  const lms = new StrictLms(version, {}, faults);
  const win = fakeWindow({ version, api: lms.api });
  const logs: string[] = [];
  const session = startSession(course, { window: win as unknown as Window, log: (m) => logs.push(m) });
  const statuses: SaveStatus[] = [];
  session.onStatus((s) => statuses.push(s));
  const learner = new Learner(course, session, () => vi.advanceTimersByTime(300));
  return { lms, win, session, learner, logs, statuses };
}

const persistedSuspend = (lms: StrictLms): string => String((lms.persisted as Record<string, unknown> | null)?.suspend_data ?? '');

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe.each(['scorm12', 'scorm2004'] as const)('%s faults', (version) => {
  test.for([1, 3])('commit fails %s time(s): retried with back-off, status retrying then saved, nothing lost', (fails) => {
    const { lms, session, learner, logs, statuses } = setup(version, { commitFails: fails });
    learner.doModules(0, 2);
    vi.advanceTimersByTime(30_000);
    expect(statuses).toContain('retrying');
    expect(statuses).not.toContain('failed');
    expect(statuses[statuses.length - 1]).toBe('saved');
    expect(logs.filter((l) => l.includes('Commit failed: error 391'))).toHaveLength(fails);
    expect(logs[0]).toMatch(/error 391 .+ \(injected fault 391\)/);
    expect(decodeProgress(course, persistedSuspend(lms))).toEqual(learner.p);
    session.exit();
    expect(lms.violations).toEqual([]);
  });

  test('commit always fails: status failed (never an exception), state kept and re-sent, Terminate still called once', () => {
    const { lms, session, learner, statuses } = setup(version, { commitFails: 'always' });
    learner.doModules(0, 2);
    vi.advanceTimersByTime(60_000);
    expect(statuses[statuses.length - 1]).toBe('failed');
    const commitsBefore = lms.commits;
    learner.visit('sharing-basis');
    vi.advanceTimersByTime(60_000);
    expect(lms.commits).toBeGreaterThan(commitsBefore);
    // Re-sent: the last suspend_data set carries the latest progress.
    const suspends = lms.sets().filter(([e]) => e === 'cmi.suspend_data');
    expect(decodeProgress(course, suspends[suspends.length - 1]![1])).toEqual(learner.p);
    expect(() => session.exit()).not.toThrow();
    expect(lms.count('term')).toBe(1);
    expect(lms.violations).toEqual([]);
  });

  test('SetValue errors are logged with the LMS error string and diagnostic, not re-sent, and the rest is still recorded', () => {
    const { lms, session, learner, logs } = setup(version, {
      setValueError: { element: /^cmi\.interactions\.\d+\.result$/, code: '351' },
    });
    learner.doModules();
    learner.attempt(0);
    vi.advanceTimersByTime(5000);
    session.exit();
    expect(logs.some((l) => /SetValue\(cmi\.interactions\.0\.result.*error 351 .+\(injected fault 351\)/.test(l))).toBe(true);
    const typeSets = lms.sets().filter(([e]) => e === 'cmi.interactions.0.result');
    expect(typeSets).toHaveLength(1);
    expect(lms.value(version === 'scorm12' ? 'cmi.core.lesson_status' : 'cmi.success_status')).toBe('passed');
    expect(lms.violations).toEqual([]);
  });

  test('API only in the opener (LMS pop-up): found and used', () => {
    const lms = new StrictLms(version, {});
    const opener = fakeWindow({ version, api: lms.api });
    const win = fakeWindow();
    win.opener = opener;
    const session = startSession(course, { window: win as unknown as Window, log: () => {} });
    expect(session.transport).toBe(version);
    session.exit();
    expect(lms.count('init')).toBe(1);
    expect(lms.count('term')).toBe(1);
  });

  test('Initialize refused: falls back to this browser, makes no further LMS calls', () => {
    const lms = new StrictLms(version, {}, { initializeFails: true });
    const win = fakeWindow({ version, api: lms.api });
    const logs: string[] = [];
    const session = startSession(course, { window: win as unknown as Window, log: (m) => logs.push(m) });
    expect(session.transport).toBe('standalone');
    new Learner(course, session, () => vi.advanceTimersByTime(300)).doModules(0, 1);
    session.exit();
    expect(lms.calls.map((c) => c.fn).filter((f) => !/Error|Diagnostic/.test(f))).toEqual([
      version === 'scorm12' ? 'LMSInitialize' : 'Initialize',
    ]);
    expect(logs.some((l) => l.includes('error 101'))).toBe(true);
  });

  test('pagehide into the back/forward cache commits without terminating; a hidden tab commits; a real pagehide terminates once', () => {
    const { lms, win, session } = setup(version, {});
    vi.advanceTimersByTime(2000);
    // No time passes between these steps: the first change is committed at once, the second waits with its burst.
    const learner = new Learner(course, session);
    const c0 = lms.commits;
    learner.visit('intro-welcome');
    expect(lms.commits).toBe(c0 + 1);
    learner.visit('intro-how');
    expect(lms.commits).toBe(c0 + 1);
    win.pageHide(true);
    expect(lms.commits).toBe(c0 + 2);
    expect(lms.count('term')).toBe(0);
    learner.visit('aims-what-it-is');
    win.hide();
    expect(lms.commits).toBe(c0 + 3);
    win.pageHide(false);
    win.pageHide(false);
    expect(lms.count('term')).toBe(1);
    expect(lms.value(version === 'scorm12' ? 'cmi.core.exit' : 'cmi.exit')).toBe('suspend');
    expect(lms.violations).toEqual([]);
  });
});

describe('no LMS at all (standalone)', () => {
  test('progress is kept in localStorage under the course id and major version, and resumes', () => {
    const win = fakeWindow();
    const s1 = startSession(course, { window: win as unknown as Window, log: () => {} });
    expect(s1.transport).toBe('standalone');
    expect(s1.learner).toEqual({ id: '', name: '' });
    const l1 = new Learner(course, s1, () => vi.advanceTimersByTime(300));
    l1.doModules(0, 2);
    s1.exit();
    expect(storageKey(course)).toBe('scorm-player:maisp:v1');
    expect(win.localStorage.getItem('scorm-player:maisp:v1')).not.toBe(null);
    const s2 = startSession(course, { window: win as unknown as Window, log: () => {} });
    expect(s2.initial).toEqual(l1.p);
    const s3 = startSession({ ...course, version: '2.0.0' }, { window: win as unknown as Window, log: () => {} });
    expect(s3.initial.seen).toEqual([]);
  });

  test('storage that throws (private mode, quota) reports a failed save instead of throwing', () => {
    const win = fakeWindow();
    const storage = {
      ...win.localStorage,
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as unknown as Storage;
    const logs: string[] = [];
    const s = startSession(course, { window: win as unknown as Window, storage, log: (m) => logs.push(m) });
    const statuses: SaveStatus[] = [];
    s.onStatus((x) => statuses.push(x));
    new Learner(course, s, () => vi.advanceTimersByTime(300)).doModules(0, 1);
    vi.advanceTimersByTime(60_000);
    expect(statuses).toContain('failed');
    expect(logs.some((l) => l.includes('QuotaExceededError'))).toBe(true);
  });
});
