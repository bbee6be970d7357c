// Test helper: assembles a package's files like packageCourse does, with a hook to break the manifest first.
import path from 'node:path';
import type { Course, ScormTarget } from '../../src/model/course.ts';
import { renderManifest } from '../../build/package/manifest.ts';
import { readPlayerFiles } from '../../build/package/player-files.ts';
import { readSchemaFiles, type PackageFile } from '../../build/package/schemas.ts';
import { writeZip } from '../../build/package/zip-writer.ts';

export interface ZipRecipe {
  /** Rewrites the rendered manifest (to break it on purpose). */
  editManifest?: (xml: string) => string;
  /** Rewrites the file list (to drop or add entries). */
  editFiles?: (files: PackageFile[]) => PackageFile[];
}

/** Writes `<dir>/<target>.zip` and returns its path. */
export async function buildZip(course: Course, target: ScormTarget, playerDir: string, dir: string, recipe: ZipRecipe = {}) {
  const player = await readPlayerFiles(playerDir);
  let manifest = await renderManifest(
    course,
    target,
    player.map((f) => f.name),
  );
  if (recipe.editManifest) {
    const edited = recipe.editManifest(manifest);
    if (edited === manifest) throw new Error('editManifest changed nothing: the test would not test anything');
    manifest = edited;
  }
  let files: PackageFile[] = [{ name: 'imsmanifest.xml', data: Buffer.from(manifest) }, ...(await readSchemaFiles(target)), ...player];
  if (recipe.editFiles) files = recipe.editFiles(files);
  const file = path.join(dir, `${target}.zip`);
  await writeZip(file, files);
  return file;
}
