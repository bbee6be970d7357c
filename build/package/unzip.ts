// Unpacks a zip into a folder with the packager's own reader, as an LMS would before serving it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readZipEntries, readZipEntry } from './zip-reader.ts';

/** Returns the names of the files written, in zip order. */
export function unzip(zipFile: string, dir: string): string[] {
  const zip = readFileSync(zipFile);
  const names: string[] = [];
  for (const entry of readZipEntries(zip)) {
    if (entry.name.endsWith('/')) continue;
    const target = path.join(dir, entry.name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, readZipEntry(zip, entry));
    names.push(entry.name);
  }
  return names;
}
