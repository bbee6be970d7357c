// Draws the final assessment's questions for one attempt: pure, so the UI, the session and tests agree on it.

import type { Course, Question } from './course.ts';
import { pick } from './shuffle.ts';

/**
 * Picks `count` distinct question ids from `bank` in random order. `random` returns [0, 1) like Math.random;
 * pass a seeded one in tests. `count` is clamped to the bank size.
 */
export function drawQuestions(bank: Question[], count: number, random: () => number): string[] {
  return pick(
    bank.map((q) => q.id),
    count,
    random,
  );
}

/**
 * One attempt's questions: at least the blueprint's count from each module, the rest of `draw` at random from
 * what is left of the bank, all in random order (so the modules are not asked in course order). The build has
 * checked that the bank can fill the blueprint; a republished course that cannot simply draws what there is.
 */
export function drawAttempt(course: Course, random: () => number): string[] {
  const { bank, draw, blueprint = {} } = course.assessment;
  const owner = new Map(course.modules.flatMap((m) => m.objectives.map((o) => [o.id, m.id] as const)));
  const drawn = Object.entries(blueprint).flatMap(([m, n]) =>
    pick(
      bank.filter((q) => owner.get(q.objectives[0] ?? '') === m),
      n,
      random,
    ),
  );
  return pick(
    [
      ...drawn,
      ...pick(
        bank.filter((q) => !drawn.includes(q)),
        draw - drawn.length,
        random,
      ),
    ],
    draw,
    random,
  ).map((q) => q.id);
}
