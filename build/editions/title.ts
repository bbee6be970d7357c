// The title an LMS shows for an edition's zip: the course, the agency, and "draft" where it is one.
import type { Course } from '../../src/model/course.ts';
import { GENERIC_EDITION } from '../content/edition-file.ts';

/** The generic edition keeps the course title as it always was, so an LMS activity made from it is unchanged. */
export function editionTitle(course: Course): string {
  const { edition } = course;
  const named = edition.id === GENERIC_EDITION ? course.title : `${course.title}: ${edition.name}`;
  return edition.draft ? `${named} (DRAFT, not for learners)` : named;
}
