// What a learner still has to do for the course to be complete, besides the assessment, by the course's completion
// rule (model/completion.ts): each unseen page and each knowledge check with questions not yet checked, in course order.

import type { Course } from './course.ts';
import type { Location, Progress } from './progress.ts';

export type Requirement =
  | { kind: 'page'; location: Location; title: string; module: string }
  | { kind: 'check'; location: Location; module: string; left: number; total: number };

/** Nothing when only the assessment counts (`completion: assessment`); else what moduleState still misses. */
export function requirementsLeft(course: Course, progress: Progress): Requirement[] {
  if (course.completion === 'assessment') return [];
  const seen = new Set(progress.seen);
  return course.modules.flatMap((m): Requirement[] => {
    const pages = m.pages
      .filter((p) => !seen.has(p.id))
      .map((p): Requirement => ({ kind: 'page', location: p.id, title: p.title, module: m.title }));
    const left = m.check.filter((q) => progress.checks[q.id]?.checked !== true).length;
    // `check:<module id>` is the knowledge check's location (model/progress.ts).
    return left > 0 ? [...pages, { kind: 'check', location: `check:${m.id}`, module: m.title, left, total: m.check.length }] : pages;
  });
}
