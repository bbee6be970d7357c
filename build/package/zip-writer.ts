// Writes a reproducible zip with archiver: sorted entries, a fixed date and mode, one compression level.
import { createWriteStream } from 'node:fs';
import { ZipArchive } from 'archiver';
import { compareNames } from './player-files.ts';
import type { PackageFile } from './schemas.ts';

/**
 * 2000-01-01 00:00:00. zip-stream writes DOS times from the Date's UTC fields (unless forceLocalTime), so a
 * Date built with Date.UTC gives the same bytes in every time zone. (DOS time cannot go before 1980.)
 */
export const FIXED_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));
/** rw-r--r--: what an LMS unpacking on Unix should give every file; never the builder's umask. */
export const FIXED_MODE = 0o644;
/** Deflate level; fixed so two builds with the same input make the same bytes. */
export const COMPRESSION_LEVEL = 9;

/** Writes `files` to `zipFile`, sorted by name; resolves with the zip's size in bytes. */
export async function writeZip(zipFile: string, files: readonly PackageFile[]): Promise<number> {
  const sorted = [...files].sort((a, b) => compareNames(a.name, b.name));
  const archive = new ZipArchive({ zlib: { level: COMPRESSION_LEVEL }, forceLocalTime: false, comment: '' });
  const out = createWriteStream(zipFile);
  const closed = new Promise<void>((resolve, reject) => {
    out.on('close', resolve);
    out.on('error', reject);
    archive.on('error', reject);
  });
  archive.pipe(out);
  for (const file of sorted) {
    archive.append(file.data, { name: file.name, date: FIXED_DATE, mode: FIXED_MODE });
  }
  await archive.finalize();
  await closed;
  return archive.pointer();
}
