// Loads the course model the build wrote (dist/<id>-<version>-course.json), the key to turning LMS ids back into questions.

import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Course } from '../../src/model/course.ts';

/** The newest `*-course.json` in `dir`, or null when there is none. */
export async function newestCourseJson(dir: string): Promise<string | null> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('-course.json'));
  } catch {
    return null;
  }
  let best: { path: string; mtime: number } | null = null;
  for (const n of names) {
    const path = join(dir, n);
    const mtime = (await stat(path)).mtimeMs;
    if (!best || mtime > best.mtime) best = { path, mtime };
  }
  return best?.path ?? null;
}

/** Reads and shape-checks a course JSON; throws an Error naming the file and what is wrong. */
export async function loadCourse(file: string): Promise<Course> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: cannot read the course model: ${(err as Error).message}`, { cause: err });
  }
  const c = raw as Partial<Course>;
  const problems: string[] = [];
  if (typeof c.id !== 'string') problems.push('no "id"');
  if (typeof c.version !== 'string') problems.push('no "version"');
  if (!Array.isArray(c.modules)) problems.push('no "modules" list');
  else if (c.modules.some((m) => typeof m?.id !== 'string' || !Array.isArray(m.check) || !Array.isArray(m.objectives)))
    problems.push('a module without id, check or objectives');
  if (typeof c.assessment !== 'object' || c.assessment === null || !Array.isArray(c.assessment.bank))
    problems.push('no "assessment" with a "bank"');
  if (problems.length > 0)
    throw new Error(`${file}: not a course model written by the build (${problems.join('; ')}); run npm run build first`);
  return c as Course;
}
