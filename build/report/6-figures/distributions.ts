// How learners spread over time and scores: completions by month and best scores in ten-point bands.

import type { Learner } from '../4-normalise/tally.ts';
import { isCompleted } from './standing.ts';

/** Learners by the month of their latest completion, oldest month first. */
export function completionsByMonth(learners: Iterable<Learner>): { month: string; completions: number }[] {
  const months = new Map<string, number>();
  for (const l of learners)
    if (isCompleted(l) && l.completedOn) months.set(l.completedOn.slice(0, 7), (months.get(l.completedOn.slice(0, 7)) ?? 0) + 1);
  return [...months].sort((a, b) => a[0].localeCompare(b[0])).map(([month, completions]) => ({ month, completions }));
}

/** Learners by best score in bands 0–9, …, 90–100; learners without a score are in none. */
export function scoreDistribution(learners: Iterable<Learner>): { band: string; from: number; to: number; learners: number }[] {
  const bands = Array.from({ length: 10 }, (_, i) => ({
    band: i === 9 ? '90–100' : `${i * 10}–${i * 10 + 9}`,
    from: i * 10,
    to: i === 9 ? 100 : i * 10 + 9,
    learners: 0,
  }));
  for (const l of learners)
    if (l.score !== null) {
      const b = bands[Math.min(9, Math.floor(l.score / 10))];
      if (b) b.learners++;
    }
  return bands;
}
