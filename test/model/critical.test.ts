// The critical-decision gate (issue 21) on the real course: every attempt asks each behaviour once, fills the blueprint,
// and a wrong critical answer fails the attempt, to the model, the progress and the LMS report, whatever the score.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { loadCourse } from '../../build/content/load.ts';
import { isPassed } from '../../src/model/completion.ts';
import type { Course, Question } from '../../src/model/course.ts';
import { drawAttempt, variantsOf } from '../../src/model/draw.ts';
import { emptyProgress, type Answer, type AssessmentAttempt } from '../../src/model/progress.ts';
import { attemptOutcome, toPass } from '../../src/model/scoring.ts';
import { seededRandom } from '../../src/model/shuffle.ts';
import type { LaunchData } from '../../src/runtime/adapter.ts';
import { buildReport } from '../../src/runtime/report.ts';
import * as act from '../../src/ui/progress-actions.ts';

const { course } = loadCourse('course');
const { bank, critical, draw, passMark } = course.assessment;
const byId = new Map(bank.map((q) => [q.id, q]));
const moduleOfObjective = new Map(course.modules.flatMap((m) => m.objectives.map((o) => [o.id, m.id] as const)));
const owner = (id: string) => moduleOfObjective.get(byId.get(id)?.objectives[0] ?? '');
const DRAWS = 1000;
const attemptOf = (seed: number) => drawAttempt(course, seededRandom(seed, 0, 'draw'));

const right = (q: Question): Answer => ({ selected: q.options.filter((o) => o.correct).map((o) => o.id), checked: true });
/** A wrong answer for any kind: the first wrong option alone (every question has one). */
const wrong = (q: Question): Answer => ({ selected: [q.options.find((o) => !o.correct)!.id], checked: true });
const answered = (drawn: string[], answer: (q: Question) => Answer): AssessmentAttempt => ({
  number: 1,
  drawn,
  answers: Object.fromEntries(drawn.map((id) => [id, answer(byId.get(id)!)])),
  score: null,
});

describe('the real course declares critical behaviours the bank can ask', () => {
  test('at least 4 behaviours, each with a plain-words title, pages, and 2 or more variants', () => {
    expect(critical.length).toBeGreaterThanOrEqual(4);
    const pages = new Set(course.modules.flatMap((m) => m.pages.map((p) => p.id)));
    for (const b of critical) {
      expect(b.title.length, b.id).toBeGreaterThan(20);
      expect(b.pages.length, b.id).toBeGreaterThan(0);
      for (const p of b.pages) expect(pages.has(p), `${b.id}: ${p}`).toBe(true);
      expect(variantsOf(bank, b.id).length, b.id).toBeGreaterThanOrEqual(2);
    }
  });
});

describe(`drawAttempt on the real course, ${DRAWS.toLocaleString('en-GB')} seeded attempts`, () => {
  const attempts = Array.from({ length: DRAWS }, (_, seed) => attemptOf(seed));

  test('every attempt holds exactly one variant of every critical behaviour', () => {
    attempts.forEach((drawn, seed) => {
      for (const b of critical)
        expect(
          drawn.filter((id) => byId.get(id)?.behaviour === b.id),
          `attempt ${seed}, ${b.id}`,
        ).toHaveLength(1);
    });
  });

  test('every attempt draws `draw` distinct bank questions and fills every module’s blueprint count', () => {
    const blueprint = course.assessment.blueprint ?? {};
    expect(Object.keys(blueprint).length).toBeGreaterThan(1);
    attempts.forEach((drawn, seed) => {
      expect(drawn).toHaveLength(draw);
      expect(new Set(drawn).size).toBe(draw);
      for (const [m, n] of Object.entries(blueprint))
        expect(drawn.filter((id) => owner(id) === m).length, `attempt ${seed}, module ${m}`).toBeGreaterThanOrEqual(n);
    });
  });

  test('every variant of every behaviour is drawn, and the critical questions do not sit in fixed places', () => {
    const seen = new Set(attempts.flat());
    for (const b of critical) for (const q of variantsOf(bank, b.id)) expect(seen.has(q.id), q.id).toBe(true);
    const places = new Set(attempts.flatMap((drawn) => drawn.flatMap((id, i) => (byId.get(id)?.behaviour ? [i] : []))));
    expect(places.size).toBe(draw);
  });

  test('a learner who answers every critical question wrong and everything else right passes 0 of them, even at a pass mark their score reaches', () => {
    let passed = 0;
    for (const drawn of attempts) {
      const attempt = answered(drawn, (q) => (q.behaviour ? wrong(q) : right(q)));
      const { score, missed } = attemptOutcome(course, attempt, passMark);
      expect(missed.map((b) => b.id)).toEqual(critical.map((b) => b.id));
      for (const mark of [passMark, score]) if (attemptOutcome(course, attempt, mark).passed) passed++;
    }
    expect(passed / DRAWS).toBe(0);
  });

  test('the same learner answering the critical questions right passes all of them (the gate is what fails them)', () => {
    for (const drawn of attempts)
      expect(attemptOutcome(course, answered(drawn, right), passMark)).toEqual({ score: 100, passed: true, missed: [] });
  });
});

describe('one critical question wrong never passes, whatever else the learner scores', () => {
  test('property: any attempt, any one critical question wrong, any answers elsewhere, any pass mark', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 24 }),
        fc.nat(),
        fc.array(fc.boolean(), { minLength: draw, maxLength: draw }),
        fc.integer({ min: 0, max: 100 }),
        (seed, which, others, mark) => {
          const drawn = attemptOf(seed);
          const criticalIds = drawn.filter((id) => byId.get(id)?.behaviour !== undefined);
          const missedId = criticalIds[which % criticalIds.length]!;
          const attempt = answered(drawn, (q) => (q.id === missedId ? wrong(q) : others[drawn.indexOf(q.id)] ? right(q) : wrong(q)));
          const outcome = attemptOutcome(course, attempt, mark);
          expect(outcome.passed).toBe(false);
          expect(outcome.missed.map((b) => b.id)).toContain(byId.get(missedId)!.behaviour);
          // Through the learner's progress too: a failed gate is never "passed", at this or any lower pass mark.
          const p = act.submitAttempt(act.startAttempt(emptyProgress(), drawn), outcome);
          expect(isPassed(p, mark)).toBe(false);
          expect(isPassed(p, 0)).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('19 of 20 with the one miss a critical question: failed to the LMS, with the score still reported', () => {
    const drawn = attemptOf(7);
    const missedId = drawn.find((id) => byId.get(id)?.behaviour !== undefined)!;
    const attempt = answered(drawn, (q) => (q.id === missedId ? wrong(q) : right(q)));
    const outcome = attemptOutcome(course, attempt, passMark);
    expect(outcome.score).toBe(95);
    expect(outcome.score).toBeGreaterThanOrEqual(passMark);
    expect(outcome.passed).toBe(false);
    const progress = act.submitAttempt(act.startAttempt(emptyProgress(), drawn), outcome);
    const launch: LaunchData = {
      learner: { id: 'l1', name: 'Learner, A' },
      mode: 'normal',
      entry: 'ab-initio',
      credit: true,
      masteryScore: null,
      suspendData: '',
      recorded: { completed: false, passed: false, score: null },
      interactionCount: 0,
      interactionIds: [],
      objectiveIds: [],
    };
    const report = buildReport({ course, progress, launch, passMark, interactions: [], objectiveIndex: () => 0 });
    expect(report.success).toBe('failed');
    expect(report.score).toBe(95);
  });

  test('wrong answers only to questions that are not critical pass at the pass mark, as before', () => {
    const drawn = attemptOf(3);
    const plain = drawn.filter((id) => byId.get(id)?.behaviour === undefined);
    const misses = new Set(plain.slice(0, draw - toPass(draw, passMark)));
    const outcome = attemptOutcome(
      course,
      answered(drawn, (q) => (misses.has(q.id) ? wrong(q) : right(q))),
      passMark,
    );
    expect(outcome).toMatchObject({ passed: true, missed: [] });
  });
});

describe('attemptOutcome on a small course', () => {
  const q = (id: string, behaviour?: string): Question => ({
    kind: 'single',
    id,
    prompt: id,
    text: id,
    explanation: '',
    references: ['¶1'],
    objectives: [],
    options: [
      { id: 'r', html: 'R', correct: true, feedback: '' },
      { id: 'w', html: 'W', correct: false, feedback: '' },
    ],
    ...(behaviour ? { behaviour } : {}),
  });
  const small: Course = {
    ...course,
    modules: [],
    assessment: {
      ...course.assessment,
      draw: 3,
      blueprint: {},
      bank: [q('a1', 'a'), q('a2', 'a'), q('b1', 'b'), q('b2', 'b'), q('x')],
      critical: [
        { id: 'a', title: 'Do A', pages: [] },
        { id: 'b', title: 'Do B', pages: [] },
      ],
    },
  };

  test('an unanswered critical question is missed; a behaviour whose variants were not drawn is not', () => {
    const attempt: AssessmentAttempt = { number: 1, drawn: ['a2', 'x'], answers: { x: { selected: ['r'], checked: true } }, score: null };
    expect(attemptOutcome(small, attempt, 0)).toEqual({ score: 50, passed: false, missed: [small.assessment.critical[0]] });
  });

  test('drawAttempt asks each behaviour once and fills the rest from questions that name none', () => {
    for (let seed = 0; seed < 200; seed++) {
      const drawn = drawAttempt(small, seededRandom(seed, 0, 'small'));
      expect([...drawn].map((id) => id[0]).sort()).toEqual(['a', 'b', 'x']);
    }
  });
});
