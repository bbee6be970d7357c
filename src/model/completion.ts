// Completion and pass rules from course.yaml, as pure functions over Progress (the UI shows them, the runtime reports them).

import { DEFAULT_ASSESSMENT_WEIGHT, type CompletionRule, type Course, type Module } from './course.ts';
import type { Progress } from './progress.ts';
import { isExcusedModule, isModuleRequired } from './test-out.ts';

export type ModuleState = 'not-started' | 'in-progress' | 'complete';

function findModule(course: Course, moduleId: string): Module | undefined {
  return course.modules.find((m) => m.id === moduleId);
}

/**
 * A module is complete when every page is seen and, where the completion rule counts them
 * (`pages-checks-and-assessment`), every knowledge-check question has been checked: the contents never say a
 * finished course's modules are "in progress" for practice questions the rule does not ask for.
 */
export function moduleState(course: Course, progress: Progress, moduleId: string): ModuleState {
  const m = findModule(course, moduleId);
  if (!m) return 'not-started';
  // The test-out attempt showed the learner knows it (model/test-out.ts).
  if (isExcusedModule(progress, moduleId)) return 'complete';
  const seen = new Set(progress.seen);
  const pagesSeen = m.pages.filter((p) => seen.has(p.id)).length;
  const checked = m.check.filter((q) => progress.checks[q.id]?.checked === true).length;
  const touched = m.check.some((q) => (progress.checks[q.id]?.selected.length ?? 0) > 0);
  if (pagesSeen === m.pages.length && (!needsChecks(course.completion) || checked === m.check.length)) return 'complete';
  return pagesSeen > 0 || checked > 0 || touched ? 'in-progress' : 'not-started';
}

/** Whether the assessment gates anything: a course without questions to draw has nothing to pass. */
function hasAssessment(course: Course): boolean {
  return course.assessment.draw > 0 && course.assessment.bank.length > 0;
}

/** The course's completion rule in words, to finish "The course is complete when …" ({{course.completionRule}}). */
export function completionRuleText(rule: CompletionRule): string {
  switch (rule) {
    case 'pages-and-assessment':
      return 'you have seen every page and passed the final assessment';
    case 'pages-checks-and-assessment':
      return 'you have seen every page, answered every knowledge check and passed the final assessment';
    case 'assessment':
      return 'you have passed the final assessment';
    case 'pages':
      return 'you have seen every page';
  }
}

/** Something the completion rule still asks of the learner, with the location to go to (model/progress.ts). */
export type Requirement =
  | { kind: 'page'; location: string; title: string; /** The module's title. */ module: string }
  | { kind: 'check'; location: string; module: string; left: number; total: number }
  | { kind: 'assessment'; location: 'assessment' };

const needsPages = (rule: CompletionRule): boolean => rule !== 'assessment';
const needsChecks = (rule: CompletionRule): boolean => rule === 'pages-checks-and-assessment';
const needsPass = (rule: CompletionRule): boolean => rule !== 'pages';

/** What the completion rule still asks, in course order: unseen pages, unanswered checks, the assessment. */
export function requirementsLeft(course: Course, progress: Progress, passMark: number): Requirement[] {
  if (progress.completedOn !== null) return [];
  const seen = new Set(progress.seen);
  const out: Requirement[] = [];
  for (const m of course.modules) {
    if (!isModuleRequired(progress, m.id)) continue;
    if (needsPages(course.completion))
      for (const p of m.pages) if (!seen.has(p.id)) out.push({ kind: 'page', location: p.id, title: p.title, module: m.title });
    const left = needsChecks(course.completion) ? m.check.filter((q) => progress.checks[q.id]?.checked !== true).length : 0;
    // `check:<module id>` is the knowledge check's location.
    if (left > 0) out.push({ kind: 'check', location: `check:${m.id}`, module: m.title, left, total: m.check.length });
  }
  if (needsPass(course.completion) && hasAssessment(course) && isPassed(progress, passMark) !== true)
    out.push({ kind: 'assessment', location: 'assessment' });
  return out;
}

/**
 * Share of the course done, 0..1: what the completion rule asks of the modules (pages seen, and checks answered
 * where the rule counts them) fills the part of the bar the assessment does not; unless completion is `pages`,
 * passing the assessment fills its `weight` share (default 25%), so the bar does not read 99% before a 15-question
 * assessment. Used for the progress bar and SCORM 2004 `cmi.progress_measure`.
 */
export function courseProgress(course: Course, progress: Progress, passMark: number): number {
  if (progress.completedOn !== null) return 1;
  const seen = new Set(progress.seen);
  const checks = needsChecks(course.completion);
  let total = 0;
  let done = 0;
  for (const m of course.modules) {
    total += m.pages.length + (checks ? m.check.length : 0);
    if (isExcusedModule(progress, m.id)) {
      done += m.pages.length + (checks ? m.check.length : 0);
      continue;
    }
    done += m.pages.filter((p) => seen.has(p.id)).length;
    if (checks) done += m.check.filter((q) => progress.checks[q.id]?.checked === true).length;
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
  return requirementsLeft(course, progress, passMark).length === 0;
}
