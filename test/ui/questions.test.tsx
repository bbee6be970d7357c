// @vitest-environment happy-dom
// Knowledge checks for every question kind: headings, controls, Check, a first wrong try's hint, the marks on each
// option (right, wrong, missed), explanation, references, and answers kept across navigation and a relaunch, through the real standalone session.
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Option } from '../../src/model/course.ts';
import { checkIn, choose, mount, nextUntil, openFromMenu, press, questionBox } from './harness.tsx';
import { fixtureCourse, MULTIPLE } from './fixture-course.ts';
import { optionMark } from '../../src/ui/QuestionField.tsx';

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

const Q1 = 'Question 1 of 2';
const Q2 = 'Question 2 of 2';

describe('single and true/false questions (check:aims)', () => {
  beforeEach(() => {
    mount(fixtureCourse());
    nextUntil('Knowledge check');
  });

  test('a single-choice question is a radio group in a fieldset whose legend is the prompt', () => {
    const group = screen.getByRole('group', { name: /Who can sign up\?/ });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value'))
        .sort(),
    ).toEqual(['any', 'council']);
    expect(group.tagName).toBe('FIELDSET');
  });

  test('Check without an answer asks for one instead of marking', () => {
    const region = checkIn(Q1);
    expect(within(region).getByText('Choose an answer first, then check it.')).toBeTruthy();
    expect(within(region).queryByText(/Correct\.$|Not quite\./)).toBeNull();
  });

  test('each question is headed "Question n of m" at level 2 under the Knowledge check h1, and no question is a landmark region', () => {
    const h2 = screen.getByRole('heading', { level: 1, name: 'Knowledge check' });
    const questions = screen.getAllByRole('heading', { level: 2 });
    expect(questions.map((h) => h.textContent)).toEqual([Q1, Q2]);
    expect(h2.compareDocumentPosition(questions[0]!)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(screen.queryAllByRole('region').filter((r) => /Question/.test(r.getAttribute('aria-label') ?? ''))).toEqual([]);
    expect(document.querySelectorAll('main section')).toHaveLength(0);
  });

  test('a first wrong answer gets a hint: "Not quite", the chosen option’s feedback, focus on it; no right option, no explanation', () => {
    choose(Q1, 'Only the county council');
    const region = checkIn(Q1);
    const live = region.querySelector('.feedback-target') as HTMLElement;
    expect(document.activeElement).toBe(live);
    expect(within(live).getByText(/Not quite\. Have another go\./, { selector: '.verdict' })).toBeTruthy();
    expect(live.textContent).toContain('the explanation comes after your second try');
    expect(within(region).getByText('Your answer: wrong')).toBeTruthy();
    expect(within(region).getByText('No: the council is one of many.')).toBeTruthy();
    // Nothing tells, shows or marks which option is right.
    expect(region.innerHTML).not.toMatch(/The right answer|Because of the rule|Right: public|option-right|option-missed/);
    const note = (label: string) => within(region).getByLabelText(label).getAttribute('aria-describedby');
    expect(note('Any organisation serving Surrey')).toBeNull();
    expect(document.getElementById(note('Only the county council') ?? '')?.textContent).toBe(
      '✗Your answer: wrongNo: the council is one of many.',
    );
  });

  test('a second wrong try shows "Not quite", the right option, explanation and references, each note tied to its option', () => {
    choose(Q1, 'Only the county council');
    checkIn(Q1);
    const region = checkIn(Q1);
    const live = region.querySelector('.feedback-target') as HTMLElement;
    expect(within(live).getByText('Not quite.', { selector: '.verdict' })).toBeTruthy();
    expect(within(live).getByText('Because of the rule for q-single.')).toBeTruthy();
    expect(within(live).getByText('Sources: ¶1; MAISP overview')).toBeTruthy();
    // The right answer the learner did not choose is pointed out, without the tick of a right answer.
    expect(within(region).getByText('The right answer').textContent).toBe('→The right answer');
    const note = (label: string) =>
      document.getElementById(within(region).getByLabelText(label).getAttribute('aria-describedby') ?? '')?.textContent;
    expect(note('Only the county council')).toBe('✗Your answer: wrongNo: the council is one of many.');
    expect(note('Any organisation serving Surrey')).toBe('→The right answerRight: public, private and voluntary bodies.');
  });

  test('a right answer after the hint shows "Correct." and the explanation', () => {
    choose(Q1, 'Only the county council');
    checkIn(Q1);
    choose(Q1, 'Any organisation serving Surrey');
    const region = checkIn(Q1);
    expect(within(region).getByText('Correct.', { selector: '.verdict' })).toBeTruthy();
    expect(within(region).getByText('Because of the rule for q-single.')).toBeTruthy();
  });

  test('a right true/false answer shows "Correct." with a single reference', () => {
    choose(Q2, 'False');
    const region = checkIn(Q2);
    expect(within(region).getByText('Correct.', { selector: '.verdict' })).toBeTruthy();
    expect(within(region).getByText('Source: ¶5')).toBeTruthy();
    expect(within(region).getByText('Your answer: right')).toBeTruthy();
    expect(within(region).queryByText('The right answer')).toBeNull();
  });

  test('changing a checked answer hides the old feedback until it is checked again', () => {
    choose(Q2, 'True');
    checkIn(Q2);
    choose(Q2, 'False');
    const region = questionBox(Q2);
    expect(within(region).queryByText(/Not quite\.|Correct\.$/)).toBeNull();
    expect(within(region).queryByText(/Your answer/)).toBeNull();
  });

  test('answers and feedback are still there after leaving the check and coming back', () => {
    choose(Q1, 'Any organisation serving Surrey');
    checkIn(Q1);
    press(/Previous/);
    expect(screen.getByRole('heading', { name: 'Who can sign up' })).toBeTruthy();
    press(/^Next/);
    const region = questionBox(Q1);
    expect((within(region).getByLabelText('Any organisation serving Surrey') as HTMLInputElement).checked).toBe(true);
    expect(within(region).getByText('Correct.', { selector: '.verdict' })).toBeTruthy();
  });
});

describe('multiple-choice and scenario questions (check:sharing)', () => {
  beforeEach(() => {
    mount(fixtureCourse());
    openFromMenu(/Sharing safely/);
    nextUntil('Knowledge check');
  });

  test('a multiple-choice question uses checkboxes and says to select all that apply', () => {
    const group = screen.getByRole('group', { name: /special category/ });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(3);
    expect(within(group).getByText('Select all that apply.')).toBeTruthy();
  });

  test('a multiple-choice answer is right only with every correct option and no wrong one; the hint says something is missing', () => {
    choose(Q1, 'Health');
    let region = checkIn(Q1);
    expect(within(region).getByText(/Not quite\. Have another go\./, { selector: '.verdict' })).toBeTruthy();
    expect(region.textContent).toContain('Something that applies is not chosen yet.');
    expect(within(region).queryByText(/Rightly chosen|Missed/)).toBeNull();
    choose(Q1, 'Ethnic origin');
    region = checkIn(Q1);
    expect(within(region).getByText('Correct.', { selector: '.verdict' })).toBeTruthy();
    expect(within(region).getAllByText('Rightly chosen')).toHaveLength(2);
    expect(within(region).queryByText(/Wrongly chosen|Missed/)).toBeNull();
  });

  test('a select-all answer checked twice marks each option rightly chosen, wrongly chosen or missed, in words tied to its checkbox', () => {
    choose(Q1, 'Health');
    choose(Q1, 'Home address');
    let region = checkIn(Q1);
    // The hint marks only the wrong choice.
    expect([...region.querySelectorAll('.mark')].map((m) => m.textContent)).toEqual(['✗Wrongly chosen']);
    region = checkIn(Q1);
    const mark = (label: string) => {
      const box = within(region).getByLabelText(label);
      const note = document.getElementById(box.getAttribute('aria-describedby') ?? '')!;
      return [note.querySelector('.mark')?.className, note.querySelector('.mark')?.textContent];
    };
    expect(mark('Health')).toEqual(['mark mark-right', '✓Rightly chosen']);
    expect(mark('Home address')).toEqual(['mark mark-wrong', '✗Wrongly chosen']);
    // Missed: an empty box beside a right answer must not read as success, so no tick and its own words.
    expect(mark('Ethnic origin')).toEqual(['mark mark-missed', '!Missed: should have been chosen']);
    expect(within(region).getByText('Not quite.', { selector: '.verdict' })).toBeTruthy();
  });

  test('a scenario shows its case text and the question group is described by it', () => {
    const group = screen.getByRole('group', { name: /What should you do first\?/ });
    const described = (group.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    expect(described.join(' ')).toContain('A housing officer phones your school');
    expect(within(group).getAllByRole('radio')).toHaveLength(2);
  });
});

describe('resume', () => {
  test('a relaunch from the same browser storage shows the checked answer and its feedback', () => {
    const first = mount(fixtureCourse());
    nextUntil('Knowledge check');
    choose(Q2, 'True');
    checkIn(Q2);
    first.session.exit();
    first.unmount();
    mount(fixtureCourse());
    let region = questionBox(Q2);
    expect((within(region).getByLabelText('True') as HTMLInputElement).checked).toBe(true);
    // Still the first try's hint: the tries are kept too, so the second try gives the explanation.
    expect(within(region).getByText(/Not quite\. Have another go\./, { selector: '.verdict' })).toBeTruthy();
    region = checkIn(Q2);
    expect(within(region).getByText('Because of the rule for q-tf.')).toBeTruthy();
  });
});

describe('optionMark: the words for an option after checking', () => {
  const [right, , wrong] = MULTIPLE.options as [Option, Option, Option];
  test.for<[string, Option, boolean, boolean, string | null]>([
    ['select-all, chosen right', right, true, true, 'right Rightly chosen'],
    ['select-all, chosen wrong', wrong, true, true, 'wrong Wrongly chosen'],
    ['select-all, right but not chosen', right, false, true, 'missed Missed: should have been chosen'],
    ['select-all, wrong and not chosen', wrong, false, true, null],
    ['single, chosen right', right, true, false, 'right Your answer: right'],
    ['single, chosen wrong', wrong, true, false, 'wrong Your answer: wrong'],
    ['single, right but not chosen', right, false, false, 'missed The right answer'],
    ['single, wrong and not chosen', wrong, false, false, null],
  ])('%s', ([, option, chosen, multiple, expected]) => {
    const mark = optionMark(option, chosen, multiple);
    expect(mark && `${mark.tone} ${mark.text}`).toBe(expected);
    // Only a chosen right answer gets the tick.
    if (mark) expect(mark.icon === '✓').toBe(mark.tone === 'right');
  });
});
