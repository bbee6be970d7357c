// The learner's path through the course: the ordered stops, where a location sits, and which stops are open.
// Pure functions of the course and progress, so navigation rules are tested without a DOM.
import type { Course, Module } from '../model/course.ts';
import type { Location, Progress } from '../model/progress.ts';
import { isPassed } from '../model/completion.ts';
import { isExcusedModule } from '../model/test-out.ts';
import { moduleName, moduleOf } from '../model/numbering.ts';

export type Stop =
  | { kind: 'start'; location: 'start' }
  | { kind: 'intro'; location: Location; module: Module; moduleIndex: number }
  | { kind: 'page'; location: Location; module: Module; moduleIndex: number; pageIndex: number }
  | { kind: 'check'; location: Location; module: Module; moduleIndex: number }
  | { kind: 'assessment'; location: 'assessment' }
  | { kind: 'complete'; location: 'complete' };

export const checkLocation = (moduleId: string): Location => `check:${moduleId}`;
export const introLocation = (moduleId: string): Location => `intro:${moduleId}`;

/**
 * Every stop in course order: a path's start screen (a course with paths only), each module's opening screen, pages
 * and check, the assessment, the completion screen.
 */
export function stops(course: Course): Stop[] {
  const list: Stop[] = course.path ? [{ kind: 'start', location: 'start' }] : [];
  course.modules.forEach((module, moduleIndex) => {
    list.push({ kind: 'intro', location: introLocation(module.id), module, moduleIndex });
    module.pages.forEach((page, pageIndex) => list.push({ kind: 'page', location: page.id, module, moduleIndex, pageIndex }));
    if (module.check.length > 0) list.push({ kind: 'check', location: checkLocation(module.id), module, moduleIndex });
  });
  // A course without a drawn assessment (draw 0) has no assessment screen to visit.
  if (course.assessment.draw > 0 && course.assessment.bank.length > 0) list.push({ kind: 'assessment', location: 'assessment' });
  list.push({ kind: 'complete', location: 'complete' });
  return list;
}

/**
 * True once the learner has done what the stop asks: seen the page, checked every answer, passed. A module's
 * opening screen asks nothing, so it never holds back locked navigation, nor a learner resuming with data saved
 * before opening screens existed.
 */
export function isStopDone(stop: Stop, progress: Progress, passMark: number): boolean {
  switch (stop.kind) {
    case 'start':
    case 'intro':
      return true;
    case 'page':
      return progress.seen.includes(stop.location) || isExcusedModule(progress, stop.module.id);
    case 'check':
      return isExcusedModule(progress, stop.module.id) || stop.module.check.every((q) => progress.checks[q.id]?.checked === true);
    case 'assessment':
      return isPassed(progress, passMark) === true;
    case 'complete':
      return progress.completedOn !== null;
  }
}

/**
 * Whether the learner may open a stop. Free navigation opens everything; locked navigation opens the stops up
 * to and including the first one not yet done. The completion screen opens only once the course is complete.
 */
export function isStopOpen(course: Course, progress: Progress, passMark: number, index: number): boolean {
  const all = stops(course);
  const stop = all[index];
  if (!stop) return false;
  if (stop.kind === 'complete') return progress.completedOn !== null;
  if (course.navigation === 'free') return true;
  // The test-out route goes to the assessment first, whatever locked navigation would ask.
  if (stop.kind === 'assessment' && progress.testOut !== null) return true;
  for (let i = 0; i < index; i++) {
    const before = all[i];
    if (before && !isStopDone(before, progress, passMark)) return false;
  }
  return true;
}

/** Index of the stop the learner should see: the saved location if it still exists and is open, else the first. */
export function currentIndex(course: Course, progress: Progress, passMark: number): number {
  const index = stops(course).findIndex((s) => s.location === progress.location);
  return index >= 0 && isStopOpen(course, progress, passMark, index) ? index : 0;
}

/**
 * The caption above a module screen's h1 (the GOV.UK caption pattern), where the learner is in words with one
 * numbering (model/numbering.ts): "Module 3 of 7" over a module's own title on its opening screen, "Module 3 of 7:
 * Security, page 2 of 5" over a page title, "Module 3 of 7: Security" over "Knowledge check". A named module (an
 * introduction) says its title instead of a number. '' for screens outside the modules.
 */
export function positionLabel(course: Course, stop: Stop): string {
  if (stop.kind === 'start' || stop.kind === 'assessment' || stop.kind === 'complete') return '';
  const of = moduleOf(course, stop.module.id);
  if (stop.kind === 'intro') return of;
  const where = of ? `${of}: ${stop.module.title}` : stop.module.title;
  if (stop.kind === 'check') return where;
  return `${where}, page ${stop.pageIndex + 1} of ${stop.module.pages.length}`;
}

/**
 * A screen's name: its h1 and the module ("Module 3: Security"), "Page title – Module"; a module's opening screen,
 * whose h1 is the module's title, names it once. The tab's title adds the course (WCAG 2.4.2); "Welcome back" says it.
 */
export function screenName(course: Course, stop: Stop, heading: string): string {
  // A path's start screen: its h1 is the course title, which the tab adds anyway; the path says which course this is.
  if (stop.kind === 'start') return course.path?.title ?? heading;
  if (stop.kind === 'assessment' || stop.kind === 'complete') return heading;
  const module = moduleName(course, stop.module);
  return stop.kind === 'intro' ? module : `${heading} – ${module}`;
}

/** The first stop of a module, its opening screen (where its menu entry leads). */
export function firstStopOfModule(course: Course, moduleId: string): number {
  return stops(course).findIndex((s) => s.kind === 'intro' && s.module.id === moduleId);
}

/** Where a module's Continue leads: its first page not yet seen, else its check when unfinished, else its first page. */
export function resumeStopOfModule(course: Course, progress: Progress, passMark: number, moduleId: string): number {
  const all = stops(course);
  const first = firstStopOfModule(course, moduleId) + 1;
  const todo = all.findIndex((s, i) => i >= first && 'module' in s && s.module.id === moduleId && !isStopDone(s, progress, passMark));
  return todo >= 0 ? todo : first;
}
