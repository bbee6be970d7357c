// Finds questions a learner can answer without reading them: a skewed correct position, the right answer as the
// longest option, "all/none of the above", select-all questions whose right options come first, and the wording
// cues (cue-checks.ts).
import { isMultipleSelect, type Question } from '../../src/model/course.ts';
import { findCueLeaks } from './cue-checks.ts';
import type { Position } from './diagnostics.ts';
import { plainText } from './markdown.ts';
import type { ReadQuestion } from './questions.ts';

export const LEAK_CHECKS = ['correctPosition', 'longestCorrect', 'allOrNone', 'leadingCorrect', 'roleCue', 'absoluteCue'] as const;
export type LeakCheck = (typeof LEAK_CHECKS)[number];
export const LEAK_SEVERITIES = ['error', 'warning', 'off'] as const;
/** assessment.yaml `leakChecks`: each check fails the build (`error`, the default), only warns, or is not run (`off`). */
export type LeakSeverities = Record<LeakCheck, (typeof LEAK_SEVERITIES)[number]>;

export interface LeakFinding {
  check: LeakCheck;
  file: string;
  at: Position;
  message: string;
  hint: string;
}

/** The right option counts as "the longest" when it is longer than every wrong one by more than this share. */
export const LONGEST_MARGIN = 0.1;
/** At most this share of the bank's single-answer questions may have the longest option as the right one. */
export const LONGEST_SHARE = 0.4;
/** Pinned questions whose right option sits at one position: more than this share of them is a skew. */
export const POSITION_SHARE = 0.5;
/** Too few questions say nothing about a skew. */
const MIN_SAMPLE = 5;

const ALL_OR_NONE = /\b(all|none|both|neither)\s+of\s+(the\s+)?(above|below|these|those|them)\b/i;

const isSingleAnswer = (q: Question) => q.kind !== 'truefalse' && !isMultipleSelect(q);
const length = (html: string) => plainText(html).length;
const percent = (n: number, of: number) => `${Math.round((n / of) * 100)}%`;
const where = (q: ReadQuestion) => `${q.question.id} (${q.file.split(/[\\/]/).slice(-2).join('/')}:${q.idAt.line})`;

/** True when the right option is longer than every wrong option by more than LONGEST_MARGIN. */
export function correctIsLongest(q: Question): boolean {
  const right = q.options.filter((o) => o.correct).map((o) => length(o.html));
  const wrong = q.options.filter((o) => !o.correct).map((o) => length(o.html));
  return right.length === 1 && wrong.length > 0 && (right[0] as number) > Math.max(...wrong) * (1 + LONGEST_MARGIN);
}

/**
 * `bank`: the assessment's questions (the two bank-wide skews are measured there, where they decide a pass);
 * `all`: every question, for the per-question checks. `bankFile`/`bankAt` locate the bank-wide findings.
 */
export function findLeaks(bank: ReadQuestion[], all: ReadQuestion[], bankFile: string, bankAt: Position): LeakFinding[] {
  const found: LeakFinding[] = [];

  const single = bank.filter((q) => isSingleAnswer(q.question));
  const longest = single.filter((q) => correctIsLongest(q.question));
  if (single.length >= MIN_SAMPLE && longest.length > single.length * LONGEST_SHARE) {
    found.push({
      check: 'longestCorrect',
      file: bankFile,
      at: bankAt,
      message: `the right option is the longest (by more than ${LONGEST_MARGIN * 100}%) in ${longest.length} of ${single.length} single-answer bank questions (${percent(longest.length, single.length)}, at most ${LONGEST_SHARE * 100}% allowed): always picking the longest option passes without reading`,
      hint: `make the wrong options as full and specific as the right one, or the right one shorter; e.g. ${longest.slice(0, 5).map(where).join(', ')}`,
    });
  }

  // With shuffling on, a position means nothing; only pinned (shuffle: false) questions can leak it.
  const pinned = bank.filter((q) => q.question.pinned === true && q.question.kind !== 'truefalse');
  const byPosition = new Map<number, ReadQuestion[]>();
  for (const q of pinned) {
    const first = q.question.options.findIndex((o) => o.correct);
    byPosition.set(first, [...(byPosition.get(first) ?? []), q]);
  }
  for (const [position, qs] of byPosition) {
    if (pinned.length >= MIN_SAMPLE && qs.length > pinned.length * POSITION_SHARE) {
      found.push({
        check: 'correctPosition',
        file: qs[0]!.file,
        at: qs[0]!.optionsAt,
        message: `${qs.length} of the ${pinned.length} bank questions with shuffle: false have their right option at position ${position + 1} (${percent(qs.length, pinned.length)}): always picking that position passes without reading`,
        hint: `let the player shuffle them (remove shuffle: false), or move the right options so no position holds more than half; e.g. ${qs.slice(0, 5).map(where).join(', ')}`,
      });
    }
  }

  for (const q of all) {
    q.question.options.forEach((o, i) => {
      const text = plainText(o.html);
      if (ALL_OR_NONE.test(text))
        found.push({
          check: 'allOrNone',
          file: q.file,
          at: q.optionAt[i] ?? q.optionsAt,
          message: `option "${text}" of question "${q.question.id}" points at the other options: with shuffled options it is nonsense, and it is right far more often than chance`,
          hint: 'write the answer out in words, or make the question select-all ("Select all that apply")',
        });
    });
    const correct = q.question.options.map((o) => o.correct);
    const leading = correct.indexOf(false);
    if (q.question.pinned === true && isMultipleSelect(q.question) && leading > 0 && !correct.slice(leading).includes(true))
      found.push({
        check: 'leadingCorrect',
        file: q.file,
        at: q.optionsAt,
        message: `select-all question "${q.question.id}" has shuffle: false and its right options are exactly the first ${leading}: "all but the last" answers it without reading`,
        hint: 'remove shuffle: false so the player shuffles the options, or mix the right options among the wrong ones',
      });
  }
  found.push(...findCueLeaks(bank, 'roleCue'), ...findCueLeaks(bank, 'absoluteCue'));
  return found;
}
