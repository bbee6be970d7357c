// @vitest-environment happy-dom
// Options on screen follow the learner's shuffle seed: per learner, per attempt, kept on relaunch; true/false and
// `shuffle: false` questions keep the written order; option ids (the values) never change.
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Question } from '../../src/model/course.ts';
import { SEED_RANGE } from '../../src/model/progress.ts';
import { shownOptions } from '../../src/model/shuffle.ts';
import { answerAttempt, mount, nextUntil, openFromMenu, press } from './harness.tsx';
import { fixtureCourse, MULTIPLE } from './fixture-course.ts';

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

/** Option ids of a question group, in the order they are on screen. */
const onScreen = (name: RegExp): string[] =>
  within(screen.getByRole('group', { name }))
    .getAllByRole(/checkbox|radio/)
    .map((i) => i.getAttribute('value') ?? '');

const FIVE: Question = {
  ...MULTIPLE,
  options: ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, html: `Option ${id}`, correct: i < 2, feedback: '' })),
};
const course = (pinned = false) =>
  fixtureCourse({
    modules: fixtureCourse().modules.map((m) => (m.id === 'sharing' ? { ...m, check: [{ ...FIVE, ...(pinned ? { pinned } : {}) }] } : m)),
  });
const seedOf = (r: number) => Math.floor(r * SEED_RANGE);

function openCheck(c = course(), random = 0.5) {
  const mounted = mount(c, () => random);
  openFromMenu(/Sharing safely/);
  nextUntil('Knowledge check');
  return mounted;
}

describe('option order', () => {
  test('a knowledge check shows the options in the order the learner’s seed gives', () => {
    openCheck(course(), 0.5);
    expect(onScreen(/special category/)).toEqual(shownOptions(FIVE, seedOf(0.5), 0).map((o) => o.id));
  });

  test('two learners (seeds) see different orders of the same question', () => {
    const orders = new Set(
      [0.1, 0.3, 0.5, 0.7, 0.9].map((r) =>
        shownOptions(FIVE, seedOf(r), 0)
          .map((o) => o.id)
          .join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  test('a relaunch keeps the order (the seed is in the saved data, not drawn again)', () => {
    const first = openCheck(course(), 0.25);
    const before = onScreen(/special category/);
    first.session.exit();
    first.unmount();
    cleanup();
    mount(course(), () => 0.75);
    expect(onScreen(/special category/)).toEqual(before);
    expect(before).toEqual(shownOptions(FIVE, seedOf(0.25), 0).map((o) => o.id));
  });

  test('shuffle: false keeps the written order', () => {
    openCheck(course(true), 0.5);
    expect(onScreen(/special category/)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  test('true/false stays True then False', () => {
    mount(fixtureCourse(), () => 0.5);
    nextUntil('Knowledge check');
    expect(onScreen(/lawful basis/)).toEqual(['true', 'false']);
  });

  test('each assessment attempt shows its questions in the order of its own round of the seed', () => {
    const c = fixtureCourse();
    mount(c, () => 0.5);
    openFromMenu(/Final assessment/);
    press('Start the assessment');
    // One question at a time: collect each screen's field, then go on.
    const fields: Element[] = [];
    answerAttempt(() => {
      fields.push(document.querySelector('main .question-field')!);
      return [];
    }, false);
    expect(new Set(fields.map((f) => f.getAttribute('data-question'))).size).toBe(3);
    for (const field of fields) {
      const q = c.assessment.bank.find((b) => b.id === field.getAttribute('data-question'))!;
      const ids = [...field.querySelectorAll('input')].map((i) => i.value);
      expect(ids).toEqual(shownOptions(q, seedOf(0.5), 1).map((o) => o.id));
    }
  });
});
