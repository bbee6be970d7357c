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

export function builtCourse(): BuiltCourse {
  const dir = inject('builtDir');
  const model = readdirSync(dir).find((f) => f.endsWith('-course.json'));
  if (!model) throw new Error(`the global setup left no course model in ${dir}`);
  const course = JSON.parse(readFileSync(path.join(dir, model), 'utf8')) as Course;
  const zips = readdirSync(path.join(dir, 'generic'));
  const zip = (target: ScormTarget) => {
    const name = zips.find((f) => f.startsWith(`${course.id}-${course.version}-generic`) && f.endsWith(`-${target}.zip`));
    if (!name) throw new Error(`the global setup left no ${target} zip in ${dir}/generic`);
    return path.join(dir, 'generic', name);
  };
  return {
    course,
    zip,
    unzipped: (target) => path.join(dir, 'unzipped', target),
    files: (target) => readZipEntries(readFileSync(zip(target))).map((e) => e.name),
  };
}
