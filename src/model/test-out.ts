// The assessment-only route (a path's test-out, course.yaml `testOut: true`): a trained learner takes the assessment
// first; a pass completes the path, a fail makes the modules where they missed questions required and counts the rest
// as done. Pure functions over Progress, so the completion rules, the UI and the LMS report agree on one answer.

import type { Course, Question } from './course.ts';
import type { AssessmentAttempt, Progress } from './progress.ts';
import { isAnswerCorrect } from './scoring.ts';

/** Whether the learner may still choose the test-out route: the path offers it and no attempt has been started. */
export function canTestOut(course: Course, progress: Progress): boolean {
  return course.path?.testOut === true && progress.assessment === null && progress.testOut === null && progress.completedOn === null;
}

/** The learner chose "Take the assessment now". */
export function startTestOut(progress: Progress): Progress {
  return { ...progress, testOut: { missed: null } };
}

/**
 * The modules a failed test-out attempt sends the learner to, in course order: the module of every question answered
 * wrong (a bank question belongs to the module of its first objective), and, for a critical decision answered wrong,
 * the modules of the pages that teach it too.
 */
export function missedModules(course: Course, attempt: AssessmentAttempt): string[] {
  const owner = new Map(course.modules.flatMap((m) => m.objectives.map((o) => [o.id, m.id] as const)));
  const moduleOfPage = new Map(course.modules.flatMap((m) => m.pages.map((p) => [p.id, m.id] as const)));
  const byId = new Map<string, Question>(course.assessment.bank.map((q) => [q.id, q]));
  const missed = new Set<string>();
  for (const id of attempt.drawn) {
    const q = byId.get(id);
    const answer = attempt.answers[id];
    if (!q || (answer && isAnswerCorrect(q, answer))) continue;
    const m = owner.get(q.objectives[0] ?? '');
    if (m) missed.add(m);
    const behaviour = course.assessment.critical.find((b) => b.id === q.behaviour);
    for (const page of behaviour?.pages ?? []) {
      const pm = moduleOfPage.get(page);
      if (pm) missed.add(pm);
    }
  }
  return course.modules.map((m) => m.id).filter((id) => missed.has(id));
}

/**
 * After a test-out attempt is submitted: the modules now required (none after a pass). Later attempts change nothing:
 * the route is decided by the first one.
 */
export function settleTestOut(course: Course, progress: Progress, passed: boolean): Progress {
  const attempt = progress.assessment;
  if (!progress.testOut || progress.testOut.missed !== null || !attempt || attempt.score === null) return progress;
  return { ...progress, testOut: { missed: passed ? [] : missedModules(course, attempt) } };
}

/**
 * Whether the completion rule asks for this module's pages (and checks): every module on the full route; on the
 * test-out route only the modules the test-out attempt sent the learner to (none before it is submitted).
 */
export function isModuleRequired(progress: Progress, moduleId: string): boolean {
  if (!progress.testOut) return true;
  return progress.testOut.missed?.includes(moduleId) ?? false;
}

/** A module the test-out attempt showed the learner knows: counted as done. */
export function isExcusedModule(progress: Progress, moduleId: string): boolean {
  return progress.testOut?.missed != null && !progress.testOut.missed.includes(moduleId);
}
