// @vitest-environment happy-dom
// The final assessment flow through the real standalone session: intro facts, unanswered questions, a failed
// attempt with its review, retry until attempts run out, and a pass.
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { button, mount, openFromMenu, press } from './harness.tsx';
import { fixtureCourse } from './fixture-course.ts';

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

/** Answer drawn question n (1-based on screen) with its right or wrong option. */
function answer(n: number, right: boolean) {
  const region = screen.getByRole('region', { name: `Question ${n}` });
  fireEvent.click(within(region).getByLabelText(right ? /^Right answer/ : /^Wrong answer/));
}

function attempt(rights: boolean[]) {
  rights.forEach((right, i) => answer(i + 1, right));
  press('Submit answers');
}

describe('final assessment', () => {
  beforeEach(() => {
    mount(fixtureCourse());
    openFromMenu(/Final assessment/);
  });

  test('the introduction gives the number of questions, the pass mark and the attempts', () => {
    expect(screen.getByRole('heading', { level: 1, name: 'Final assessment' })).toBeTruthy();
    expect(screen.getByText('Answer the questions to finish the course.')).toBeTruthy();
    expect(screen.getByText('Questions: 3')).toBeTruthy();
    expect(screen.getByText('Pass mark: 60%')).toBeTruthy();
    expect(screen.getByText('Attempts: 2 (2 left)')).toBeTruthy();
  });

  test('starting shows the drawn questions, numbered, with one radio group each', () => {
    press('Start the assessment');
    expect(screen.getByText('Attempt 1. Answer all 3 questions, then choose “Submit answers”.')).toBeTruthy();
    expect(
      within(screen.getByRole('main'))
        .getAllByRole('group')
        .map((g) => g.querySelector('.prompt')?.textContent),
    ).toEqual(['Bank question 1?', 'Bank question 2?', 'Bank question 3?']);
  });

  test('submitting with unanswered questions names them, takes focus there and does not score', () => {
    press('Start the assessment');
    answer(1, true);
    press('Submit answers');
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('Not answered yet: questions 2, 3.');
    expect(screen.queryByRole('heading', { name: 'Your result' })).toBeNull();
  });

  test('a failed attempt shows the score, the pass mark, the verdict in words and moves focus to the result', () => {
    press('Start the assessment');
    attempt([true, false, false]);
    const heading = screen.getByRole('heading', { name: 'Your result' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText('You did not pass this time.')).toBeTruthy();
    expect(screen.getByText(/You scored 33%\. The pass mark is 60%\./)).toBeTruthy();
    expect(screen.getByText(/You have 1 attempt left\./)).toBeTruthy();
  });

  test('the review lists only the wrong answers, with the learner’s answer, the right one and the explanation', () => {
    press('Start the assessment');
    attempt([true, false, false]);
    const review = screen.getByRole('region', { name: 'Review of the answers that were not right' });
    const items = within(review).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('Bank question 2?');
    expect(items[0]!.textContent).toContain('Your answer: Wrong answer 2');
    expect(items[0]!.textContent).toContain('Correct answer: Right answer 2');
    expect(items[0]!.textContent).toContain('Because of the rule for final-q2.');
    expect(within(review).queryByText('Bank question 1?')).toBeNull();
  });

  test('retry starts attempt 2 with fresh answers; failing it too leaves no attempts and no retry', () => {
    press('Start the assessment');
    attempt([false, false, false]);
    press('Try again');
    expect(screen.getByText(/^Attempt 2\./)).toBeTruthy();
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
    attempt([true, false, false]);
    expect(screen.getByText(/You have used all your attempts\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  test('a pass says so and Continue leads to the first unseen page when pages remain', () => {
    press('Start the assessment');
    attempt([true, true, false]);
    expect(screen.getByText('You passed.')).toBeTruthy();
    expect(screen.getByText(/You scored 67%/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    // Not "pass the assessment to go on": it is passed, and what is left is the modules.
    expect(screen.getByText('Finish the modules still to do to complete the course.')).toBeTruthy();
    press('Continue');
    expect(screen.getByRole('heading', { name: 'What the protocol is' })).toBeTruthy();
  });

  test('an attempt in progress survives leaving the assessment and coming back', () => {
    press('Start the assessment');
    answer(2, true);
    press(/Previous/);
    openFromMenu(/Final assessment/);
    const region = screen.getByRole('region', { name: 'Question 2' });
    expect((within(region).getByLabelText('Right answer 2') as HTMLInputElement).checked).toBe(true);
    expect(button('Submit answers')).toBeTruthy();
  });
});
