// The blueprint draw and the option shuffle: every attempt tests every assessed module, over many seeded draws of
// the real course; shuffled orders are permutations, reproducible from the seed, and fresh per round.
import { describe, expect, test } from 'vitest';
import { loadCourse } from '../../build/content/load.ts';
import type { Question } from '../../src/model/course.ts';
import { drawAttempt } from '../../src/model/draw.ts';
import { seededRandom, shownOptions } from '../../src/model/shuffle.ts';
import { toPass } from '../../src/model/scoring.ts';
import { fixtureCourse } from '../runtime/fixture-course.ts';

const { course } = loadCourse('course');
// A bank question belongs to the module of its first objective (course/README.md).
const moduleOfObjective = new Map(course.modules.flatMap((m) => m.objectives.map((o) => [o.id, m.id] as const)));
const owner = new Map(course.assessment.bank.map((q) => [q.id, moduleOfObjective.get(q.objectives[0] ?? '')]));

describe('drawAttempt on the real course (blueprint from course/assessment.yaml)', () => {
  const blueprint = course.assessment.blueprint ?? {};
  const assessed = Object.keys(blueprint);

  test('the blueprint asks for at least one question from every module that has bank questions', () => {
    expect(assessed.sort()).toEqual([...new Set(owner.values())].sort());
    expect(assessed.length).toBeGreaterThan(1);
  });

  test('2,000 seeded attempts: each draws `draw` distinct bank questions and meets every module’s count', () => {
    const bankIds = new Set(course.assessment.bank.map((q) => q.id));
    for (let seed = 0; seed < 2000; seed++) {
      const drawn = drawAttempt(course, seededRandom(seed, 0, 'draw'));
      expect(drawn).toHaveLength(course.assessment.draw);
      expect(new Set(drawn).size).toBe(drawn.length);
      for (const id of drawn) expect(bankIds.has(id)).toBe(true);
      const perModule = new Map<string, number>();
      for (const id of drawn) perModule.set(owner.get(id) ?? '', (perModule.get(owner.get(id) ?? '') ?? 0) + 1);
      for (const m of assessed) expect(perModule.get(m) ?? 0, `attempt ${seed}, module ${m}`).toBeGreaterThanOrEqual(blueprint[m]!);
    }
  });

  test('the draw still varies: over 2,000 attempts every bank question is drawn at least once', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 2000; seed++) for (const id of drawAttempt(course, seededRandom(seed, 0, 'draw'))) seen.add(id);
    expect(seen.size).toBe(course.assessment.bank.length);
  });

  test('the modules are not asked in course order: the first question comes from different modules', () => {
    const firsts = new Set(Array.from({ length: 200 }, (_, seed) => owner.get(drawAttempt(course, seededRandom(seed, 0, 'draw'))[0]!)));
    expect(firsts.size).toBe(assessed.length);
  });
});

describe('drawAttempt without a blueprint', () => {
  test('draws `draw` distinct questions at random, as before', () => {
    const c = fixtureCourse();
    const drawn = drawAttempt(c, seededRandom(1, 0, 'x'));
    expect(drawn).toHaveLength(c.assessment.draw);
    expect(new Set(drawn).size).toBe(drawn.length);
  });
});

describe('shownOptions', () => {
  const five: Question = {
    kind: 'single',
    id: 'q-five',
    prompt: '',
    text: '',
    explanation: '',
    references: [],
    objectives: [],
    options: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, html: id, correct: id === 'a', feedback: '' })),
  };
  const ids = (q: Question, seed: number, round: number) => shownOptions(q, seed, round).map((o) => o.id);

  test('is a permutation of the options and the same for the same seed and round', () => {
    for (let seed = 0; seed < 200; seed++) {
      expect([...ids(five, seed, 3)].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
      expect(ids(five, seed, 3)).toEqual(ids(five, seed, 3));
    }
  });

  test('puts the right option first about one time in five over many learners (no position is favoured)', () => {
    let first = 0;
    for (let seed = 0; seed < 5000; seed++) if (ids(five, seed * 7919, 1)[0] === 'a') first++;
    expect(first / 5000).toBeGreaterThan(0.17);
    expect(first / 5000).toBeLessThan(0.23);
  });

  test('a new round (attempt) gives a new order for most learners', () => {
    let changed = 0;
    for (let seed = 0; seed < 500; seed++) if (ids(five, seed, 1).join() !== ids(five, seed, 2).join()) changed++;
    expect(changed).toBeGreaterThan(450);
  });

  test('true/false and pinned questions keep the written order', () => {
    const tf: Question = { ...five, kind: 'truefalse', options: five.options.slice(0, 2) };
    for (let seed = 0; seed < 50; seed++) {
      expect(ids(tf, seed, 1)).toEqual(['a', 'b']);
      expect(ids({ ...five, pinned: true }, seed, 1)).toEqual(['a', 'b', 'c', 'd', 'e']);
    }
  });
});

describe('toPass', () => {
  test.for([
    [15, 80, 12],
    [15, 70, 11],
    [10, 80, 8],
    [3, 60, 2],
    [7, 100, 7],
    [7, 0, 0],
  ] as const)('%s questions at %s%% need %s right', ([n, mark, k]) => {
    expect(toPass(n, mark)).toBe(k);
  });
});

test('toPass agrees with scoreAttempt’s rounding for every question count up to 60 and every pass mark', () => {
  for (let n = 1; n <= 60; n++)
    for (let mark = 0; mark <= 100; mark++) {
      const k = toPass(n, mark);
      expect(Math.round((k / n) * 100), `${k} of ${n} at ${mark}%`).toBeGreaterThanOrEqual(mark);
      if (k > 0) expect(Math.round(((k - 1) / n) * 100), `${k - 1} of ${n} at ${mark}%`).toBeLessThan(mark);
    }
});
