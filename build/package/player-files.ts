// Lists the built player's files (Vite output) as zip entries, in a stable order.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PackageFile } from './schemas.ts';

/**
 * Every regular file under `playerDir`, named relative to it with `/` separators, sorted by name so the
 * manifest's <file> list and the zip do not depend on the order the file system returns.
 */
export async function readPlayerFiles(playerDir: string): Promise<PackageFile[]> {
  const names: string[] = [];
  async function walk(rel: string): Promise<void> {
    const entries = await readdir(path.join(playerDir, rel), { withFileTypes: true });
    for (const entry of entries) {
      const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
      // stat (not the dirent) so a symlinked file or folder is packaged as what it points to.
      const info = await stat(path.join(playerDir, childRel));
      if (info.isDirectory()) await walk(childRel);
      else if (info.isFile()) names.push(childRel);
    }
  }
  await walk('');
  names.sort(compareNames);
  return Promise.all(names.map(async (name) => ({ name, data: await readFile(path.join(playerDir, name)) })));
}

/** Code-unit order: the same in every locale, unlike localeCompare. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
