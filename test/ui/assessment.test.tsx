// @vitest-environment happy-dom
// The final assessment through the real standalone session, one question at a time: the intro, "Question n of 3" as
// the focused heading, the answered count, Previous/Next, "Check your answers" with Change links and the error
// summary, the result, retries until attempts run out, and a resume on the same question.
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { answerAttempt, button, mount, openFromMenu, press, questionOnScreen } from './harness.tsx';
import { fixtureCourse } from './fixture-course.ts';
import type { Mounted } from './harness.tsx';
import { startSession } from '../../src/runtime/session.ts';

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

/** Draw with random 0 gives bank questions 1, 2, 3: answer each right or wrong and submit. */
function attempt(rights: boolean[]) {
  answerAttempt((n) => [rights[n - 1] ? /^Right answer/ : /^Wrong answer/]);
}

const main = () => within(screen.getByRole('main'));

describe('final assessment', () => {
  let mounted: Mounted;
  beforeEach(() => {
    mounted = mount(fixtureCourse());
    openFromMenu(/Final assessment/);
  });

  test('the introduction gives the number of questions, the pass mark and the attempts', () => {
    expect(screen.getByRole('heading', { level: 1, name: 'Final assessment' })).toBeTruthy();
    expect(screen.getByText('Answer the questions to finish the course.')).toBeTruthy();
    expect(screen.getByText('Questions: 3, one at a time')).toBeTruthy();
    expect(screen.getByText('Pass mark: 60%')).toBeTruthy();
    expect(screen.getByText('Attempts: 2 (2 left)')).toBeTruthy();
  });

  test('starting shows question 1 of 3 alone: its number is the h1 and has focus, one radio group, none answered yet', () => {
    press('Start the assessment');
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('Question 1 of 3');
    expect(document.activeElement).toBe(heading);
    expect(main().getAllByRole('group')).toHaveLength(1);
    expect(main().getByRole('group').querySelector('.prompt')?.textContent).toBe('Bank question 1?');
    expect(screen.getByText('You have answered 0 of 3 questions.')).toBeTruthy();
    expect(screen.getByText('Final assessment, attempt 1')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Previous question' })).toBeNull();
    expect(screen.queryAllByRole('region')).toEqual([]);
  });

  test('Next question and Previous question page through the attempt, focus on each new heading, answers and count kept', () => {
    press('Start the assessment');
    fireEvent.click(main().getByLabelText('Right answer 1'));
    expect(screen.getByText('You have answered 1 of 3 questions.')).toBeTruthy();
    press('Next question');
    expect(questionOnScreen()).toEqual({ n: 2, of: 3 });
    expect(document.activeElement?.textContent).toBe('Question 2 of 3');
    press('Previous question');
    expect(questionOnScreen()).toEqual({ n: 1, of: 3 });
    expect(document.activeElement?.textContent).toBe('Question 1 of 3');
    expect((main().getByLabelText('Right answer 1') as HTMLInputElement).checked).toBe(true);
    press('Next question');
    press('Next question');
    // The last question leads to Check your answers.
    expect(button('Check your answers')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Next question' })).toBeNull();
  });

  test('each answer is saved as it is given, with the question on screen (the standalone store holds both)', () => {
    press('Start the assessment');
    fireEvent.click(main().getByLabelText('Wrong answer 1'));
    press('Next question');
    mounted.session.exit();
    const saved = startSession(fixtureCourse(), { window, storage: window.localStorage }).initial;
    expect(saved.assessment?.answers['final-q1']?.selected).toEqual(['wrong']);
    expect(saved.assessment?.current).toBe(1);
  });

  test('Check your answers lists every question with the answer given or "Not answered", and a Change or Answer link each', () => {
    press('Start the assessment');
    answerAttempt((n) => (n === 2 ? [] : [/^Right answer/]), false);
    const heading = screen.getByRole('heading', { level: 1, name: 'Check your answers' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(/You have answered 2 of 3 questions\./)).toBeTruthy();
    const rows = [...document.querySelectorAll('.summary-row')].map((r) => [
      r.querySelector('dt')?.textContent,
      r.querySelector('dd')?.textContent,
      r.querySelector('.summary-action a')?.textContent,
    ]);
    expect(rows).toEqual([
      ['Question 1Bank question 1?', 'Right answer 1', 'Change question 1'],
      ['Question 2Bank question 2?', 'Not answered', 'Answer question 2'],
      ['Question 3Bank question 3?', 'Right answer 3', 'Change question 3'],
    ]);
  });

  test('Change opens its question; its main button then leads back to Check your answers', () => {
    press('Start the assessment');
    answerAttempt(() => [/^Right answer/], false);
    fireEvent.click(screen.getByRole('link', { name: 'Change question 1' }));
    expect(questionOnScreen()).toEqual({ n: 1, of: 3 });
    fireEvent.click(main().getByLabelText('Wrong answer 1'));
    press('Check your answers');
    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeTruthy();
    expect(document.querySelector('.summary-row dd')?.textContent).toBe('Wrong answer 1');
  });

  test('Submit with a question unanswered: a focused error summary above the heading, whose link opens that question', () => {
    press('Start the assessment');
    answerAttempt((n) => (n === 1 ? [/^Right answer/] : []));
    const alert = screen.getByRole('alert');
    const summary = alert.parentElement!;
    expect(document.activeElement).toBe(summary);
    expect(within(alert).getByRole('heading', { level: 2, name: 'There is a problem' })).toBeTruthy();
    expect(
      within(alert)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Answer question 2', 'Answer question 3']);
    expect(summary.compareDocumentPosition(screen.getByRole('heading', { level: 1 }))).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    // The same words beside each unanswered row.
    expect([...document.querySelectorAll('.summary-row.has-error .error-message')].map((e) => e.textContent)).toEqual([
      'Not answered',
      'Not answered',
    ]);
    expect(screen.queryByRole('heading', { name: 'Your result' })).toBeNull();
    fireEvent.click(within(alert).getByRole('link', { name: 'Answer question 2' }));
    expect(questionOnScreen()).toEqual({ n: 2, of: 3 });
    expect(document.activeElement?.textContent).toBe('Question 2 of 3');
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

  test('retry starts attempt 2 at its first question with fresh answers; failing it too leaves no attempts and no retry', () => {
    press('Start the assessment');
    attempt([false, false, false]);
    press('Try again');
    expect(screen.getByText('Final assessment, attempt 2')).toBeTruthy();
    expect(questionOnScreen()).toEqual({ n: 1, of: 3 });
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
    attempt([true, false, false]);
    expect(screen.getByText(/You have used all your attempts\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  test('a pass says so, lists what the completion rule still asks (pages-and-assessment: the unseen pages) with links, and Continue leads to the first of it', () => {
    press('Start the assessment');
    attempt([true, true, false]);
    expect(screen.getByText('You passed.')).toBeTruthy();
    expect(screen.getByText(/You scored 67%/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    const left = screen.getByRole('region', { name: 'Still to do to finish the course' });
    expect(
      within(left)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['What the protocol is (Aims of the protocol)', '#aims-what-it-is'],
      ['Who can sign up (Aims of the protocol)', '#aims-who'],
      ['How to share (Sharing safely)', '#sharing-how'],
    ]);
    press('Continue');
    expect(screen.getByRole('heading', { name: 'What the protocol is' })).toBeTruthy();
  });

  test('under pages-checks-and-assessment the unanswered checks are listed too, and a link opens that knowledge check', () => {
    cleanup();
    mount({ ...fixtureCourse(), completion: 'pages-checks-and-assessment' });
    openFromMenu(/Final assessment/);
    press('Start the assessment');
    attempt([true, true, true]);
    fireEvent.click(screen.getByRole('link', { name: /^Knowledge check: Sharing safely/ }));
    expect(screen.getByText('Module 2 of 2: Sharing safely')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Knowledge check' })).toBeTruthy();
  });

  test('an attempt in progress survives leaving the assessment and coming back, on the same question', () => {
    press('Start the assessment');
    press('Next question');
    fireEvent.click(main().getByLabelText('Right answer 2'));
    press(/Previous$/);
    openFromMenu(/Final assessment/);
    expect(questionOnScreen()).toEqual({ n: 2, of: 3 });
    expect((main().getByLabelText('Right answer 2') as HTMLInputElement).checked).toBe(true);
  });

  test('a relaunch from the same storage opens the same question, answers kept', () => {
    press('Start the assessment');
    fireEvent.click(main().getByLabelText('Wrong answer 1'));
    press('Next question');
    press('Next question');
    mounted.session.exit();
    cleanup();
    mount(fixtureCourse());
    expect(questionOnScreen()).toEqual({ n: 3, of: 3 });
    press('Previous question');
    press('Previous question');
    expect((main().getByLabelText('Wrong answer 1') as HTMLInputElement).checked).toBe(true);
  });
});
