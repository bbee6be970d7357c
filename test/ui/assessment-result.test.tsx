// @vitest-environment happy-dom
// The result screen teaches: right answers per module, each missed question marked as in the knowledge checks,
// references in words, links to the pages that teach it (they open inside the player), and the retry above and below.
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Course, Question } from '../../src/model/course.ts';
import { mount, openFromMenu, press, questionBox } from './harness.tsx';
import { fixtureCourse } from './fixture-course.ts';

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
  rights.forEach((right, i) => {
    fireEvent.click(within(questionBox(`Question ${i + 1} of 3`)).getByLabelText(right ? /^Right answer/ : /^Wrong answer/));
  });
  press('Submit answers');
}

const review = () => screen.getByRole('region', { name: 'Review of the answers that were not right' });

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

  test('each missed question names its references in words and links the pages that teach it, by page title', () => {
    attempt([true, false, false]);
    const [second, third] = within(review()).getAllByRole('listitem') as [HTMLElement, HTMLElement];
    expect(second.textContent).toContain('Source: Protocol ¶17 (Consent)');
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
    fireEvent.click(within(review()).getByRole('link', { name: 'How to share' }));
    expect(screen.getByRole('heading', { level: 2, name: 'How to share' })).toBeTruthy();
  });

  test('the retry is offered above and below the review; both start a new attempt', () => {
    attempt([false, false, false]);
    expect(screen.getByRole('button', { name: 'Try again' }).compareDocumentPosition(review())).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    fireEvent.click(within(review()).getByRole('button', { name: 'Try the assessment again' }));
    expect(screen.getByText(/^Attempt 2\./)).toBeTruthy();
  });

  test('with no attempts left neither retry is shown', () => {
    attempt([false, false, false]);
    attempt([false, false, false], 'Try again');
    expect(screen.queryByRole('button', { name: /Try/ })).toBeNull();
    expect(within(review()).getAllByRole('listitem')).toHaveLength(3);
  });

  test('a pass with a wrong answer still shows its review, without a retry', () => {
    attempt([true, true, false]);
    expect(screen.getByText('You passed.')).toBeTruthy();
    expect(within(review()).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /Try/ })).toBeNull();
  });

  test('each reviewed question is an h3 "Question n of 3" under the review heading, with the learner’s answer marked in words', () => {
    attempt([true, false, false]);
    expect(
      within(review())
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Question 2 of 3', 'Question 3 of 3']);
    const [second] = within(review()).getAllByRole('listitem') as [HTMLElement];
    expect([...second.querySelectorAll('.review-option')].map((o) => o.textContent)).toEqual([
      '→The right answerRight answer 2',
      '✗Your answer: wrongWrong answer 2',
    ]);
  });
});

describe('the review of a select-all question', () => {
  test('marks the options rightly chosen, wrongly chosen and missed', () => {
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
    mount(course);
    openFromMenu(/Final assessment/);
    press('Start the assessment');
    const q1 = within(questionBox('Question 1 of 3'));
    fireEvent.click(q1.getByLabelText('Right A'));
    fireEvent.click(q1.getByLabelText('Wrong C'));
    for (const n of [2, 3]) fireEvent.click(within(questionBox(`Question ${n} of 3`)).getByLabelText(/^Right answer/));
    press('Submit answers');
    const [item] = within(review()).getAllByRole('listitem') as [HTMLElement];
    expect([...item.querySelectorAll('.review-option')].map((o) => [o.className, o.textContent])).toEqual([
      ['review-option option-right', '✓Rightly chosenRight AYes, A.'],
      ['review-option option-missed', '!Missed: should have been chosenRight B'],
      ['review-option option-wrong', '✗Wrongly chosenWrong CNo, not C.'],
    ]);
    // A wrong option left out is not marked, and the missed one never carries the tick.
    expect(item.textContent).not.toContain('Wrong D');
  });
});
