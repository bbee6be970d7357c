// Turns a learner response from an LMS export back into option ids: the one place that knows how the runtime encodes them.

import type { Question } from '../../../src/model/course.ts';
import { reportedOptionId } from '../../../src/runtime/interactions.ts';

/**
 * The option ids a response names, or null when it cannot be read. The runtime writes (src/runtime/cmi12.ts,
 * cmi2004.ts) SCORM 1.2 choices as letters a–z by option position joined by `,` and true-false as `t`/`f`;
 * SCORM 2004 choices as option ids joined by `[,]`, with `-` written as `_` (reportedOptionId: Moodle refuses `-`), and true-false as `true`/`false`. An export does not say
 * which version wrote it, so the 2004 form (ids) is tried first, then the 1.2 form (letters).
 */
export function decodeResponse(question: Question, raw: string): string[] | null {
  const s = raw.trim();
  if (s === '') return null;
  const ids = question.options.map((o) => o.id);
  if (question.kind === 'truefalse') {
    // The options are always true then false (src/model/course.ts).
    const word = s.toLowerCase();
    const id = word === 'true' || word === 't' ? ids[0] : word === 'false' || word === 'f' ? ids[1] : undefined;
    return id === undefined ? null : [id];
  }
  const asIds = s.split('[,]').map((p) => p.trim());
  const reported = new Map(ids.flatMap((id) => [[id, id] as const, [reportedOptionId(id), id] as const]));
  if (asIds.every((p) => reported.has(p))) return asIds.map((p) => reported.get(p) ?? p);
  const letters = s.split(',').map((p) => p.trim());
  if (letters.every((p) => /^[a-z]$/.test(p) && p.charCodeAt(0) - 97 < ids.length)) {
    return letters.map((p) => ids[p.charCodeAt(0) - 97] ?? '');
  }
  return null;
}

/** Whether a response chose exactly the correct options; null when the response cannot be read. */
export function responseIsCorrect(question: Question, raw: string): boolean | null {
  const chosen = decodeResponse(question, raw);
  if (chosen === null) return null;
  const correct = question.options.filter((o) => o.correct).map((o) => o.id);
  const set = new Set(chosen);
  return set.size === correct.length && correct.every((id) => set.has(id));
}
