// The keyword learner (test/model/strategies.ts: prefer a role or "record", avoid absolutes, never read the
// scenario) over 2,000 seeded attempts of the real course: it passes at most 1 in 20, and on single-answer
// questions it does about as well as picking at random.
import { expect, test } from 'vitest';
import { loadCourse } from '../../build/content/load.ts';
import { plainText } from '../../build/content/markdown.ts';
import { isMultipleSelect, type Question } from '../../src/model/course.ts';
import { drawAttempt } from '../../src/model/draw.ts';
import { isAnswerCorrect, scoreAttempt } from '../../src/model/scoring.ts';
import { seededRandom, shownOptions } from '../../src/model/shuffle.ts';
import { pickOptions, type Strategy } from './strategies.ts';

const ATTEMPTS = 2000;
/** Single-answer accuracy may exceed chance by at most this much before the wording counts as a give-away. */
const NEAR_CHANCE = 0.1;
const { course } = loadCourse('course');
const byId = new Map(course.assessment.bank.map((q) => [q.id, q]));
const singleAnswer = (q: Question) => q.kind !== 'truefalse' && !isMultipleSelect(q);

/** The learner's answer to `q` as shown to learner `seed` in attempt `round`. */
function answer(strategy: Strategy, q: Question, seed: number, round: number): string[] {
  const shown = shownOptions(q, seed, round);
  return pickOptions(
    strategy,
    shown.map((o) => plainText(o.html)),
    isMultipleSelect(q),
  ).map((i) => shown[i]!.id);
}

/** Passes, and single-answer questions right against the expected right by chance, over ATTEMPTS attempts. */
function run(strategy: Strategy) {
  let passes = 0;
  let asked = 0;
  let right = 0;
  let chance = 0;
  for (let seed = 0; seed < ATTEMPTS; seed++) {
    const drawn = drawAttempt(course, seededRandom(seed, 1, 'draw'));
    const answers = Object.fromEntries(drawn.map((id) => [id, { selected: answer(strategy, byId.get(id)!, seed, 1), checked: true }]));
    if (scoreAttempt(course, { number: 1, drawn, answers, score: null }) >= course.assessment.passMark) passes++;
    for (const id of drawn) {
      const q = byId.get(id)!;
      if (!singleAnswer(q)) continue;
      asked++;
      chance += 1 / q.options.length;
      if (isAnswerCorrect(q, answers[id]!)) right++;
    }
  }
  return { passes, accuracy: right / asked, chance: chance / asked };
}

const keyword = run('keyword');
const pct = (x: number) => `${Math.round(x * 100)}%`;

test(`keyword learner passes at most 1 in 20 of ${ATTEMPTS} seeded attempts (passed ${keyword.passes})`, () => {
  expect(keyword.passes).toBeLessThanOrEqual(ATTEMPTS / 20);
});

test(`keyword learner's single-answer accuracy (${pct(keyword.accuracy)}) is within ${NEAR_CHANCE * 100} points of chance (${pct(keyword.chance)})`, () => {
  expect(keyword.accuracy).toBeLessThanOrEqual(keyword.chance + NEAR_CHANCE);
});

test('the strategies pick as described: keyword prefers a role, avoids absolutes, and ticks the cued options of a select-all', () => {
  const shown = ['Send the whole file today', 'Ask the IG team first', 'Wait for the next meeting'];
  expect(pickOptions('keyword', shown, false)).toEqual([1]);
  expect(pickOptions('keyword', ['Never send it', 'Send it on Monday'], false)).toEqual([1]);
  expect(pickOptions('keyword', ['Record the reason', 'Tell the DPO', 'Delete all copies'], true)).toEqual([0, 1]);
  expect(pickOptions('keyword', ['Delete all copies', 'Phone them'], true)).toEqual([1]);
  expect(pickOptions('first', shown, true)).toEqual([0, 1]);
  expect(pickOptions('longest', shown, false)).toEqual([0]);
});
