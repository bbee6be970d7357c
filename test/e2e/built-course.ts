// The real course as the global setup built it: its model, its zips, and each zip unpacked, for the browser tests.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import type { Course, ScormTarget } from '../../src/model/course.ts';
import { readZipEntries } from '../../build/package/zip-reader.ts';

export interface BuiltCourse {
  course: Course;
  zip(target: ScormTarget): string;
  /** The folder the zip was unpacked into. */
  unzipped(target: ScormTarget): string;
  /** Every file name in the zip. */
  files(target: ScormTarget): string[];
}

/** The whole course's model (dist/<id>-<version>-course.json): every path's modules, the ids the report reads. */
export function wholeCourse(): Course {
  const dir = inject('builtDir');
  const model = readdirSync(dir).find((f) => f.endsWith('-course.json'));
  if (!model) throw new Error(`the global setup left no course model in ${dir}`);
  return JSON.parse(readFileSync(path.join(dir, model), 'utf8')) as Course;
}

/** The ids of the paths the course was built with, in course.yaml's order (`course` for a course without paths). */
export function builtPaths(): string[] {
  const { paths } = wholeCourse();
  return paths.length > 0 ? paths.map((p) => p.id) : ['course'];
}

/** One path's zips and model (the zip's own course model); the first path, the core, by default. */
export function builtCourse(pathId: string = builtPaths()[0] ?? 'course'): BuiltCourse {
  const dir = inject('builtDir');
  const course = JSON.parse(readFileSync(path.join(dir, 'models', `${pathId}.json`), 'utf8')) as Course;
  const zips = readdirSync(path.join(dir, 'generic'));
  const zip = (target: ScormTarget) => {
    const name = zips.find(
      (f) => f.startsWith(`${course.id}-${course.version}-generic`) && f.endsWith(`${course.path ? `-${pathId}` : ''}-${target}.zip`),
    );
    if (!name) throw new Error(`the global setup left no ${target} zip in ${dir}/generic`);
    return path.join(dir, 'generic', name);
  };
  return {
    course,
    zip,
    unzipped: (target) => path.join(dir, 'unzipped', pathId, target),
    files: (target) => readZipEntries(readFileSync(zip(target))).map((e) => e.name),
  };
}
