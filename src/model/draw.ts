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

/** The bank questions that are variants of `behaviourId`, in bank order. */
export function variantsOf(bank: readonly Question[], behaviourId: string): Question[] {
  return bank.filter((q) => q.behaviour === behaviourId);
}

/**
 * One attempt's questions: first one variant of every critical behaviour (at random among its variants), then the
 * blueprint's count from each module, counting what is already drawn, then the rest of `draw` at random from the
 * bank; all in random order (so neither modules nor critical questions are asked in a pattern). The other variants of
 * a behaviour are never drawn beside the one chosen: an attempt asks each behaviour exactly once. The build has
 * checked that the bank can fill all of this; a republished course that cannot simply draws what there is, and the
 * critical questions are never the ones left out.
 */
export function drawAttempt(course: Course, random: () => number): string[] {
  const { bank, draw, blueprint = {}, critical } = course.assessment;
  const owner = new Map(course.modules.flatMap((m) => m.objectives.map((o) => [o.id, m.id] as const)));
  const moduleOf = (q: Question) => owner.get(q.objectives[0] ?? '');
  const drawn = critical.flatMap((b) => pick(variantsOf(bank, b.id), 1, random));
  const declared = new Set(critical.map((b) => b.id));
  const pool = bank.filter((q) => q.behaviour === undefined || !declared.has(q.behaviour));
  for (const [m, n] of Object.entries(blueprint)) {
    const already = drawn.filter((q) => moduleOf(q) === m).length;
    const room = draw - drawn.length;
    drawn.push(
      ...pick(
        pool.filter((q) => moduleOf(q) === m),
        Math.min(n - already, room),
        random,
      ),
    );
  }
  const rest = pick(
    pool.filter((q) => !drawn.includes(q)),
    draw - drawn.length,
    random,
  );
  const all = [...drawn, ...rest];
  return pick(all, all.length, random).map((q) => q.id);
}
