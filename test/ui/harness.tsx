// Mounts the real player (App + the runtime's real session, standalone transport on happy-dom localStorage)
// and offers the few moves every component test makes: go to a stop, choose an option, press a button.
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

/** Tick or pick an option (radio or checkbox) by its label inside the question whose region is `question`. */
export function choose(question: string | RegExp, option: string | RegExp) {
  const region = screen.getByRole('region', { name: question });
  fireEvent.click(within(region).getByLabelText(option));
}

export function checkIn(question: string | RegExp) {
  const region = screen.getByRole('region', { name: question });
  fireEvent.click(within(region).getByRole('button', { name: /^Check answer/ }));
  return region;
}
