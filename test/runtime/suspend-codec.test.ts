// Tests the suspend-data codec: exact round trips, republish tolerance, damaged input, and the size targets.

import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Course, Question } from '../../src/model/course.ts';
import { allPages } from '../../src/model/course.ts';
import { emptyProgress, SEED_RANGE, type Answer, type Progress } from '../../src/model/progress.ts';
import { scoreAttempt } from '../../src/model/scoring.ts';
import {
  decodeProgress,
  encodeProgress,
  restoreProgress,
  worstCaseProgress,
  worstCaseSuspendSize,
} from '../../src/runtime/suspend-codec.ts';
import { syntheticCourse } from '../../src/preview/synthetic-course.ts';
import { fixtureCourse } from './fixture-course.ts';

const course = fixtureCourse();
const pages = allPages(course).map((p) => p.id);
const checks = course.modules.flatMap((m) => m.check);
const bank = course.assessment.bank;

const answerArb = (q: Question): fc.Arbitrary<Answer> =>
  fc.record({ selected: fc.subarray(q.options.map((o) => o.id)), checked: fc.boolean() });
/** A knowledge-check answer, with the tries a check counts (0 is left out, as the player leaves it). */
const checkAnswerArb = (q: Question): fc.Arbitrary<Answer> =>
  fc.tuple(answerArb(q), fc.constantFrom(0, 1, 2)).map(([a, tries]) => (tries > 0 ? { ...a, tries } : a));

const locationArb = fc.constantFrom(null, 'assessment', 'complete', 'check:aims', 'check:sharing', 'intro:aims', 'intro:sharing', ...pages);

export const progressArb: fc.Arbitrary<Progress> = fc
  .record({
    location: locationArb,
    seen: fc.subarray(pages),
    checks: fc
      .tuple(...checks.map((q) => fc.option(checkAnswerArb(q))))
      .map((as) => Object.fromEntries(checks.flatMap((q, i) => (as[i] ? [[q.id, as[i]]] : [])))),
    assessment: fc.option(
      fc
        .record({
          number: fc.integer({ min: 1, max: 500 }),
          drawn: fc.shuffledSubarray(
            bank.map((q) => q.id),
            { minLength: 1 },
          ),
          score: fc.option(fc.integer({ min: 0, max: 100 })),
          raw: fc.array(fc.option(fc.record({ pick: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), checked: fc.boolean() })), {
            minLength: 6,
            maxLength: 6,
          }),
          current: fc.nat(6),
        })
        .map(({ number, drawn, score, raw, current }) => ({
          number,
          drawn,
          score,
          ...(Math.min(current, drawn.length) > 0 ? { current: Math.min(current, drawn.length) } : {}),
          answers: Object.fromEntries(
            drawn.flatMap((id, i) => {
              const r = raw[i];
              const q = bank.find((b) => b.id === id)!;
              return r ? [[id, { selected: q.options.filter((_, k) => r.pick[k]).map((o) => o.id), checked: r.checked }]] : [];
            }),
          ),
        })),
    ),
    bestScore: fc.option(fc.integer({ min: 0, max: 100 })),
    passedScore: fc.option(fc.integer({ min: 0, max: 100 })),
    completedOn: fc.option(fc.constantFrom('2025-01-31', '2026-12-01')),
    seed: fc.option(fc.integer({ min: 0, max: SEED_RANGE - 1 })),
    reread: fc.subarray(pages),
    testOut: fc.option(fc.record({ missed: fc.option(fc.subarray(course.modules.map((m) => m.id))) })),
  })
  .map(honest);

/**
 * Scores as the player records them: an attempt's score is what its answers earn, a passing best score is the stored
 * attempt's (the codec does not believe a score the stored answers do not earn; see "forged scores" below), and a
 * passed score comes with a best score and is never above it (submitAttempt keeps both).
 */
function honest(p: Progress): Progress {
  const at = p.assessment && p.assessment.score !== null ? { ...p.assessment, score: scoreAttempt(course, p.assessment) } : p.assessment;
  const passing = p.bestScore !== null && p.bestScore >= course.assessment.passMark;
  const bestScore = passing ? (at?.score ?? null) : p.bestScore;
  const passedScore = bestScore === null || p.passedScore === null ? null : Math.min(p.passedScore, bestScore);
  return { ...p, assessment: at, bestScore, passedScore };
}

/** What the codec promises to keep: seen in course order, options in defined order, empty answers dropped. */
function normalise(c: Course, p: Progress): Progress {
  const keep = (q: Question, a: Answer | undefined): Answer | null => {
    if (!a || (!a.checked && a.selected.length === 0)) return null;
    const kept = { selected: q.options.filter((o) => a.selected.includes(o.id)).map((o) => o.id), checked: a.checked };
    return a.tries ? { ...kept, tries: a.tries } : kept;
  };
  const n = emptyProgress();
  n.location = p.location;
  n.seen = allPages(c)
    .map((pg) => pg.id)
    .filter((id) => p.seen.includes(id));
  n.reread = allPages(c)
    .map((pg) => pg.id)
    .filter((id) => p.reread.includes(id));
  for (const q of c.modules.flatMap((m) => m.check)) {
    const a = keep(q, p.checks[q.id]);
    if (a) n.checks[q.id] = a;
  }
  if (p.assessment) {
    const answers: Record<string, Answer> = {};
    for (const id of p.assessment.drawn) {
      const a = keep(
        c.assessment.bank.find((q) => q.id === id)!,
        p.assessment.answers[id],
      );
      if (a) answers[id] = a;
    }
    n.assessment = { ...p.assessment, answers };
  }
  n.bestScore = p.bestScore;
  n.passedScore = p.passedScore;
  n.completedOn = p.completedOn;
  n.seed = p.seed;
  // The test-out route keeps its modules in course order.
  n.testOut = p.testOut && { missed: p.testOut.missed && c.modules.map((m) => m.id).filter((id) => p.testOut?.missed?.includes(id)) };
  return n;
}

describe('round trip', () => {
  test('any progress decodes to the same progress (normalised)', () => {
    fc.assert(
      fc.property(progressArb, (p) => {
        expect(decodeProgress(course, encodeProgress(course, p))).toEqual(normalise(course, p));
      }),
      { numRuns: 300 },
    );
  });
  test('empty progress round-trips to empty progress', () => {
    expect(decodeProgress(course, encodeProgress(course, emptyProgress()))).toEqual(emptyProgress());
  });
  test('the shuffle seed is kept exactly, so a resumed attempt shows its options in the same order', () => {
    for (const seed of [0, 1, 4096, SEED_RANGE - 1])
      expect(decodeProgress(course, encodeProgress(course, { ...emptyProgress(), seed })).seed).toBe(seed);
  });
  test('the passed score is kept apart from the best score: 100 best, 85 passed by an earlier attempt, or none passed', () => {
    // The stored attempt earns its score (the codec believes no passing score its answers do not earn).
    const drawn = bank.map((q) => q.id);
    const answers = Object.fromEntries(
      bank.map((q) => [q.id, { selected: q.options.filter((o) => o.correct).map((o) => o.id), checked: true }]),
    );
    const assessment = { number: 3, drawn, answers, score: 100 };
    const p: Progress = { ...emptyProgress(), assessment, bestScore: 100, passedScore: 85 };
    expect(decodeProgress(course, encodeProgress(course, p))).toMatchObject({ bestScore: 100, passedScore: 85 });
    const never: Progress = { ...emptyProgress(), assessment, bestScore: 100, passedScore: null };
    expect(decodeProgress(course, encodeProgress(course, never))).toMatchObject({ bestScore: 100, passedScore: null });
  });
  // Version 2 is version 3 without the passed score; version 1 is version 2 without the seed.
  const p: Progress = { ...emptyProgress(), seen: pages.slice(0, 3), bestScore: 70, passedScore: 70, location: pages[2]!, seed: 77 };
  const v3 = () => encodeProgress(course, { ...p, passedScore: null }).split('.');
  const v2 = () => ['2', ...v3().slice(1, 10), ...v3().slice(11)];
  test('version 2 data (saved before the critical-decision gate) resumes with its best score as the passed score', () => {
    expect(v3()[0]).toBe('3');
    expect(decodeProgress(course, v2().join('.'))).toEqual(normalise(course, p));
  });
  test('version 1 data (saved before options were shuffled) still resumes, with no seed yet', () => {
    const v1 = ['1', v2()[1], ...v2().slice(3)].join('.');
    expect(decodeProgress(course, v1)).toEqual({ ...normalise(course, p), seed: null });
  });
  test('data saved before paging, tries and the re-read rule still resumes: first question, no tries, nothing re-read', () => {
    // Written by the codec as it was at 1c80eff, for this fixture course.
    const saved = '2.E3qA.AABN.xJO-CgI.I.0w0.F.L5Ym-7.2**AFAB*I.40..assessment';
    const p = decodeProgress(course, saved);
    expect(p.checks['aims-q-who']).toEqual({ selected: ['council'], checked: true });
    expect(p.assessment).toEqual({
      number: 2,
      drawn: ['final-q6', 'final-q2'],
      answers: { 'final-q6': { selected: ['c'], checked: false } },
      score: null,
    });
    expect(p.reread).toEqual([]);
    expect(p.location).toBe('assessment');
    expect(decodeProgress(course, encodeProgress(course, p))).toEqual(p);
  });
  test('the question on screen, a check’s tries and the pages re-read come back exactly', () => {
    const p: Progress = {
      ...emptyProgress(),
      seen: pages.slice(0, 4),
      reread: [pages[1]!, pages[3]!],
      checks: {
        'aims-q-who': { selected: ['council'], checked: false, tries: 1 },
        'aims-q-legal': { selected: ['false'], checked: true, tries: 2 },
      },
      assessment: { number: 1, drawn: ['final-q6', 'final-q2', 'final-q4'], answers: {}, score: null, current: 3 },
    };
    const r = decodeProgress(course, encodeProgress(course, p));
    expect(r.reread).toEqual(p.reread);
    expect(r.checks).toEqual(p.checks);
    expect(r.assessment?.current).toBe(3);
  });
  test('a module opening screen is kept as the location; one for a module the course no longer has becomes null', () => {
    const at = (location: string) => decodeProgress(course, encodeProgress(course, { ...emptyProgress(), location })).location;
    expect(at('intro:sharing')).toBe('intro:sharing');
    expect(at('intro:removed')).toBe(null);
  });
  test('encoded data uses only plain URL-safe characters and the location', () => {
    fc.assert(
      fc.property(progressArb, (p) => {
        expect(encodeProgress(course, p)).toMatch(/^[A-Za-z0-9_.*:-]*$/);
      }),
    );
  });
});

describe('damaged or foreign data starts fresh without throwing', () => {
  test.for(['', 'garbage', '2.abc', '1.....', '1.AAAA.x.y.z.w.v.u.t.s.r', 'a'.repeat(5000)])('%s', (data) => {
    expect(decodeProgress(course, data)).toEqual(emptyProgress());
  });
  test('random strings and truncations never throw and only name current ids', () => {
    const saved = encodeProgress(course, { ...emptyProgress(), seen: pages, bestScore: 90 });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.integer({ min: 0, max: saved.length }).map((n) => saved.slice(0, n)),
        ),
        (s) => {
          const p = decodeProgress(course, s);
          for (const id of p.seen) expect(pages).toContain(id);
        },
      ),
    );
  });
});

/** Republish edits: add or remove pages, questions and options, as an author would between versions. */
type Edit = { kind: 'add-page' | 'remove-page' | 'remove-check' | 'remove-bank' | 'add-bank' | 'change-options'; at: number };
function republish(c: Course, edits: Edit[]): Course {
  const next: Course = structuredClone(c);
  edits.forEach((e, n) => {
    const m = next.modules[e.at % next.modules.length]!;
    const b = next.assessment.bank;
    switch (e.kind) {
      case 'add-page':
        m.pages.splice(e.at % (m.pages.length + 1), 0, { id: `new-page-${n}`, title: 'New', html: '' });
        break;
      case 'remove-page':
        if (m.pages.length > 1) m.pages.splice(e.at % m.pages.length, 1);
        break;
      case 'remove-check':
        if (m.check.length > 0) m.check.splice(e.at % m.check.length, 1);
        break;
      case 'remove-bank':
        if (b.length > 1) b.splice(e.at % b.length, 1);
        break;
      case 'add-bank':
        b.splice(e.at % (b.length + 1), 0, { ...structuredClone(b[0]!), id: `new-bank-${n}` });
        break;
      case 'change-options': {
        const q = b[e.at % b.length]!;
        q.options.push({ id: `extra-${n}`, html: '', correct: false, feedback: '' });
        break;
      }
    }
  });
  return next;
}
const editArb = fc.record({
  kind: fc.constantFrom('add-page', 'remove-page', 'remove-check', 'remove-bank', 'add-bank', 'change-options') as fc.Arbitrary<
    Edit['kind']
  >,
  at: fc.nat(20),
});

describe('republished course', () => {
  test('random edits resume without error and name only ids of the new course', () => {
    fc.assert(
      fc.property(progressArb, fc.array(editArb, { maxLength: 6 }), (p, edits) => {
        const next = republish(course, edits);
        const r = decodeProgress(next, encodeProgress(course, p));
        const nextPages = new Set(allPages(next).map((pg) => pg.id));
        const nextChecks = new Map(next.modules.flatMap((m) => m.check).map((q) => [q.id, q]));
        const nextBank = new Map(next.assessment.bank.map((q) => [q.id, q]));
        for (const id of r.seen) expect(nextPages.has(id)).toBe(true);
        for (const [id, a] of Object.entries(r.checks))
          for (const o of a.selected) expect(nextChecks.get(id)!.options.some((x) => x.id === o)).toBe(true);
        for (const id of r.assessment?.drawn ?? []) expect(nextBank.has(id)).toBe(true);
        expect(r.bestScore).toBe(p.bestScore);
      }),
      { numRuns: 300 },
    );
  });

  test('a page added in the middle starts unseen; pages kept stay seen; a removed page is dropped', () => {
    const p = { ...emptyProgress(), seen: ['intro-welcome', 'aims-who', 'aims-commit', 'sharing-phone'], location: 'aims-commit' };
    const next = structuredClone(course);
    next.modules[1]!.pages.splice(1, 0, { id: 'aims-history', title: 'History', html: '' });
    next.modules[2]!.pages = next.modules[2]!.pages.filter((pg) => pg.id !== 'sharing-phone');
    const r = decodeProgress(next, encodeProgress(course, p));
    expect(r.seen).toEqual(['intro-welcome', 'aims-who', 'aims-commit']);
    expect(r.location).toBe('aims-commit');
  });

  test('a removed check question drops its answer; the others keep theirs; a removed location becomes null', () => {
    const p: Progress = {
      ...emptyProgress(),
      location: 'sharing-phone',
      checks: {
        'aims-q-who': { selected: ['council'], checked: true },
        'aims-q-legal': { selected: ['false'], checked: false },
        'sharing-q-phone': { selected: ['verify', 'record'], checked: true },
      },
    };
    const next = structuredClone(course);
    next.modules[1]!.check.shift();
    next.modules[2]!.pages.pop();
    const r = decodeProgress(next, encodeProgress(course, p));
    expect(r.checks).toEqual({
      'aims-q-legal': { selected: ['false'], checked: false },
      'sharing-q-phone': { selected: ['verify', 'record'], checked: true },
    });
    expect(r.location).toBe(null);
  });

  test('a drawn question removed from the bank leaves the attempt with the rest, answers kept', () => {
    const p: Progress = {
      ...emptyProgress(),
      assessment: {
        number: 2,
        drawn: ['final-q6', 'final-q2', 'final-q4'],
        answers: { 'final-q6': { selected: ['c'], checked: true }, 'final-q4': { selected: ['false'], checked: true } },
        score: 67,
      },
    };
    const next = structuredClone(course);
    next.assessment.bank.splice(1, 1);
    expect(decodeProgress(next, encodeProgress(course, p)).assessment).toEqual({
      number: 2,
      drawn: ['final-q6', 'final-q4'],
      answers: { 'final-q6': { selected: ['c'], checked: true }, 'final-q4': { selected: ['false'], checked: true } },
      score: 67,
    });
  });
});

describe('size targets', () => {
  test('the fixture course worst case is under 512 characters', () => {
    expect(worstCaseSuspendSize(course)).toBeLessThanOrEqual(512);
  });
  test.for([15, 50, 250])('1,000 pages + 500 questions, %s drawn: worst case fits SCORM 1.2 (4,096)', (draw) => {
    expect(worstCaseSuspendSize(syntheticCourse({ draw }))).toBeLessThanOrEqual(4096);
  });
  test('the worst case includes the shuffle seed (4 characters)', () => {
    const worst = worstCaseProgress(course);
    expect(worst.seed).not.toBe(null);
    expect(encodeProgress(course, { ...worst, seed: null }).length).toBe(worstCaseSuspendSize(course) - 4);
  });
  test('the worst case bounds random progress', () => {
    const max = worstCaseSuspendSize(course);
    fc.assert(
      fc.property(progressArb, (p) => {
        expect(encodeProgress(course, p).length).toBeLessThanOrEqual(max);
      }),
    );
  });
});

describe('damaged resume data keeps what is valid, part by part', () => {
  const right = (q: Question): Answer => ({ selected: q.options.filter((o) => o.correct).map((o) => o.id), checked: true });
  const drawn = bank.slice(0, course.assessment.draw);
  const passed: Progress = {
    ...emptyProgress(),
    seen: pages.slice(0, 4),
    checks: { [checks[0]!.id]: right(checks[0]!) },
    assessment: { number: 1, drawn: drawn.map((q) => q.id), answers: Object.fromEntries(drawn.map((q) => [q.id, right(q)])), score: 100 },
    bestScore: 100,
    location: pages[3]!,
    seed: 5,
  };
  const fields = (p: Progress) => encodeProgress(course, p).split('.');

  test('honest progress restores whole, with nothing lost', () => {
    expect(restoreProgress(course, encodeProgress(course, passed))).toEqual({ progress: normalise(course, passed), lost: [] });
  });

  test('one damaged attempt field loses the attempt only: pages, checks, result and location are kept', () => {
    const f = fields(passed);
    f[8] = '1*100*!!*zz';
    const r = restoreProgress(course, f.join('.'));
    expect(r.lost).toEqual(['assessment', 'result']);
    expect(r.progress.seen).toEqual(passed.seen);
    expect(r.progress.checks).toEqual(passed.checks);
    expect(r.progress.location).toBe(passed.location);
    expect(r.progress.assessment).toBeNull();
    // The best score of 100 is no longer backed by a stored attempt, so it is not believed.
    expect(r.progress.bestScore).toBeNull();
  });

  test('data cut short after the checks keeps pages and checks, and says the rest was lost', () => {
    const f = fields(passed);
    const r = restoreProgress(course, `${f.slice(0, 8).join('.')}.`);
    expect(r.progress.seen).toEqual(passed.seen);
    expect(r.progress.checks).toEqual(passed.checks);
    expect(r.lost).toEqual(['assessment', 'result', 'location']);
  });

  test('foreign data is all lost, and empty data is a first launch with nothing lost', () => {
    expect(restoreProgress(course, 'hello world').lost).toEqual(['pages', 'checks', 'assessment', 'result', 'location']);
    expect(restoreProgress(course, '')).toEqual({ progress: emptyProgress(), lost: [] });
  });
});

describe('forged scores are not believed', () => {
  test('nothing seen and a best score of 100 with no attempt: no score, and the result is reported lost', () => {
    const r = restoreProgress(course, encodeProgress(course, { ...emptyProgress(), bestScore: 100, completedOn: null }));
    expect(r.progress.bestScore).toBeNull();
    expect(r.lost).toContain('result');
  });

  test('an attempt claiming 100 with wrong answers scores what its answers earn, and the best score follows it', () => {
    const drawn = bank.slice(0, course.assessment.draw);
    const wrong = (q: Question): Answer => ({
      selected: q.options
        .filter((o) => !o.correct)
        .map((o) => o.id)
        .slice(0, 1),
      checked: true,
    });
    const forged: Progress = {
      ...emptyProgress(),
      assessment: { number: 1, drawn: drawn.map((q) => q.id), answers: Object.fromEntries(drawn.map((q) => [q.id, wrong(q)])), score: 100 },
      bestScore: 100,
    };
    const r = restoreProgress(course, encodeProgress(course, forged));
    expect(r.progress.assessment?.score).toBe(0);
    expect(r.progress.bestScore).toBe(0);
    expect(r.lost).toEqual(['result']);
  });

  test('a failing best score from an earlier attempt is kept beside a new attempt in progress', () => {
    const p: Progress = { ...emptyProgress(), bestScore: 40, assessment: { number: 2, drawn: [bank[0]!.id], answers: {}, score: null } };
    expect(restoreProgress(course, encodeProgress(course, p))).toMatchObject({ lost: [], progress: { bestScore: 40 } });
  });
});
