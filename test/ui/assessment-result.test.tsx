// @vitest-environment happy-dom
// The result screen teaches without an answer key: right answers per module; after a fail each miss with the learner's
// own answer and why it is wrong, references in words, links to the pages that teach it, and the retry once those
// pages are read; after a pass the full review with the right answers.
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Course, Question } from '../../src/model/course.ts';
import { answerAttempt, mount, openFromMenu, press } from './harness.tsx';
import { fixtureCourse, TRUEFALSE } from './fixture-course.ts';

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

/** The fixture course with its bank split over two modules, each question carrying what the build adds. */
function teachingCourse(): Course {
  const course = fixtureCourse();
  const [aims, sharing] = course.modules as [Course['modules'][0], Course['modules'][0]];
  sharing.objectives = [{ id: 'sharing-safely', text: 'Share safely.' }];
  course.assessment.bank = course.assessment.bank.map((q, i): Question =>
    i % 2 === 0
      ? { ...q, teaches: ['aims-who'], citations: ['Protocol ¶1 (Aims and objectives)'] }
      : { ...q, objectives: ['sharing-safely'], teaches: ['sharing-how', 'aims-what-it-is'], citations: ['Protocol ¶17 (Consent)'] },
  );
  expect(aims.pages.map((p) => p.id)).toContain('aims-who');
  return course;
}

/** Draw with random 0 gives bank questions 1, 2, 3; answer them right or wrong and submit. */
function attempt(rights: boolean[], start = 'Start the assessment') {
  press(start);
  answerAttempt((n) => [rights[n - 1] ? /^Right answer/ : /^Wrong answer/]);
}

const missed = () => screen.getByRole('region', { name: 'What you missed' });
const review = () => screen.getByRole('region', { name: 'Review of the answers that were not right' });
const reread = () => screen.getByRole('region', { name: 'Before you try again' });

/** Opens every page the re-read list links to (each through its link), coming back to the result from the contents. */
function readAll() {
  for (let i = 0; i < 10; i++) {
    const link = within(reread())
      .queryAllByRole('link')
      .find((a) => a.nextElementSibling?.textContent === '(not read yet)');
    if (!link) return;
    fireEvent.click(link);
    openFromMenu(/Final assessment/);
  }
}

describe('the result screen', () => {
  beforeEach(() => {
    mount(teachingCourse());
    openFromMenu(/Final assessment/);
  });

  test('a table gives the right answers per module, by module title, in course order', () => {
    attempt([true, false, false]); // q1 aims right, q2 sharing wrong, q3 aims wrong
    const table = screen.getByRole('table', { name: 'Your answers by module' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toEqual(['ModuleRight answers', 'Aims of the protocol1 of 2', 'Sharing safely0 of 1']);
  });

  test('after a fail each miss shows the learner’s answer and its feedback, never the right option, its mark or the explanation', () => {
    attempt([true, false, false]);
    const items = within(missed()).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(
      within(missed())
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Question 2 of 3', 'Question 3 of 3']);
    expect([...items[0]!.querySelectorAll('.review-option')].map((o) => o.textContent)).toEqual(['Your answerWrong answer 2No: not 2.']);
    const html = missed().innerHTML;
    for (const n of [2, 3]) expect(html).not.toContain(`Right answer ${n}`);
    expect(html).not.toContain('Because of the rule');
    expect(html).not.toMatch(/right answer|option-right|option-missed|mark-/i);
    // Nor anywhere else on the screen.
    expect(screen.getByRole('main').innerHTML).not.toMatch(/Right answer [23]/);
  });

  test('each missed question names its references in words and links the pages that teach it, by page title', () => {
    attempt([true, false, false]);
    const [second, third] = within(missed()).getAllByRole('listitem') as [HTMLElement, HTMLElement];
    expect(second.textContent).toContain('Sources: Protocol ¶17 (Consent)');
    // In course order, whatever order the build listed them in.
    expect(
      within(second)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['What the protocol is', '#aims-what-it-is'],
      ['How to share', '#sharing-how'],
    ]);
    expect(third.textContent).toContain('Read again: Who can sign up');
  });

  test('a page link opens that page inside the player', () => {
    attempt([true, false, false]);
    fireEvent.click(within(missed()).getByRole('link', { name: 'How to share' }));
    expect(screen.getByRole('heading', { level: 1, name: 'How to share' })).toBeTruthy();
  });

  test('a page opened from the result offers "Back to your result" on every page until the learner is back there', () => {
    attempt([true, false, false]);
    fireEvent.click(within(reread()).getByRole('link', { name: 'Who can sign up' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Who can sign up' })).toBeTruthy();
    press(/^Next/);
    fireEvent.click(screen.getByRole('link', { name: 'Back to your result' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Your result' }));
    openFromMenu(/Sharing safely/);
    expect(screen.queryByRole('link', { name: 'Back to your result' })).toBeNull();
  });

  test('after a fail, Try again waits for the pages linked to the misses, listed in course order, each marked read or not', () => {
    attempt([true, false, false]);
    expect(screen.queryByRole('button', { name: /^Try/ })).toBeNull();
    expect(
      within(reread())
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['What the protocol is (not read yet)', 'Who can sign up (not read yet)', 'How to share (not read yet)']);
    expect(within(reread()).getByText('3 of 3 pages still to read.')).toBeTruthy();
    expect(reread().textContent).toContain('The next attempt opens once you have opened each page below');
    fireEvent.click(within(reread()).getByRole('link', { name: 'Who can sign up' }));
    openFromMenu(/Final assessment/);
    expect(within(reread()).getByText('Who can sign up').nextElementSibling?.textContent).toBe('(read)');
    expect(screen.queryByRole('button', { name: /^Try/ })).toBeNull();
    readAll();
    expect(within(reread()).getByText(/All read: you can try again/)).toBeTruthy();
    press('Try again');
    expect(screen.getByText('Final assessment, attempt 2')).toBeTruthy();
  });

  test('pages seen before the fail do not count: the rule asks for a reading after the result', () => {
    // Read every page first, then fail.
    openFromMenu(/Aims of the protocol/);
    for (let i = 0; i < 6; i++) press(/^Next/);
    openFromMenu(/Final assessment/);
    attempt([false, false, false]);
    expect(within(reread()).getAllByText('(not read yet)')).toHaveLength(3);
  });

  test('once the pages are read, the retry is offered above and below the review; both start a new attempt', () => {
    attempt([false, false, false]);
    readAll();
    expect(screen.getByRole('button', { name: 'Try again' }).compareDocumentPosition(missed())).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    fireEvent.click(within(missed()).getByRole('button', { name: 'Try the assessment again' }));
    expect(screen.getByText('Final assessment, attempt 2')).toBeTruthy();
  });

  test('with no attempts left neither retry nor the re-read list is shown', () => {
    attempt([false, false, false]);
    readAll();
    attempt([false, false, false], 'Try again');
    expect(screen.queryByRole('button', { name: /Try/ })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Before you try again' })).toBeNull();
    expect(within(missed()).getAllByRole('listitem')).toHaveLength(3);
  });

  test('a pass with a wrong answer shows its full review, right answer and explanation included, without a retry', () => {
    attempt([true, true, false]);
    expect(screen.getByText('You passed.')).toBeTruthy();
    expect(within(review()).getAllByRole('listitem')).toHaveLength(1);
    const [item] = within(review()).getAllByRole('listitem') as [HTMLElement];
    expect([...item.querySelectorAll('.review-option')].map((o) => o.textContent)).toEqual([
      '→The right answerRight answer 3',
      '✗Your answer: wrongWrong answer 3No: not 3.',
    ]);
    expect(item.textContent).toContain('Because of the rule for final-q3.');
    expect(screen.queryByRole('button', { name: /Try/ })).toBeNull();
  });
});

describe('retryAfter: none', () => {
  test('Try again is offered at once after a fail, with no list of pages to read first', () => {
    const course = teachingCourse();
    course.assessment.retryAfter = 'none';
    mount(course);
    openFromMenu(/Final assessment/);
    attempt([false, false, false]);
    expect(screen.queryByRole('region', { name: 'Before you try again' })).toBeNull();
    press('Try again');
    expect(screen.getByText('Final assessment, attempt 2')).toBeTruthy();
  });
});

describe('the review of a select-all question', () => {
  function selectAllCourse() {
    const course = fixtureCourse();
    // Bank question 1 becomes select-all: two right options, two wrong.
    const [first] = course.assessment.bank as [Question];
    course.assessment.bank[0] = {
      ...first,
      kind: 'multiple',
      options: [
        { id: 'a', html: 'Right A', correct: true, feedback: 'Yes, A.' },
        { id: 'b', html: 'Right B', correct: true, feedback: '' },
        { id: 'c', html: 'Wrong C', correct: false, feedback: 'No, not C.' },
        { id: 'd', html: 'Wrong D', correct: false, feedback: '' },
      ],
    };
    return course;
  }

  test('after a pass: marks the options rightly chosen, wrongly chosen and missed', () => {
    mount(selectAllCourse());
    openFromMenu(/Final assessment/);
    press('Start the assessment');
    answerAttempt((n) => (n === 1 ? ['Right A', 'Wrong C'] : [/^Right answer/]));
    const [item] = within(review()).getAllByRole('listitem') as [HTMLElement];
    expect([...item.querySelectorAll('.review-option')].map((o) => [o.className, o.textContent])).toEqual([
      ['review-option option-right', '✓Rightly chosenRight AYes, A.'],
      ['review-option option-missed', '!Missed: should have been chosenRight B'],
      ['review-option option-wrong', '✗Wrongly chosenWrong CNo, not C.'],
    ]);
    // A wrong option left out is not marked, and the missed one never carries the tick.
    expect(item.textContent).not.toContain('Wrong D');
  });

  test('after a fail: the choices alike, the wrong one’s feedback, nothing about the option left out', () => {
    mount(selectAllCourse());
    openFromMenu(/Final assessment/);
    press('Start the assessment');
    answerAttempt((n) => (n === 1 ? ['Right A', 'Wrong C'] : [/^Wrong answer/]));
    const item = within(missed()).getAllByRole('listitem')[0]!;
    expect([...item.querySelectorAll('.review-option')].map((o) => [o.className, o.textContent])).toEqual([
      ['review-option option-chosen', 'Your answerRight A'],
      ['review-option option-chosen', 'Your answerWrong CNo, not C.'],
    ]);
    expect(item.innerHTML).not.toContain('Right B');
  });

  test('after a fail with only right options chosen: says something was left out, without saying what', () => {
    mount(selectAllCourse());
    openFromMenu(/Final assessment/);
    press('Start the assessment');
    answerAttempt((n) => (n === 1 ? ['Right A'] : [/^Wrong answer/]));
    const item = within(missed()).getAllByRole('listitem')[0]!;
    expect(item.textContent).toContain('Something that applies was not chosen.');
    expect(item.innerHTML).not.toContain('Right B');
  });
});

describe('a critical decision missed', () => {
  test('fails a score over the pass mark, names the behaviour in words with its pages, and those pages join the re-read list', () => {
    const course = teachingCourse();
    course.assessment.critical = [{ id: 'verify', title: 'Check who is asking before you share', pages: ['sharing-how'] }];
    course.assessment.bank[0] = { ...course.assessment.bank[0]!, behaviour: 'verify', teaches: ['aims-who'] };
    mount(course);
    openFromMenu(/Final assessment/);
    attempt([false, true, true]); // 67% against 60%, but question 1 is the behaviour's variant
    expect(screen.getByText('You did not pass this time.')).toBeTruthy();
    const critical = screen.getByRole('region', { name: 'Critical decisions you missed' });
    expect(critical.textContent).toContain('Check who is asking before you share. Read again: How to share');
    expect(within(critical).getByRole('link', { name: 'How to share' }).getAttribute('href')).toBe('#sharing-how');
    expect(
      within(reread())
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Who can sign up', 'How to share']);
  });
});

describe('a missed question of two options (true/false)', () => {
  test('after a fail says only that the answer was not right: naming the wrong one of two would name the right one', () => {
    const course = fixtureCourse();
    course.assessment.bank[0] = { ...TRUEFALSE, id: 'final-q1' };
    mount(course);
    openFromMenu(/Final assessment/);
    press('Start the assessment');
    answerAttempt((n) => [n === 1 ? 'True' : /^Wrong answer/]);
    const item = within(missed()).getAllByRole('listitem')[0]!;
    expect(item.textContent).toContain('Your answer was not right.');
    expect(item.innerHTML).not.toMatch(/True|False|not a legal power|Correct\./);
  });
});
