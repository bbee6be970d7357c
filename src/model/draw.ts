// Draws the final assessment's questions for one attempt: pure, so the UI, the session and tests agree on it.

import type { Question } from './course.ts';

/**
 * Picks `count` distinct question ids from `bank` in random order (a partial Fisher-Yates shuffle).
 * `random` returns [0, 1) like Math.random; pass a seeded one in tests. `count` is clamped to the bank size.
 */
export function drawQuestions(bank: Question[], count: number, random: () => number): string[] {
  const ids = bank.map((q) => q.id);
  const n = Math.max(0, Math.min(Math.floor(count), ids.length));
  for (let i = 0; i < n; i++) {
    // j in [i, length): clamp guards a `random` that returns exactly 1.
    const j = Math.min(ids.length - 1, i + Math.floor(random() * (ids.length - i)));
    const picked = ids[j] as string;
    ids[j] = ids[i] as string;
    ids[i] = picked;
  }
  return ids.slice(0, n);
}
