// Builds the real course once per test run into a fresh temp folder; browser tests load the zips from there.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildCourse } from '../build/pipeline.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding <id>-<version>-scorm12.zip, -scorm2004.zip and -course.json of the real course. */
    builtDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'maisp-test-dist-'));
  await buildCourse({ courseDir: 'course', outDir: dir });
  project.provide('builtDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
