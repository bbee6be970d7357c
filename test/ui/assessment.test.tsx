// @vitest-environment happy-dom
// The final assessment flow through the real standalone session: intro facts, question headings, the error summary
// for unanswered questions, a failed attempt with its review, retry until attempts run out, and a pass.
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { button, mount, openFromMenu, press, questionBox } from './harness.tsx';
import { fixtureCourse } from './fixture-course.ts';

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

/** Answer drawn question n (1-based on screen) with its right or wrong option. */
function answer(n: number, right: boolean) {
  fireEvent.click(within(questionBox(`Question ${n} of 3`)).getByLabelText(right ? /^Right answer/ : /^Wrong answer/));
}

/** The texts an element's aria-describedby points to. */
const descriptions = (el: Element) =>
  (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);

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

  test('each question is headed "Question n of 3" at level 2 under the h1, and no question is a landmark region', () => {
    press('Start the assessment');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Question 1 of 3',
      'Question 2 of 3',
      'Question 3 of 3',
    ]);
    expect(screen.queryAllByRole('region')).toEqual([]);
    expect(document.querySelectorAll('main section')).toHaveLength(0);
  });

  test('submitting with unanswered questions shows the error summary: a focused alert headed "There is a problem", one link per question', () => {
    press('Start the assessment');
    answer(1, true);
    press('Submit answers');
    const alert = screen.getByRole('alert');
    const summary = alert.parentElement!;
    expect(document.activeElement).toBe(summary);
    expect(within(alert).getByRole('heading', { level: 2, name: 'There is a problem' })).toBeTruthy();
    expect(
      within(alert)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Answer question 2', 'Answer question 3']);
    // Above the page heading, as GOV.UK places it.
    expect(summary.compareDocumentPosition(screen.getByRole('heading', { level: 1 }))).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(screen.queryByRole('heading', { name: 'Your result' })).toBeNull();
  });

  test('each unanswered question shows the same words as an inline error tied to its group by aria-describedby', () => {
    press('Start the assessment');
    answer(1, true);
    press('Submit answers');
    const groups = within(screen.getByRole('main')).getAllByRole('group');
    expect(descriptions(groups[0]!)).toEqual(['Select one answer.']);
    expect(descriptions(groups[1]!)).toEqual(['Select one answer.', 'Error: Answer question 2']);
    expect(descriptions(groups[2]!)).toEqual(['Select one answer.', 'Error: Answer question 3']);
  });

  test('a summary link moves focus to the first option of its question', () => {
    press('Start the assessment');
    press('Submit answers');
    const link = within(screen.getByRole('alert')).getByRole('link', { name: 'Answer question 2' });
    const target = document.getElementById(link.getAttribute('href')!.slice(1))!;
    expect(target).toBe(within(questionBox('Question 2 of 3')).getAllByRole('radio')[0]);
    fireEvent.click(link);
    expect(document.activeElement).toBe(target);
  });

  test('answering a listed question takes it off the summary and its inline error; the summary goes when none remain', () => {
    press('Start the assessment');
    press('Submit answers');
    answer(2, false);
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Answer question 1', 'Answer question 3']);
    expect(within(questionBox('Question 2 of 3')).queryByText(/Answer question/)).toBeNull();
    expect(descriptions(within(questionBox('Question 2 of 3')).getByRole('group'))).toEqual(['Select one answer.']);
    answer(1, true);
    answer(3, true);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/Answer question/)).toBeNull();
    press('Submit answers');
    expect(screen.getByRole('heading', { name: 'Your result' })).toBeTruthy();
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
    expect(items[0]!.textContent).toContain('✗Your answer: wrongWrong answer 2');
    expect(items[0]!.textContent).toContain('→The right answerRight answer 2');
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
    const region = questionBox('Question 2 of 3');
    expect((within(region).getByLabelText('Right answer 2') as HTMLInputElement).checked).toBe(true);
    expect(button('Submit answers')).toBeTruthy();
  });
});
