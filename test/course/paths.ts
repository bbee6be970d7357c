// Where the tests find the course and the seed documents: relative to the repo root, never the working directory.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const courseDir = path.join(repoRoot, 'course');

/**
 * The seeds live outside the repo, in ../shared/seeds next to the checkout (CI checks out on the same machine).
 * Throws rather than skipping, so a missing folder can never make the no-copying check pass silently.
 */
export function seedsDir(root: string = repoRoot): string {
  const dir = path.resolve(root, '..', 'shared', 'seeds');
  if (!existsSync(dir)) {
    throw new Error(`The seed documents were not found at ${dir} (../shared/seeds from the repo root). The check that the course copies no sentence of them cannot run without them.`);
  }
  return dir;
}
