// Runs the session against scorm-again 1.2 and 2004 inside the strict harness: full run, resume, retry, review, mastery.

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { startSession } from '../../src/runtime/session.ts';
import { fixtureCourse } from './fixture-course.ts';
import { fakeWindow } from './fake-window.ts';
import { Learner } from './learner.ts';
import { StrictLms, type Version } from './strict-lms.ts';

const course = fixtureCourse();
const STATUS = { scorm12: 'cmi.core.lesson_status', scorm2004: 'cmi.success_status' } as const;
const RAW = { scorm12: 'cmi.core.score.raw', scorm2004: 'cmi.score.raw' } as const;
const EXIT = { scorm12: 'cmi.core.exit', scorm2004: 'cmi.exit' } as const;

function launchWith(
  version: Version,
  opts: { mastery?: number; mode?: string; status?: string; name?: string } = {},
): Record<string, unknown> {
  if (version === 'scorm12') {
    return {
      core: {
        student_id: 'u1',
        student_name: opts.name ?? 'Doe, Jane',
        lesson_mode: opts.mode ?? 'normal',
        credit: 'credit',
        lesson_status: opts.status ?? 'not attempted',
        entry: 'ab-initio',
      },
      student_data: opts.mastery === undefined ? {} : { mastery_score: String(opts.mastery) },
    };
  }
  return {
    learner_id: 'u1',
    learner_name: opts.name ?? 'Jane Doe',
    mode: opts.mode ?? 'normal',
    entry: 'ab-initio',
    ...(opts.mastery === undefined ? {} : { scaled_passing_score: String(opts.mastery / 100) }),
    ...(opts.status ? { completion_status: 'completed', success_status: opts.status } : {}),
  };
}

function run(lms: StrictLms) {
  const win = fakeWindow({ version: lms.version, api: lms.api });
  const session = startSession(course, { window: win as unknown as Window, log: () => {} });
  const learner = new Learner(course, session, () => vi.advanceTimersByTime(400));
  return { win, session, learner };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-05-01T10:00:00'));
});
afterEach(() => vi.useRealTimers());

describe.each(['scorm12', 'scorm2004'] as const)('%s against scorm-again in a strict harness', (version) => {
  test('a full run to passed initialises once, reports score before status, interactions and objectives, terminates once with exit=suspend', () => {
    const lms = new StrictLms(version, launchWith(version));
    const { session, learner } = run(lms);
    expect(session.transport).toBe(version);
    // 1.2 student_name is "Last, First" (RTE 3.4.4.1); the course shows "First Last".
    expect(session.learner.name).toBe('Jane Doe');
    expect(session.passMark).toBe(80);
    learner.doModules();
    learner.attempt(0);
    session.exit();
    session.exit();

    expect(lms.violations).toEqual([]);
    expect(lms.count('init')).toBe(1);
    expect(lms.count('term')).toBe(1);
    expect(lms.value(STATUS[version])).toBe('passed');
    if (version === 'scorm2004') expect(lms.value('cmi.completion_status')).toBe('completed');
    expect(lms.value(RAW[version])).toBe('100');
    // Finished or not, "suspend": the next launch resumes this attempt and shows the record (SCORM.md, relaunch).
    expect(lms.value(EXIT[version])).toBe('suspend');
    const sets = lms.sets();
    const lastRaw = sets.map(([e]) => e).lastIndexOf(RAW[version]);
    const lastStatus = sets.map(([e]) => e).lastIndexOf(STATUS[version]);
    expect(lastRaw).toBeGreaterThanOrEqual(0);
    expect(lastRaw).toBeLessThan(lastStatus);
    const ids = sets.filter(([e]) => /^cmi\.interactions\.\d+\.id$/.test(e)).map(([, v]) => v);
    // Both versions report the assessment only (Moodle's 64 KB unload beacon, save-size.ts).
    expect(ids).toEqual(learner.p.assessment!.drawn.map((q) => `final.${q}.1`));
    expect(new Set(ids).size).toBe(ids.length);
    const objectives = sets.filter(([e]) => /^cmi\.objectives\.\d+\.id$/.test(e)).map(([, v]) => v);
    expect([...new Set(objectives)]).toEqual(['introduction', 'aims', 'sharing']);
    // The learner's changes are 0.4 s apart, so each is committed as it happens (only bursts are coalesced).
    const changes = lms.sets().filter(([e]) => e === 'cmi.suspend_data').length;
    expect(lms.commits).toBeGreaterThanOrEqual(changes);
  });

  test('a run interrupted by closing the window resumes on the same page with the same answers, without re-reporting interactions', () => {
    const lms = new StrictLms(version, launchWith(version));
    const first = run(lms);
    first.learner.doModules(0, 2);
    first.learner.visit('sharing-basis');
    first.learner.attempt(0, false);
    const before = first.learner.p;
    first.win.pageHide();
    expect(lms.violations).toEqual([]);
    expect(lms.count('term')).toBe(1);
    expect(lms.value(EXIT[version])).toBe('suspend');
    const firstIds = lms
      .sets()
      .filter(([e]) => /interactions\.\d+\.id$/.test(e))
      .map(([, v]) => v);

    const lms2 = new StrictLms(version, lms.relaunch());
    const second = run(lms2);
    expect(second.session.initial).toEqual(before);
    second.learner.p.location = 'sharing-phone';
    second.learner.doModules(2);
    second.learner.attempt(0);
    second.session.exit();
    expect(lms2.violations).toEqual([]);
    expect(lms2.value(STATUS[version])).toBe('passed');
    const secondIds = lms2
      .sets()
      .filter(([e]) => /interactions\.\d+\.id$/.test(e))
      .map(([, v]) => v);
    expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([]);
    expect(secondIds).toContain(`final.${second.learner.p.assessment!.drawn[0]}.2`);
  });

  test('a failed attempt is reported (1.2 per failedStatus12, 2004 "unknown" while retries remain), then a pass on retry, each attempt under its own ids', () => {
    const lms = new StrictLms(version, launchWith(version));
    const { session, learner } = run(lms);
    learner.doModules();
    learner.attempt(2);
    vi.advanceTimersByTime(2000);
    expect(lms.value(RAW[version])).toBe('50');
    expect(lms.value(STATUS[version])).toBe(version === 'scorm12' ? 'incomplete' : 'unknown');
    const first = learner.p.assessment!;
    learner.attempt(0);
    session.exit();
    expect(lms.violations).toEqual([]);
    expect(lms.value(STATUS[version])).toBe('passed');
    const idSets = lms.sets().filter(([e]) => /interactions\.\d+\.id$/.test(e));
    const ids = idSets.map(([, v]) => v);
    // One record per question per attempt, each at its own index: attempt 1's answers stay under attempt 1's ids.
    expect(ids).toEqual([...first.drawn.map((q) => `final.${q}.1`), ...learner.p.assessment!.drawn.map((q) => `final.${q}.2`)]);
    expect(new Set(idSets.map(([e]) => e)).size).toBe(idSets.length);
    const results = idSets.map(([e]) => lms.value(e.replace(/\.id$/, '.result')));
    expect(results.slice(0, 4)).toContain(version === 'scorm12' ? 'wrong' : 'incorrect');
    expect(results.slice(4).every((r) => r === 'correct')).toBe(true);
  });

  test('1.2 reports "failed" when the course says so; 2004 says "unknown" while retries remain', () => {
    const lms = new StrictLms(version, launchWith(version));
    const win = fakeWindow({ version, api: lms.api });
    const session = startSession({ ...course, failedStatus12: 'failed' }, { window: win as unknown as Window, log: () => {} });
    const learner = new Learner(course, session, () => vi.advanceTimersByTime(400));
    learner.doModules();
    learner.attempt(3);
    session.exit();
    expect(lms.value(STATUS[version])).toBe(version === 'scorm12' ? 'failed' : 'unknown');
    expect(lms.value(EXIT[version])).toBe('suspend');
  });

  test('review mode sets nothing at all (no status, location, suspend data or time) and terminates once, so a passed record stays as it is', () => {
    const lms = new StrictLms(version, launchWith(version, { mode: 'review', status: 'passed' }));
    const { session, learner } = run(lms);
    expect(session.mode).toBe('review');
    expect(session.recording).toBe(false);
    learner.doModules();
    vi.advanceTimersByTime(60_000);
    session.exit();
    expect(lms.violations).toEqual([]);
    expect(lms.sets()).toEqual([]);
    expect(lms.count('commit')).toBe(0);
    expect(lms.count('term')).toBe(1);
    expect(lms.value(STATUS[version])).toBe('passed');
  });

  test('an LMS that already recorded passed is not downgraded by a later failed attempt', () => {
    const lms = new StrictLms(version, launchWith(version, { status: 'passed' }));
    const { session, learner } = run(lms);
    learner.attempt(4);
    session.exit();
    expect(lms.violations).toEqual([]);
    expect(
      lms
        .sets()
        .filter(([e]) => e === STATUS[version])
        .map(([, v]) => v),
    ).not.toContain('failed');
    expect(lms.value(STATUS[version])).toBe('passed');
  });

  test('the LMS mastery score overrides the course pass mark (75% passes at mastery 70, fails at the course 80)', () => {
    const lms = new StrictLms(version, launchWith(version, { mastery: 70 }));
    const { session, learner } = run(lms);
    expect(session.passMark).toBe(70);
    learner.doModules();
    learner.attempt(1);
    session.exit();
    expect(lms.violations).toEqual([]);
    expect(lms.value(RAW[version])).toBe('75');
    expect(lms.value(STATUS[version])).toBe('passed');

    const strict = new StrictLms(version, launchWith(version));
    const other = run(strict);
    other.learner.doModules();
    other.learner.attempt(1);
    other.session.exit();
    expect(strict.value(STATUS[version])).toBe(version === 'scorm12' ? 'incomplete' : 'unknown');
  });

  test('session time is in the version format and accepted by the harness', () => {
    const lms = new StrictLms(version, launchWith(version));
    const { session } = run(lms);
    vi.advanceTimersByTime(3_723_450);
    session.exit();
    expect(lms.violations).toEqual([]);
    const t = lms
      .sets()
      .filter(([e]) => e.endsWith('session_time'))
      .pop()![1];
    expect(t).toBe(version === 'scorm12' ? '01:02:03.45' : 'PT1H2M3.45S');
  });
});
