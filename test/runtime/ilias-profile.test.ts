// The session under the harness's ILIAS profile: synchronous saves that are lost during unload, a new attempt
// (entry ab-initio, completion unknown, success kept) after exit=normal, and no read of suspend_data on ab-initio.

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { startSession } from '../../src/runtime/session.ts';
import { fixtureCourse } from './fixture-course.ts';
import { fakeWindow } from './fake-window.ts';
import { Learner } from './learner.ts';
import { StrictLms, type Version } from './strict-lms.ts';

const course = fixtureCourse();
const LOCATION = { scorm12: 'lesson_location', scorm2004: 'location' } as const;

function firstLaunch(version: Version): Record<string, unknown> {
  return version === 'scorm12'
    ? { core: { student_id: 'u7', student_name: 'Rner, Lea', lesson_status: 'not attempted', entry: 'ab-initio' } }
    : { learner_id: 'u7', learner_name: 'Lea Rner', entry: 'ab-initio', completion_status: 'unknown', success_status: 'unknown' };
}

function run(lms: StrictLms, tickMs = 400) {
  const win = fakeWindow({ version: lms.version, api: lms.api });
  const session = startSession(course, { window: win as unknown as Window, log: () => {} });
  return { win, session, learner: new Learner(course, session, () => vi.advanceTimersByTime(tickMs)) };
}

const stored = (lms: StrictLms, key: string): unknown =>
  lms.version === 'scorm12' ? (lms.persisted?.core as Record<string, unknown>)[key] : lms.persisted?.[key];

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-05-01T10:00:00'));
});
afterEach(() => vi.useRealTimers());

describe.each(['scorm12', 'scorm2004'] as const)('%s under ILIAS', (version) => {
  test('a first launch reads cmi.entry first and never suspend_data on ab-initio', () => {
    const lms = new StrictLms(version, firstLaunch(version), {}, 'ilias');
    const { session } = run(lms);
    session.exit();
    const gets = lms.calls.filter((c) => /GetValue$/.test(c.fn)).map((c) => c.args[0]);
    expect(gets[0]).toBe(version === 'scorm12' ? 'cmi.core.entry' : 'cmi.entry');
    expect(gets).not.toContain('cmi.suspend_data');
    expect(lms.violations).toEqual([]);
  });

  test('two page changes within a second, then the window closes with its save blocked: the last page and the session time are stored', () => {
    const lms = new StrictLms(version, firstLaunch(version), {}, 'ilias');
    const { win, learner } = run(lms, 0);
    vi.advanceTimersByTime(5000);
    learner.visit('intro-welcome');
    vi.advanceTimersByTime(400);
    learner.visit('intro-how');
    vi.advanceTimersByTime(300);
    lms.unload(() => win.pageHide());
    // The unload save itself was lost, as in ILIAS: what is stored came from the commits before it.
    expect(lms.refusedSaves.length).toBeGreaterThan(0);
    expect(stored(lms, LOCATION[version])).toBe('intro-how');
    expect(stored(lms, 'session_time')).toBe(version === 'scorm12' ? '00:00:05.40' : 'PT5.4S');
    expect(stored(lms, 'exit')).toBe('suspend');
    expect(lms.violations).toEqual([]);
  });
});

describe('SCORM 2004 under ILIAS', () => {
  test('a record an older version finished with exit=normal (ILIAS then starts a new attempt) opens complete, date unknown, and sets and commits nothing', () => {
    const lms = new StrictLms('scorm2004', firstLaunch('scorm2004'), {}, 'ilias');
    const first = run(lms);
    first.learner.doModules();
    first.learner.attempt(0);
    first.session.exit();
    lms.persisted = { ...lms.persisted, exit: 'normal' };

    const again = lms.next();
    expect(again.launch).toMatchObject({ entry: 'ab-initio', completion_status: 'unknown', success_status: 'passed' });
    const second = run(again);
    expect(second.session.finishedBefore).toBe(true);
    expect(second.session.recording).toBe(false);
    expect(second.session.initial).toMatchObject({ location: 'complete', completedOn: '' });
    second.learner.attempt(4);
    second.session.exit();
    expect(again.violations).toEqual([]);
    // No commit: ILIAS starts its new attempt (wiping time and objectives) only when the SCO saves.
    expect(again.sets()).toEqual([]);
    expect(again.count('commit')).toBe(0);
  });

  test('fail, pass later, reopen, try a retake, reopen: no lock-out sequence (nothing recorded once finished), the completion date is the day of the pass', () => {
    const lms = new StrictLms('scorm2004', firstLaunch('scorm2004'), {}, 'ilias');
    const first = run(lms);
    first.learner.doModules();
    first.learner.attempt(3);
    expect(lms.value('cmi.success_status')).toBe('unknown');
    first.learner.attempt(0);
    first.session.exit();
    expect(lms.persisted).toMatchObject({ completion_status: 'completed', success_status: 'passed', exit: 'suspend' });
    const objectivesBefore = JSON.stringify(lms.persisted?.objectives);

    vi.setSystemTime(new Date('2027-01-15T09:00:00'));
    const again = lms.next();
    expect(again.launch).toMatchObject({ entry: 'resume' });
    const second = run(again);
    expect(second.session).toMatchObject({ finishedBefore: true, recording: false });
    expect(second.session.initial).toMatchObject({ location: 'complete', completedOn: '2026-05-01' });
    second.learner.attempt(2);
    second.win.pageHide();
    expect(again.violations).toEqual([]);
    expect(again.sets()).toEqual([]);

    const third = run(again.next());
    expect(third.session.initial).toMatchObject({ location: 'complete', completedOn: '2026-05-01' });
    expect(JSON.stringify(again.persisted?.objectives ?? lms.persisted?.objectives)).toBe(objectivesBefore);
  });

  test('reading for 30 s without a change, then a close whose save ILIAS loses: the stored session time is at most a heartbeat short', () => {
    const lms = new StrictLms('scorm2004', firstLaunch('scorm2004'), {}, 'ilias');
    const { win, learner } = run(lms, 0);
    learner.visit('intro-welcome');
    vi.advanceTimersByTime(30_000);
    lms.unload(() => win.pageHide());
    expect(lms.refusedSaves.length).toBeGreaterThan(0);
    const stored = String(lms.persisted?.session_time);
    expect(Number(/PT(\d+(?:\.\d+)?)S/.exec(stored)?.[1])).toBeGreaterThanOrEqual(25);
  });

  test('a later, weaker attempt in that new attempt never lowers the status, nor a score the LMS kept', () => {
    const lms = new StrictLms('scorm2004', firstLaunch('scorm2004'), {}, 'ilias');
    const first = run(lms);
    first.learner.doModules();
    first.learner.attempt(0);
    first.session.exit();
    // An ILIAS that keeps the score with the success status in the new attempt.
    const again = new StrictLms(
      'scorm2004',
      { ...lms.next().launch, score: { raw: '100', min: '0', max: '100', scaled: '1' } },
      {},
      'ilias',
    );
    const second = run(again);
    second.learner.attempt(4);
    second.session.exit();
    expect(again.violations).toEqual([]);
    expect(
      again.sets().filter(([e, v]) => (e === 'cmi.success_status' && v !== 'passed') || (e === 'cmi.score.raw' && v !== '100')),
    ).toEqual([]);
  });
});
