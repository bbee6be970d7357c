// Drives a session the way the UI does: visits pages, checks answers, takes the assessment, each step an update().

import type { Course } from '../../src/model/course.ts';
import { allPages } from '../../src/model/course.ts';
import type { Progress } from '../../src/model/progress.ts';
import { drawQuestions } from '../../src/model/draw.ts';
import { attemptOutcome } from '../../src/model/scoring.ts';
import { isCourseComplete } from '../../src/model/completion.ts';
import type { PlayerSession } from '../../src/runtime/session.ts';
import { answerFor } from './fixture-course.ts';

/** Seeded random (mulberry32), so draws are repeatable. */
export function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Learner {
  p: Progress;
  constructor(
    readonly course: Course,
    readonly session: PlayerSession,
    /** Called between steps, e.g. to advance fake timers. */
    private readonly tick: () => void = () => {},
  ) {
    this.p = structuredClone(session.initial);
  }

  private step(change: (p: Progress) => void): void {
    const next = structuredClone(this.p);
    change(next);
    if (next.completedOn === null && isCourseComplete(this.course, next, this.session.passMark)) next.completedOn = '2026-05-01';
    this.p = next;
    this.session.update(next);
    this.tick();
  }

  visit(pageId: string): void {
    this.step((p) => {
      p.location = pageId;
      if (!p.seen.includes(pageId)) p.seen.push(pageId);
    });
  }

  /** Visits the pages of the modules in [from, to) and answers their checks correctly. */
  doModules(from = 0, to = this.course.modules.length): void {
    for (const m of this.course.modules.slice(from, to)) {
      for (const pg of m.pages) this.visit(pg.id);
      for (const q of m.check) {
        this.step((p) => {
          p.location = `check:${m.id}`;
          p.checks[q.id] = { selected: answerFor(q), checked: false };
        });
        this.step((p) => (p.checks[q.id] = { selected: answerFor(q), checked: true }));
      }
    }
  }

  visitAllPages(): void {
    for (const pg of allPages(this.course)) this.visit(pg.id);
  }

  /** Starts an attempt and answers `wrong` of the drawn questions wrongly; `submit` scores it. */
  attempt(wrong: number, submit = true, seed = 1): void {
    const number = (this.p.assessment?.number ?? 0) + 1;
    const drawn = drawQuestions(this.course.assessment.bank, this.course.assessment.draw, seeded(seed + number));
    this.step((p) => {
      p.location = 'assessment';
      p.assessment = { number, drawn, answers: {}, score: null };
    });
    drawn.forEach((id, i) => {
      const q = this.course.assessment.bank.find((b) => b.id === id)!;
      this.step((p) => (p.assessment!.answers[id] = { selected: answerFor(q, i < wrong), checked: false }));
    });
    if (!submit) return;
    this.step((p) => {
      const a = p.assessment!;
      for (const id of a.drawn) a.answers[id] = { ...a.answers[id]!, checked: true };
      const outcome = attemptOutcome(this.course, a, this.session.passMark);
      a.score = outcome.score;
      p.bestScore = Math.max(p.bestScore ?? 0, a.score);
      if (outcome.passed) p.passedScore = Math.max(p.passedScore ?? 0, a.score);
    });
  }
}
