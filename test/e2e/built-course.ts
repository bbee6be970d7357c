// Finds the zips and course model the global setup built, for the browser tests.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import type { Course, ScormTarget } from '../../src/model/course.ts';

export interface BuiltCourse {
  dir: string;
  course: Course;
  zip(target: ScormTarget): string;
}

export function builtCourse(): BuiltCourse {
  const dir = inject('builtDir');
  const model = readdirSync(dir).find((f) => f.endsWith('-course.json'));
  if (!model) throw new Error(`no course model in ${dir}`);
  const course = JSON.parse(readFileSync(path.join(dir, model), 'utf8')) as Course;
  return { dir, course, zip: (target) => path.join(dir, `${course.id}-${course.version}-${target}.zip`) };
}
