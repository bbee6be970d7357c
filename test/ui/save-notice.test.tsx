// @vitest-environment happy-dom
// What the learner is told about saving: a calm role=status warning when the LMS refuses a commit (never a
// dialog or alert), and the review-mode notice; the LMS is scorm-again with its commit made to fail.
import { cleanup, screen } from '@testing-library/preact';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { encodeProgress } from '../../src/runtime/suspend-codec.ts';
import { emptyProgress } from '../../src/model/progress.ts';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { mount, press } from './harness.tsx';
import { fixtureCourse } from './fixture-course.ts';

beforeEach(() => window.localStorage.clear());
afterEach(() => {
  vi.useRealTimers();
  cleanup();
  delete (window as { API?: unknown }).API;
  delete (window as { API_1484_11?: unknown }).API_1484_11;
});

function lms(core: Record<string, string> = {}) {
  const api = new Scorm12API({ logLevel: 5 });
  api.loadFromJSON({ core: { student_id: 'u42', student_name: 'Doe, Jane', ...core } } as never);
  (window as { API?: unknown }).API = api;
  return api;
}

test('a refused commit shows a calm warning inside the status region, and no alert or dialog', async () => {
  const api = lms();
  // The LMS refuses every commit, as a dropped connection or a server error does.
  api.LMSCommit = () => 'false';
  mount(fixtureCourse());
  press(/^Next/);
  const warning = await screen.findByText(/has not reached the learning system yet/);
  expect(warning.closest('[role="status"]')).not.toBeNull();
  expect(screen.queryByRole('alert')).toBeNull();
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(screen.queryByRole('dialog')).toBeNull();
});

test('a working LMS shows no warning and no standalone notice', async () => {
  const api = lms();
  const commit = api.LMSCommit.bind(api);
  const results: string[] = [];
  api.LMSCommit = (arg?: string) => {
    const result = String(commit(arg));
    results.push(result);
    return result;
  };
  mount(fixtureCourse());
  press(/^Next/);
  await vi.waitFor(() => expect(results).toContain('true'));
  expect(screen.queryByText(/has not reached the learning system/)).toBeNull();
  expect(screen.queryByText(/saved in this browser only/)).toBeNull();
});

test.for([
  { how: 'review mode', core: { lesson_mode: 'review', credit: 'no-credit', lesson_status: 'passed' } },
  { how: 'a no-credit launch', core: { lesson_mode: 'normal', credit: 'no-credit' } },
] as { how: string; core: Record<string, string> }[])(
  '$how says nothing is recorded and how to start a new attempt in Moodle',
  ({ core }) => {
    lms(core);
    mount(fixtureCourse());
    const notice = screen.getByText(/This visit is not recorded/);
    expect(notice.textContent).toContain('your result stays as it is');
    expect(notice.textContent).toContain('tick “Start a new attempt”, then “Enter”');
  },
);

test('Moodle reopens a failed 1.2 attempt for review: the assessment offers no retry that would count for nothing', () => {
  const course = fixtureCourse();
  const drawn = course.assessment.bank.slice(0, 3).map((q) => q.id);
  const failed = { ...emptyProgress(), location: 'assessment', assessment: { number: 1, drawn, answers: {}, score: 0 }, bestScore: 0 };
  const api = new Scorm12API({ logLevel: 5 });
  api.loadFromJSON({
    suspend_data: encodeProgress(course, failed),
    core: { student_id: 'u42', student_name: 'Rner, Lea', lesson_mode: 'review', credit: 'no-credit', entry: '', lesson_status: 'failed' },
  } as never);
  (window as { API?: unknown }).API = api;
  mount(course);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Final assessment');
  expect(screen.getByText(/The assessment is closed in this visit/).textContent).toContain('Start a new attempt');
  expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  expect(screen.queryByRole('button', { name: 'Start the assessment' })).toBeNull();
});

test('ILIAS reopens a course an older version finished with exit=normal as a new attempt: the completion screen, the recorded score, no made-up date', () => {
  const api = new Scorm2004API({ logLevel: 5 });
  api.loadFromJSON({
    learner_id: 'u42',
    learner_name: 'Lea Rner',
    entry: 'ab-initio',
    completion_status: 'unknown',
    success_status: 'passed',
    score: { raw: '87' },
  } as never);
  (window as { API_1484_11?: unknown }).API_1484_11 = api;
  mount(fixtureCourse());
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Course complete');
  expect(screen.getByText(/You have completed this course: your learning system keeps that result/)).toBeTruthy();
  expect(screen.getByText('87% (pass mark 60%)')).toBeTruthy();
  expect(screen.getByText('as recorded by your learning system')).toBeTruthy();
});

test('Moodle reopens a finished 2004 course for review: the record of completion with the day it was finished, progress 100%, no retake and no "start a new attempt" advice', () => {
  const course = fixtureCourse();
  const drawn = course.assessment.bank.slice(0, 3).map((q) => q.id);
  const seen = course.modules.flatMap((m) => m.pages.map((p) => p.id));
  const finished = {
    ...emptyProgress(),
    location: 'complete',
    seen,
    assessment: { number: 1, drawn, answers: {}, score: 100 },
    bestScore: 100,
    completedOn: '2026-05-01',
  };
  const api = new Scorm2004API({ logLevel: 5 });
  api.loadFromJSON({
    learner_id: 'u42',
    learner_name: 'Lea Rner',
    mode: 'review',
    credit: 'no-credit',
    entry: 'resume',
    completion_status: 'completed',
    success_status: 'passed',
    suspend_data: encodeProgress(course, finished),
  } as never);
  (window as { API_1484_11?: unknown }).API_1484_11 = api;
  vi.setSystemTime(new Date('2027-01-15T10:00:00'));
  mount(course);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Course complete');
  expect(screen.getByText('1 May 2026')).toBeTruthy();
  expect(screen.getByLabelText('Course progress: 100% complete')).toBeTruthy();
  expect(screen.getByText(/You have completed this course: your learning system keeps that result/)).toBeTruthy();
  expect(screen.queryByText(/Start a new attempt/)).toBeNull();
});

test('an LMS whose GetValue throws at launch: a calm notice that earlier progress is kept safe and this visit is not saved, no alert', () => {
  const api = lms({ entry: 'resume' });
  api.LMSGetValue = () => {
    throw new Error('the LMS bridge failed');
  };
  mount(fixtureCourse());
  const notice = screen.getByText(/did not give us your saved progress this time/);
  expect(notice.textContent).toMatch(/earlier progress is kept safe/);
  expect(screen.queryByRole('alert')).toBeNull();
  expect(screen.queryByRole('dialog')).toBeNull();
});

test('resume data whose attempt field is damaged: the pages are restored and a calm notice names what could not be', () => {
  const course = fixtureCourse();
  const page = course.modules[0]!.pages[0]!.id;
  const fields = encodeProgress(course, { ...emptyProgress(), seen: [page], location: page }).split('.');
  fields[8] = '1*0*!!';
  lms({ entry: 'resume' }).loadFromJSON({ suspend_data: fields.join('.') } as never);
  const { session } = mount(course);
  expect(session.initial.seen).toEqual([page]);
  expect(screen.getByText(/Part of your saved progress could not be restored \(your assessment attempt\)/)).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
});
