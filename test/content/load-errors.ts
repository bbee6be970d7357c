// What a course's load fails with, one line per diagnostic, for tests that compare the errors a course gives.
import path from 'node:path';
import { loadCourse } from '../../build/content/load.ts';
import { CourseError, type Diagnostic } from '../../build/content/diagnostics.ts';

/** `file:line: message` by default; [] when the course loads. Anything but a CourseError is thrown on. */
export function loadErrors(
  dir: string,
  line: (d: Diagnostic) => string = (d) => `${path.basename(d.file)}:${d.line}: ${d.message}`,
): string[] {
  try {
    loadCourse(dir);
  } catch (e) {
    if (!(e instanceof CourseError)) throw e;
    return e.diagnostics.map(line);
  }
  return [];
}
