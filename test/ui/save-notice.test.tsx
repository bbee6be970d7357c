// @vitest-environment happy-dom
// What the learner is told about saving: a calm role=status warning when the LMS refuses a commit (never a
// dialog or alert), and the review-mode notice; the LMS is scorm-again with its commit made to fail.
import { cleanup, screen } from '@testing-library/preact';
import { Scorm12API } from 'scorm-again';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { mount, press } from './harness.tsx';
import { fixtureCourse } from './fixture-course.ts';

beforeEach(() => window.localStorage.clear());
afterEach(() => {
  cleanup();
  delete (window as { API?: unknown }).API;
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

test('review mode says the recorded result will not change', () => {
  lms({ lesson_mode: 'review', lesson_status: 'passed' });
  mount(fixtureCourse());
  expect(screen.getByText('You are reviewing this course. Your recorded result will not change.')).toBeTruthy();
});
