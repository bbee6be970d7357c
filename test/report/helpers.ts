// Shared helpers for the report tests: the fixture course, temp folders and a one-call report run.

import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Course } from '../../src/model/course.ts';
import { loadCourse } from '../../build/report/load-course.ts';
import { runReport, type ReportOptions } from '../../build/report/run-report.ts';

export const FIXTURES = join(import.meta.dirname, 'fixtures');
export const fixture = (name: string): string => join(FIXTURES, name);

export function fixtureCourse(): Promise<Course> {
  return loadCourse(fixture('course.json'));
}

export function tempDir(prefix = 'maisp-report-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Runs a report over the given inputs into a new temp folder, as of 2025-06-30. */
export async function report(inputs: ReportOptions['inputs'], extra: Partial<ReportOptions> = {}) {
  const outDir = join(await tempDir(), 'out');
  const result = await runReport({ inputs, course: await fixtureCourse(), outDir, asOf: '2025-06-30', ...extra });
  const read = (name: string): Promise<string> => readFile(join(outDir, name), 'utf8');
  return { ...result, outDir, read };
}
