// Puts an edition's freshly built folder in place of the old one, or clears the old one's zips when its build failed.
import { existsSync } from 'node:fs';
import { readdir, rename, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * `<outDir>/<edition>/` belongs to the build: it is replaced whole, so no zip of an earlier version or of an
 * earlier draft stays beside the new ones. The old folder is moved aside first, so the swap is two renames.
 */
export async function replaceFolder(fresh: string, target: string, aside: string): Promise<void> {
  if (existsSync(target)) await rename(target, aside);
  await rename(fresh, target);
  await rm(aside, { recursive: true, force: true });
}

/**
 * A failed build must not leave zips that look current (an author could upload the one that still has the
 * mistake): every zip in the edition's folder goes, and the folder too once empty. Returns the files removed.
 */
export async function removeStaleZips(folder: string): Promise<string[]> {
  if (!existsSync(folder)) return [];
  const zips = (await readdir(folder)).filter((name) => name.endsWith('.zip')).map((name) => path.join(folder, name));
  await Promise.all(zips.map((file) => rm(file, { force: true })));
  if ((await readdir(folder)).length === 0) await rmdir(folder);
  return zips;
}
