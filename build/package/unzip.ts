// Unpacks a zip into a folder with the packager's own reader, as an LMS would before serving it; refuses any entry that
// would land outside that folder (zip slip) or make a link, before writing anything.
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readZipEntries, readZipEntry, type ZipEntry } from './zip-reader.ts';

/** The zip holds an entry that would be written outside the target folder, or a link: nothing was unpacked. */
export class UnsafeZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeZipError';
  }
}

const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

/** Returns the names of the files written, in zip order. Throws UnsafeZipError, having written nothing, for a hostile zip. */
export function unzip(zipFile: string, dir: string): string[] {
  const zip = readFileSync(zipFile);
  const entries = readZipEntries(zip);
  mkdirSync(dir, { recursive: true });
  const root = realpathSync(dir);
  // Every entry is checked before the first is written: a refused zip leaves no half-unpacked folder behind.
  for (const entry of entries) {
    const problem = entryProblem(entry, root);
    if (problem)
      throw new UnsafeZipError(
        `${zipFile} was not unpacked: its entry ${JSON.stringify(entry.name)} ${problem}. ` +
          'A SCORM package holds only plain files under relative paths; rebuild it with npm run build.',
      );
  }
  const names: string[] = [];
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const target = path.join(root, entry.name);
    mkdirSync(path.dirname(target), { recursive: true });
    // The folders on the way are ours (no entry makes a link), but the target folder may have held links already.
    if (!inside(root, realpathSync(path.dirname(target))))
      throw new UnsafeZipError(`${zipFile}: ${JSON.stringify(entry.name)} would be written through a link out of ${dir}`);
    writeFileSync(target, readZipEntry(zip, entry));
    names.push(entry.name);
  }
  return names;
}

/** Why an entry may not be unpacked into `root`, or null. */
function entryProblem(entry: ZipEntry, root: string): string | null {
  const name = entry.name;
  if (name === '' || name.includes('\0')) return 'has an empty or NUL-containing name';
  if (name.includes('\\')) return 'uses a backslash, which Windows reads as a folder separator';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'is an absolute path';
  if (name.split('/').includes('..')) return 'climbs out of the folder with ".."';
  if (!inside(root, path.resolve(root, name))) return 'would be written outside the folder';
  if (entry.fileType !== null && entry.fileType !== S_IFREG && entry.fileType !== S_IFDIR && entry.fileType !== 0)
    return entry.fileType === 0o120000 ? 'is a symbolic link' : 'is not a plain file or folder';
  return null;
}

function inside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
