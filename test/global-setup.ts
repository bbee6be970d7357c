// Builds the real course once per test run into a fresh temp folder and unpacks both zips; browser tests load them from there.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildCourse } from '../build/pipeline.ts';
import { unzip } from '../build/package/unzip.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * Folder holding the real course's -course.json, its generic edition's zips in generic/, each path's course model
     * in models/<path>.json, and each zip unpacked in unzipped/<path>/<target>/.
     */
    builtDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'maisp-test-dist-'));
  // The generic edition (course.yaml alone): the course as every edition has it, marked as a draft while
  // course.yaml's contacts are empty.
  const result = await buildCourse({ courseDir: 'course', outDir: dir, editions: ['generic'] });
  const edition = result.editions[0];
  if (!edition?.ok) throw new Error('the generic edition was not built');
  mkdirSync(path.join(dir, 'models'));
  edition.paths.forEach((course) => {
    const id = course.path?.id ?? 'course';
    writeFileSync(path.join(dir, 'models', `${id}.json`), JSON.stringify(course));
    // Zips are written per path, one per target, in the order of the paths.
    for (const zip of result.zips.filter((z) => path.basename(z.file).includes(course.path ? `-${id}-` : '')))
      unzip(zip.file, path.join(dir, 'unzipped', id, zip.target));
  });
  project.provide('builtDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
