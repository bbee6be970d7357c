// @vitest-environment happy-dom
// Knowledge checks for every question kind: controls, Check, per-option feedback, explanation, references,
// and answers kept across navigation and a relaunch, through the real standalone session.
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkIn, choose, mount, nextUntil, openFromMenu, press } from './harness.tsx';
import { fixtureCourse } from './fixture-course.ts';

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

  test('a wrong answer shows "Not quite", the chosen option’s feedback, the right option, explanation and references, and takes focus to them', () => {
    choose(Q1, 'Only the county council');
    const region = checkIn(Q1);
    const live = region.querySelector('.feedback-target') as HTMLElement;
    expect(document.activeElement).toBe(live);
    expect(within(live).getByText('Not quite.', { selector: '.verdict' })).toBeTruthy();
    expect(within(live).getByText('Because of the rule for q-single.')).toBeTruthy();
    expect(within(live).getByText('Sources: ¶1; MAISP overview')).toBeTruthy();
    expect(within(region).getByText('Your answer: not correct.')).toBeTruthy();
    expect(within(region).getByText('No: the council is one of many.')).toBeTruthy();
    expect(within(region).getByText('A correct answer.')).toBeTruthy();
    // The note is tied to its option, so a screen reader hears it with the radio button.
    const council = within(region).getByLabelText('Only the county council');
    expect(document.getElementById(council.getAttribute('aria-describedby') ?? '')?.textContent).toContain('not correct');
  });

  test('a right true/false answer shows "Correct." with a single reference', () => {
    choose(Q2, 'False');
    const region = checkIn(Q2);
    expect(within(region).getByText('Correct.', { selector: '.verdict' })).toBeTruthy();
    expect(within(region).getByText('Source: ¶5')).toBeTruthy();
    expect(within(region).getByText('Your answer: correct.')).toBeTruthy();
  });

  test('changing a checked answer hides the old feedback until it is checked again', () => {
    choose(Q2, 'True');
    checkIn(Q2);
    choose(Q2, 'False');
    const region = screen.getByRole('region', { name: Q2 });
    expect(within(region).queryByText(/Not quite\.|Correct\.$/)).toBeNull();
  });

  test('answers and feedback are still there after leaving the check and coming back', () => {
    choose(Q1, 'Any organisation serving Surrey');
    checkIn(Q1);
    press(/Previous/);
    expect(screen.getByRole('heading', { name: 'Who can sign up' })).toBeTruthy();
    press(/^Next/);
    const region = screen.getByRole('region', { name: Q1 });
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

  test('a multiple-choice answer is right only with every correct option and no wrong one', () => {
    choose(Q1, 'Health');
    let region = checkIn(Q1);
    expect(within(region).getByText('Not quite.', { selector: '.verdict' })).toBeTruthy();
    choose(Q1, 'Ethnic origin');
    region = checkIn(Q1);
    expect(within(region).getByText('Correct.', { selector: '.verdict' })).toBeTruthy();
    expect(within(region).getAllByText('Your answer: correct.')).toHaveLength(2);
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
    const region = screen.getByRole('region', { name: Q2 });
    expect((within(region).getByLabelText('True') as HTMLInputElement).checked).toBe(true);
    expect(within(region).getByText('Not quite.', { selector: '.verdict' })).toBeTruthy();
  });
});
