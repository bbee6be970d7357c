// Seeded shuffles: the order a learner sees options in, reproducible from the seed kept in the resume data.

import type { Option, Question } from './course.ts';
import { hash32 } from './hash.ts';

/**
 * `count` items of `items` in random order (a partial Fisher-Yates shuffle); the input is not changed.
 * `random` returns [0, 1) like Math.random. `count` is clamped to the list's length.
 */
export function pick<T>(items: readonly T[], count: number, random: () => number): T[] {
  const out = [...items];
  const n = Math.max(0, Math.min(Math.floor(count), out.length));
  for (let i = 0; i < n; i++) {
    // j in [i, length): the clamp guards a `random` that returns exactly 1.
    const j = Math.min(out.length - 1, i + Math.floor(random() * (out.length - i)));
    const picked = out[j] as T;
    out[j] = out[i] as T;
    out[i] = picked;
  }
  return out.slice(0, n);
}

/**
 * A deterministic [0, 1) sequence for one learner's seed, round and question id: each number is the hash of the
 * four together with its index (the resume data's hash, so the player carries one).
 */
export function seededRandom(seed: number, round: number, key: string): () => number {
  let i = 0;
  return () => hash32(`${seed}.${round}.${key}.${i++}`) / 2 ** 32;
}

/**
 * The options in the order this learner sees them: shuffled per learner (`seed`) and per round (0 for knowledge
 * checks, the attempt number in the assessment), so a blind "always the first" strategy gains nothing and a retry
 * gives a fresh order; the same seed and round always give the same order, so a resumed attempt looks as it did.
 * True/false stays true-then-false, and `shuffle: false` (an order that carries meaning) keeps the written order.
 * Option ids never change, so LMS responses and reports do not depend on the order.
 */
export function shownOptions(q: Question, seed: number, round: number): Option[] {
  if (q.kind === 'truefalse' || q.pinned === true) return q.options;
  return pick(q.options, q.options.length, seededRandom(seed, round, q.id));
}
