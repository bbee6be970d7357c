// The title an LMS shows for an edition's zip: the course, the agency, and "draft" where it is one.
import type { Course } from '../../src/model/course.ts';
import { GENERIC_EDITION } from '../content/edition-file.ts';

/**
 * The generic edition keeps the course title as it always was, so an LMS activity made from it is unchanged; a path's
 * zip adds who the path is for ("… – Managers and IG leads"), so an administrator assigns the right one.
 */
export function editionTitle(course: Course): string {
  const { edition } = course;
  const titled = course.path ? `${course.title} – ${course.path.title}` : course.title;
  const named = edition.id === GENERIC_EDITION ? titled : `${titled}: ${edition.name}`;
  return edition.draft ? `${named} (DRAFT, not for learners)` : named;
}
