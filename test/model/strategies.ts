// Learners who answer without reading the question, as pure functions of the options on screen (their texts in the
// order shown): the model tests run them over thousands of seeded draws, the Chromium test on the built zips.
import { cueWords } from '../../build/content/cue-words.ts';

export const STRATEGIES = ['first', 'longest', 'keyword'] as const;
export type Strategy = (typeof STRATEGIES)[number];

/**
 * The IG reviewer's cue rule (course review of 7 December 2026, section 3): an option naming a role or a
 * safe-sounding action ("ask the IG team", "record", "only what is needed") scores +1, one holding an absolute
 * ("never", "all", "the whole file") -1; the learner never reads the scenario.
 */
export function keywordScore(text: string): number {
  return (cueWords(text, 'role').length > 0 ? 1 : 0) - (cueWords(text, 'absolute').length > 0 ? 1 : 0);
}

/**
 * The indices (into `shown`) the strategy ticks. Single answer: the best-ranked option, the first shown among
 * equals, as a learner taking the first that fits would. Select-all: "first" and "longest" tick all but the last
 * ranked; "keyword" ticks every cued option (score > 0), else every option without an absolute, else the first.
 */
export function pickOptions(strategy: Strategy, shown: readonly string[], multiple: boolean): number[] {
  const indices = shown.map((_, i) => i);
  switch (strategy) {
    case 'first':
    case 'longest': {
      // Stable sort: among options of equal length the one shown first wins.
      const ranked = strategy === 'first' ? indices : [...indices].sort((a, b) => shown[b]!.trim().length - shown[a]!.trim().length);
      return multiple ? ranked.slice(0, -1) : ranked.slice(0, 1);
    }
    case 'keyword': {
      const score = indices.map((i) => keywordScore(shown[i]!));
      if (!multiple) return [indices.reduce((best, i) => (score[i]! > score[best]! ? i : best), 0)];
      const cued = indices.filter((i) => score[i]! > 0);
      if (cued.length > 0) return cued;
      const plain = indices.filter((i) => score[i]! >= 0);
      return plain.length > 0 ? plain : [0];
    }
  }
}
