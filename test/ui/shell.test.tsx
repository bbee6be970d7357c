// @vitest-environment happy-dom
// The course shell: where-am-I text, module states in words, the progress bar, focus on navigation, locked
// navigation, the standalone notice, in-content page links and Save and exit.
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { button, mount, nextUntil, openFromMenu, press, questionBox } from './harness.tsx';
import { fixtureCourse } from './fixture-course.ts';

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

const menu = () => screen.getByRole('navigation', { name: 'Course contents' });

describe('course shell', () => {
  test('the first launch shows the first module’s opening screen, where it is, and a skip link to the main content', () => {
    mount(fixtureCourse());
    expect(screen.getByText('Module 1 of 2')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Aims of the protocol' })).toBeTruthy();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(document.querySelector(skip.getAttribute('href')!)?.tagName).toBe('MAIN');
  });

  test('Next moves focus to the new page heading and updates the position', () => {
    mount(fixtureCourse());
    press(/^Next/);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'What the protocol is' }));
    expect(screen.getByText('Module 1 of 2: Aims of the protocol, page 1 of 2')).toBeTruthy();
    press(/^Next/);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Who can sign up' }));
    expect(screen.getByText('Module 1 of 2: Aims of the protocol, page 2 of 2')).toBeTruthy();
  });

  test('the menu gives each module’s state in words and marks the current one', () => {
    mount(fixtureCourse());
    const items = within(menu()).getAllByRole('button');
    expect(items.map((b) => b.textContent)).toEqual([
      'Aims of the protocolNot started',
      'Sharing safelyNot started',
      'Final assessmentNot started',
    ]);
    expect(items[0]!.getAttribute('aria-current')).toBe('step');
  });

  test('the progress bar counts what the completion rule asks (checks only under pages-checks-and-assessment), the assessment weighing 25%', () => {
    mount(fixtureCourse());
    expect(screen.getByLabelText('Course progress: 0% complete').getAttribute('value')).toBe('0');
    press(/^Next/);
    // pages-and-assessment: 3 pages fill 75% of the bar; one page seen: 75% / 3 = 25%.
    expect(screen.getByLabelText('Course progress: 25% complete').getAttribute('value')).toBe('25');
    cleanup();
    mount({ ...fixtureCourse(), completion: 'pages-checks-and-assessment' });
    press(/^Next/);
    // 3 pages + 4 check questions = 7 units filling 75% of the bar; one page seen: 75% / 7 = 11%.
    expect(screen.getByLabelText('Course progress: 11% complete').getAttribute('value')).toBe('11');
  });

  test('a link to another page inside the content opens that page', () => {
    mount(fixtureCourse());
    press('Start this module');
    fireEvent.click(screen.getByRole('link', { name: 'how to share' }));
    expect(screen.getByRole('heading', { level: 1, name: 'How to share' })).toBeTruthy();
  });

  test('standalone transport says progress is saved in this browser only', () => {
    mount(fixtureCourse());
    expect(screen.getByText(/saved in this browser only/)).toBeTruthy();
  });

  test('Save and exit on an unfinished course asks first, and "Stay in the course" keeps the learner where they were', () => {
    const { session } = mount(fixtureCourse());
    const exit = vi.spyOn(session, 'exit');
    press('Save and exit');
    expect(button('Save and exit').getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('group', { name: /Leave the course now\?/ })).toBeTruthy();
    expect(document.activeElement).toBe(button('Stay in the course'));
    press('Stay in the course');
    expect(screen.queryByRole('group', { name: /Leave the course now\?/ })).toBeNull();
    expect(document.activeElement).toBe(button('Save and exit'));
    expect(exit).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 1, name: 'Aims of the protocol' })).toBeTruthy();
  });

  test('Save and leave ends the session, the exit screen says how far the learner got and that progress is saved, and focus moves to its heading', () => {
    mount(fixtureCourse());
    const percent = screen.getByRole('progressbar').getAttribute('value');
    press('Save and exit');
    press('Save and leave');
    const heading = screen.getByRole('heading', { name: 'You have left the course' });
    // Focus moves to the one message left, so a screen reader says it (not lost on <body>).
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(`Your progress is saved: ${percent}% complete.`, { exact: false })).toBeTruthy();
  });

  test('when the LMS does not confirm the final save, the exit screen says so and never that progress is saved', () => {
    const { session } = mount(fixtureCourse());
    session.exit = () => false;
    press('Save and exit');
    press('Save and leave');
    expect(screen.getByText(/did not confirm the last save/)).toBeTruthy();
    expect(screen.queryByText(/Your progress is saved/)).toBeNull();
  });
});

describe('locked navigation', () => {
  test('later modules are locked and not buttons until earlier stops are done', () => {
    mount(fixtureCourse({ navigation: 'locked' }));
    expect(within(menu()).getAllByRole('button')).toHaveLength(1);
    expect(within(menu()).getAllByText(/Not started, locked/, { selector: '.state' })).toHaveLength(2);
  });

  test('Next waits on an unchecked knowledge check and says why', () => {
    mount(fixtureCourse({ navigation: 'locked' }));
    nextUntil('Knowledge check');
    expect(screen.queryByRole('button', { name: /^Next/ })).toBeNull();
    expect(screen.getByText('Check your answer to every question to go on.')).toBeTruthy();
  });

  test('once every check answer is checked the next module opens', () => {
    mount(fixtureCourse({ navigation: 'locked' }));
    nextUntil('Knowledge check');
    for (const [q, option] of [
      ['Question 1 of 2', 'Only the county council'],
      ['Question 2 of 2', 'True'],
    ] as const) {
      const region = questionBox(q);
      fireEvent.click(within(region).getByLabelText(option));
      fireEvent.click(within(region).getByRole('button', { name: /^Check answer/ }));
    }
    press(/^Next/);
    expect(screen.getByRole('heading', { level: 1, name: 'Sharing safely' })).toBeTruthy();
    press(/^Next/);
    expect(screen.getByRole('heading', { level: 1, name: 'How to share' })).toBeTruthy();
    openFromMenu(/Aims of the protocol/);
    expect(screen.getByRole('heading', { level: 1, name: 'Aims of the protocol' })).toBeTruthy();
  });
});
