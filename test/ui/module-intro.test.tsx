// @vitest-environment happy-dom
// A module's opening screen: its facts and objectives, Start/Continue/Review, the ways in (start, menu, Next from
// the previous module) and resuming there from the saved data.
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { button, checkIn, choose, mount, nextUntil, openFromMenu, press } from './harness.tsx';
import { fixtureCourse } from './fixture-course.ts';

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

const facts = () =>
  Array.from(document.querySelectorAll('.intro-facts > div')).map(
    (d) => `${d.querySelector('dt')?.textContent}: ${d.querySelector('dd')?.textContent}`,
  );

describe('module opening screen', () => {
  test('names the module as the h1 and gives its position, time, pages, check, progress and objectives', () => {
    mount(fixtureCourse());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Aims of the protocol');
    expect(screen.getByText('Module 1 of 2')).toBeTruthy();
    expect(facts()).toEqual([
      'Time: About 10 minutes',
      'In this module: 2 pages, a knowledge check of 2 questions',
      'Your progress: Not started',
    ]);
    const learn = screen.getByRole('heading', { level: 2, name: 'What you will learn' });
    expect(learn).toBeTruthy();
    expect(screen.getByText('Explain the MAISP.').tagName).toBe('LI');
  });

  test('Start opens the first page; back at the opening screen Continue opens the first page not yet seen', () => {
    mount(fixtureCourse());
    press('Start this module');
    expect(screen.getByRole('heading', { level: 1, name: 'What the protocol is' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'What the protocol is' }));
    press(/Previous/);
    expect(facts()[2]).toBe('Your progress: In progress: 1 of 2 pages seen');
    press('Continue this module');
    expect(screen.getByRole('heading', { level: 1, name: 'Who can sign up' })).toBeTruthy();
  });

  test('the contents menu and Next after the last stop of a module both open the next module’s opening screen', () => {
    mount(fixtureCourse());
    openFromMenu(/Sharing safely/);
    expect(screen.getByRole('heading', { level: 1, name: 'Sharing safely' })).toBeTruthy();
    expect(screen.getByText('Module 2 of 2')).toBeTruthy();
    // No objectives written: no empty "What you will learn".
    expect(screen.queryByRole('heading', { name: 'What you will learn' })).toBeNull();
    openFromMenu(/Aims of the protocol/);
    nextUntil('Knowledge check');
    press(/^Next/);
    expect(screen.getByRole('heading', { level: 1, name: 'Sharing safely' })).toBe(document.activeElement);
  });

  test('a completed module offers Review, which opens its first page', () => {
    mount(fixtureCourse());
    press('Start this module');
    press(/^Next/);
    press(/^Next/);
    for (const [q, option] of [
      ['Question 1 of 2', 'Any organisation serving Surrey'],
      ['Question 2 of 2', 'False'],
    ] as const) {
      choose(q, option);
      checkIn(q);
    }
    openFromMenu(/Aims of the protocol/);
    expect(facts()[2]).toBe('Your progress: Complete');
    press('Review this module');
    expect(screen.getByRole('heading', { level: 1, name: 'What the protocol is' })).toBeTruthy();
  });

  test('a learner who left at an opening screen comes back to it', () => {
    const first = mount(fixtureCourse());
    openFromMenu(/Sharing safely/);
    first.session.exit();
    first.unmount();
    cleanup();
    mount(fixtureCourse());
    expect(screen.getByRole('heading', { level: 1, name: 'Sharing safely' })).toBeTruthy();
    expect(button('Start this module')).toBeTruthy();
  });
});
