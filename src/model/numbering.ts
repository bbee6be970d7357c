// One numbering of the modules for every screen and the course text: the content modules are counted 1..n in course
// order; an introduction (`numbered: false`) and the final assessment are named, never counted.
import type { Course, Module } from './course.ts';

/** What `{{modules.count}}` and `{{module.<id>.number}}` leave in rendered text until every module is read. */
export const MODULE_COUNT_MARKER = '@@moduleCount@@';
export const moduleNumberMarker = (moduleId: string): string => `@@moduleNumber:${moduleId}@@`;
const MARKERS = /@@module(?:Count|Number:([a-z][a-z0-9-]*))@@/g;

const counted = (m: Pick<Module, 'numbered'>) => m.numbered !== false;

/** The number of each counted module by id; named modules (an introduction) have none. */
export function moduleNumbers(modules: readonly Pick<Module, 'id' | 'numbered'>[]): Map<string, number> {
  return new Map(modules.filter(counted).map((m, i) => [m.id, i + 1]));
}

/** How many modules the course counts: the number every screen states. */
export function moduleCount(modules: readonly Pick<Module, 'numbered'>[]): number {
  return modules.filter(counted).length;
}

/** "Module 3 of 8" for a counted module, '' for a named one. */
export function moduleOf(course: Course, moduleId: string): string {
  const n = moduleNumbers(course.modules).get(moduleId);
  return n === undefined ? '' : `Module ${n} of ${moduleCount(course.modules)}`;
}

/** "Module 3: Handling personal data", or a named module's title alone ("Introduction"). */
export function moduleName(course: Course, module: Module): string {
  const n = moduleNumbers(course.modules).get(module.id);
  return n === undefined ? module.title : `Module ${n}: ${module.title}`;
}

/** The course with its module markers filled in; ids no module has are left for the build to report. */
export function withModuleNumbers(course: Course): Course {
  const numbers = moduleNumbers(course.modules);
  const count = `${moduleCount(course.modules)}`;
  const text = JSON.stringify(course).replace(MARKERS, (whole, id: string | undefined) =>
    id === undefined ? count : `${numbers.get(id) ?? whole}`,
  );
  return JSON.parse(text) as Course;
}
