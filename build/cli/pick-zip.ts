// Which built zip `npm run screenshots` photographs when none is named: what a learner gets, not merely the newest.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir` whose name matches, newest first (screenshots/ left out). */
export function findFiles(dir: string, pattern: RegExp): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory() && e.name !== 'screenshots') walk(p);
      else if (e.isFile() && pattern.test(e.name)) found.push(p);
    }
  };
  walk(dir);
  return found.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
}

/** The newest SCORM 2004 zip of a published edition, else the generic edition's (a draft), else the newest. */
export function defaultZip(dir: string): string | undefined {
  const zips = findFiles(dir, /-scorm2004\.zip$/);
  const name = (f: string) => path.basename(f);
  return zips.find((f) => !name(f).includes('-draft-')) ?? zips.find((f) => name(f).includes('-generic-')) ?? zips[0];
}
