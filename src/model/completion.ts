// Completion and pass rules from course.yaml, as pure functions over Progress (the UI shows them, the runtime reports them).

import { DEFAULT_ASSESSMENT_WEIGHT, type Course, type Module } from './course.ts';
import type { Progress } from './progress.ts';

export type ModuleState = 'not-started' | 'in-progress' | 'complete';

function findModule(course: Course, moduleId: string): Module | undefined {
  return course.modules.find((m) => m.id === moduleId);
}

/** A module is complete when every page is seen and every knowledge-check question has been checked. */
export function moduleState(course: Course, progress: Progress, moduleId: string): ModuleState {
  const m = findModule(course, moduleId);
  if (!m) return 'not-started';
  const seen = new Set(progress.seen);
  const pagesSeen = m.pages.filter((p) => seen.has(p.id)).length;
  const checked = m.check.filter((q) => progress.checks[q.id]?.checked === true).length;
  const touched = m.check.some((q) => (progress.checks[q.id]?.selected.length ?? 0) > 0);
  if (pagesSeen === m.pages.length && checked === m.check.length) return 'complete';
  return pagesSeen > 0 || checked > 0 || touched ? 'in-progress' : 'not-started';
}

/** Whether the assessment gates anything: a course without questions to draw has nothing to pass. */
function hasAssessment(course: Course): boolean {
  return course.assessment.draw > 0 && course.assessment.bank.length > 0;
}

/**
 * Share of the course done, 0..1: pages seen and knowledge-check questions checked fill the part of the bar the
 * assessment does not; unless completion is `pages`, passing the assessment fills its `weight` share (default 25%),
 * so the bar does not read 99% before a 15-question assessment. Used for the progress bar and SCORM 2004
 * `cmi.progress_measure`.
 */
export function courseProgress(course: Course, progress: Progress, passMark: number): number {
  const seen = new Set(progress.seen);
  let total = 0;
  let done = 0;
  for (const m of course.modules) {
    total += m.pages.length + m.check.length;
    done += m.pages.filter((p) => seen.has(p.id)).length;
    done += m.check.filter((q) => progress.checks[q.id]?.checked === true).length;
  }
  const steps = total === 0 ? 1 : done / total;
  if (course.completion === 'pages' || !hasAssessment(course)) return steps;
  const weight = total === 0 ? 1 : (course.assessment.weight ?? DEFAULT_ASSESSMENT_WEIGHT) / 100;
  // Only a pass counts: a learner who failed has the assessment still to do, not a full progress bar.
  return steps * (1 - weight) + (isPassed(progress, passMark) === true ? weight : 0);
}

/**
 * Passed/failed, or null before any scored attempt. Passed needs an attempt that passed the gate (every critical
 * question right, scoreAttempt's pass mark reached) whose score still reaches `passMark`: a higher score with a
 * critical question wrong never passes (issue 21).
 */
export function isPassed(progress: Progress, passMark: number): boolean | null {
  if (progress.bestScore === null) return null;
  return progress.passedScore !== null && progress.passedScore >= passMark;
}

/**
 * Course completion per `course.completion`. Once the UI has recorded `completedOn`, the course stays complete,
 * so a republished course with an extra page never takes a finished learner back to "incomplete".
 */
export function isCourseComplete(course: Course, progress: Progress, passMark: number): boolean {
  if (progress.completedOn !== null) return true;
  const modulesDone = course.modules.every((m) => moduleState(course, progress, m.id) === 'complete');
  const passed = !hasAssessment(course) || isPassed(progress, passMark) === true;
  switch (course.completion) {
    case 'pages-and-assessment':
      return modulesDone && passed;
    case 'assessment':
      return passed;
    case 'pages':
      return modulesDone;
  }
}
