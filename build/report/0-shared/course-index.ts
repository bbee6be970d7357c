// Turns SCORM interaction and objective ids back into the course's questions and modules, using the build's course model.

import type { Course, Question } from '../../../src/model/course.ts';
import { TEST_OUT_INTERACTION } from '../../../src/runtime/interactions.ts';
import type { Route } from './types.ts';

export interface QuestionInfo {
  question: Question;
  /** The module whose knowledge check holds it, or the modules whose objectives a bank question tests. */
  moduleIds: string[];
  /** `check` for a module's knowledge check, `assessment` for the final assessment's bank. */
  source: 'check' | 'assessment';
  /** Position in course order, used to key answers compactly. */
  index: number;
}

export interface CourseIndex {
  course: Course;
  questions: Map<string, QuestionInfo>;
  moduleTitles: Map<string, string>;
}

export function indexCourse(course: Course): CourseIndex {
  const moduleTitles = new Map(course.modules.map((m) => [m.id, m.title] as const));
  const objectiveModule = new Map<string, string>();
  for (const m of course.modules) for (const o of m.objectives) objectiveModule.set(o.id, m.id);
  const questions = new Map<string, QuestionInfo>();
  for (const m of course.modules)
    for (const q of m.check) questions.set(q.id, { question: q, moduleIds: [m.id], source: 'check', index: questions.size });
  for (const q of course.assessment.bank) {
    const mods = [...new Set(q.objectives.map((o) => objectiveModule.get(o)).filter((x): x is string => x !== undefined))];
    questions.set(q.id, { question: q, moduleIds: mods, source: 'assessment', index: questions.size });
  }
  return { course, questions, moduleTitles };
}

/** Whether an interaction is the player's test-out record (`route.test-out.1`, src/runtime/interactions.ts), not an answer. */
export const isRouteInteraction = (id: string): boolean => id.trim() === TEST_OUT_INTERACTION;

/**
 * The route a test-out record says, from its result (correct: passed) or, where the download has no result column,
 * its response (1.2 `a` or `b`, 2004 `passed` or `failed`); null when neither can be read.
 */
export function routeOf(correct: boolean | null, response: string): Route | null {
  const said: Record<string, boolean> = { a: true, passed: true, b: false, failed: false };
  const passed = correct ?? said[response.trim().toLowerCase()];
  return passed === undefined ? null : passed ? 'tested-out' : 'sent-to-modules';
}

export type ResolvedInteraction =
  { ok: true; info: QuestionInfo; attempt: number } | { ok: false; kind: 'bad-interaction-id' | 'unknown-question'; message: string };

/**
 * Resolves `${moduleId}.${questionId}.${attempt}` (knowledge checks) or `${assessmentId}.${questionId}.${attempt}`
 * (the final assessment), the ids the runtime writes to `cmi.interactions.n.id`. Course ids never contain dots.
 */
export function resolveInteraction(index: CourseIndex, id: string): ResolvedInteraction {
  const parts = id.trim().split('.');
  if (parts.length !== 3 || !/^\d+$/.test(parts[2] ?? '')) {
    return {
      ok: false,
      kind: 'bad-interaction-id',
      message: `an answer to question “${id}”, which is not a question of this course (its questions are named like “final.q1.1”); left out`,
    };
  }
  const [prefix = '', questionId = ''] = parts;
  const info = index.questions.get(questionId);
  const prefixKnown = prefix === index.course.assessment.id || index.moduleTitles.has(prefix);
  if (!info || !prefixKnown) {
    return {
      ok: false,
      kind: 'unknown-question',
      message: `an answer to question “${id}”, which version ${index.course.version} of this course does not have (the download may be from another version); left out`,
    };
  }
  return { ok: true, info, attempt: Number(parts[2]) };
}
