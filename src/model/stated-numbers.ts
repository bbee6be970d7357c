// Numbers the course text states that only the launch knows: the build leaves a marker, the player fills it in
// with the pass mark that applies (the LMS's mastery score overrides the course's, SCORM.md).

import { questionsPerAttempt, type Course } from './course.ts';
import { toPass } from './scoring.ts';

/** What `{{assessment.passMark}}` and `{{assessment.toPass}}` become in the built course's HTML. */
export const PASS_MARK_MARKER = '@@passMark@@';
export const TO_PASS_MARKER = '@@toPass@@';

/** The course with its pass-mark markers filled in for `passMark` (and the right answers that reach it). */
export function withPassMark(course: Course, passMark: number): Course {
  const need = toPass(questionsPerAttempt(course), passMark);
  return JSON.parse(JSON.stringify(course).replaceAll(PASS_MARK_MARKER, `${passMark}`).replaceAll(TO_PASS_MARKER, `${need}`)) as Course;
}
