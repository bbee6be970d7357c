// Mounts the real player (App + the runtime's real session, standalone transport on happy-dom localStorage)
// and offers the few moves every component test makes: go to a stop, find a question, choose an option, press a button.
import { fireEvent, render, screen, within } from '@testing-library/preact';
import type { Course } from '../../src/model/course.ts';
import { startSession } from '../../src/runtime/session.ts';
import { App } from '../../src/ui/App.tsx';

export interface Mounted {
  session: ReturnType<typeof startSession>;
  prints: { count: number };
  unmount: () => void;
}

/** 2025-06-14 12:00 local time: the clock every test reads, so the completion date is known. */
export const NOW = new Date(2025, 5, 14, 12, 0).getTime();

export function mount(course: Course, random: () => number = () => 0): Mounted {
  const session = startSession(course, { window, storage: window.localStorage, now: () => NOW });
  const prints = { count: 0 };
  const { unmount } = render(
    <App course={course} session={session} now={() => NOW} random={random} print={() => prints.count++} menuOpen />,
  );
  return { session, prints, unmount };
}

export const button = (name: string | RegExp) => screen.getByRole('button', { name });
export const press = (name: string | RegExp) => fireEvent.click(button(name));

/** Open a module, the assessment, from the contents menu. */
export function openFromMenu(title: RegExp) {
  const nav = screen.getByRole('navigation', { name: 'Course contents' });
  fireEvent.click(within(nav).getByRole('button', { name: title }));
}

/** Press Next until the heading of the screen reads `heading`. */
export function nextUntil(heading: string | RegExp) {
  for (let i = 0; i < 20; i++) {
    if (screen.queryByRole('heading', { name: heading })) return;
    press(/^Next/);
  }
  throw new Error(`never reached ${String(heading)}`);
}

/** The box of the question whose heading is `label` ("Question 2 of 5"), as a sighted learner finds it. */
export function questionBox(label: string | RegExp): HTMLElement {
  const box = screen.getByRole('heading', { name: label }).closest<HTMLElement>('.question');
  if (!box) throw new Error(`the heading ${String(label)} is not in a question`);
  return box;
}

/** Every question box on the screen, in order. */
export const questionBoxes = () =>
  screen.getAllByRole('heading', { name: /^Question \d+ of \d+$/ }).map((h) => h.closest<HTMLElement>('.question')!);

/** Tick or pick an option (radio or checkbox) by its label inside the question headed `question`. */
export function choose(question: string | RegExp, option: string | RegExp) {
  fireEvent.click(within(questionBox(question)).getByLabelText(option));
}

export function checkIn(question: string | RegExp) {
  const box = questionBox(question);
  fireEvent.click(within(box).getByRole('button', { name: /^Check answer/ }));
  return box;
}

/** The number of the assessment question on screen (its h1 "Question n of m"), or null on another screen. */
export function questionOnScreen(): { n: number; of: number } | null {
  const m = /^Question (\d+) of (\d+)$/.exec(document.getElementById('screen-heading')?.textContent ?? '');
  return m ? { n: Number(m[1]), of: Number(m[2]) } : null;
}

/**
 * Answers the attempt one question at a time, from the question on screen to the last: `pick(n)` gives the label of
 * the option to choose for question n (several for a select-all; none to leave it), then "Check your answers" and,
 * unless `submit` is false, "Submit answers".
 */
export function answerAttempt(pick: (n: number) => (string | RegExp)[], submit = true) {
  for (let at = questionOnScreen(); at; at = questionOnScreen()) {
    const main = screen.getByRole('main');
    for (const label of pick(at.n)) fireEvent.click(within(main).getByLabelText(label));
    press(at.n === at.of ? 'Check your answers' : 'Next question');
  }
  screen.getByRole('heading', { level: 1, name: 'Check your answers' });
  if (submit) press('Submit answers');
}
