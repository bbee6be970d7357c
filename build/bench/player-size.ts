// Measures the player's own JS + CSS, gzip'd, from a built zip, leaving out the course-content chunk.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readZipEntries, readZipEntry } from '../package/zip-reader.ts';

export interface PlayerSize {
  /** Player JS + CSS without the course content, gzip'd (level 9, as a web server would serve it). */
  playerGzip: number;
  /** The course-content chunk alone, gzip'd. */
  courseGzip: number;
}

export function playerSize(zipFile: string): PlayerSize {
  const zip = readFileSync(zipFile);
  let playerGzip = 0;
  let courseGzip = 0;
  for (const entry of readZipEntries(zip)) {
    if (!/\.(js|css)$/.test(entry.name)) continue;
    const gz = gzipSync(readZipEntry(zip, entry), { level: 9 }).length;
    // The Vite config puts `virtual:course` in a chunk named course-<hash>.js.
    if (/(^|\/)course-[\w-]+\.js$/.test(entry.name)) courseGzip += gz;
    else playerGzip += gz;
  }
  return { playerGzip, courseGzip };
}
