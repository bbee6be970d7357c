// Fails the build when the course's worst-case resume data could not fit the smallest suspend_data of its targets.
import path from 'node:path';
import type { Course, ScormTarget } from '../../src/model/course.ts';
import { worstCaseSuspendSize } from '../../src/runtime/suspend-codec.ts';
import { CourseError, Diagnostics } from './diagnostics.ts';

/** SCORM 1.2 cmi.suspend_data is CMIString4096; SCORM 2004 3rd/4th edition allows 64,000 characters. */
export const SUSPEND_LIMITS: Readonly<Record<ScormTarget, number>> = Object.freeze({ scorm12: 4096, scorm2004: 64000 });

export function checkResumeBudget(course: Course, courseDir: string): number {
  const size = worstCaseSuspendSize(course);
  const diags = new Diagnostics();
  for (const target of course.targets) {
    const limit = SUSPEND_LIMITS[target];
    if (size > limit) {
      diags.add(
        path.join(courseDir, 'course.yaml'),
        { line: 1, column: 1 },
        `a learner's resume data can reach ${size} characters, over the ${limit} that ${target} allows (LMSs truncate it and learners lose progress)`,
        `split the course into smaller courses, or drop ${target} from targets`,
      );
    }
  }
  if (diags.size > 0) throw new CourseError(diags.list);
  return size;
}
