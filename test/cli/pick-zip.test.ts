// npm run screenshots without a zip named: a published edition's zip, else the generic edition's, never just the newest.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { defaultZip } from '../../build/cli/pick-zip.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes each file under a fresh dist/, the later ones newer. */
function dist(files: string[]): string {
  dir = mkdtempSync(path.join(os.tmpdir(), 'maisp-pick-'));
  files.forEach((f, i) => {
    const file = path.join(dir, f);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '');
    utimesSync(file, 1_000_000 + i, 1_000_000 + i);
  });
  return dir;
}

test('a published edition’s zip is picked over a newer draft', () => {
  const d = dist(['surrey-cc/maisp-1.0.0-surrey-cc-scorm2004.zip', 'example-agency/maisp-1.0.0-example-agency-draft-scorm2004.zip']);
  expect(defaultZip(d)).toBe(path.join(d, 'surrey-cc/maisp-1.0.0-surrey-cc-scorm2004.zip'));
});

test('with drafts only, the generic edition’s zip is picked over a newer agency draft, and never a SCORM 1.2 zip', () => {
  const d = dist([
    'generic/maisp-1.0.0-generic-draft-scorm2004.zip',
    'example-agency/maisp-1.0.0-example-agency-draft-scorm2004.zip',
    'generic/maisp-1.0.0-generic-draft-scorm12.zip',
  ]);
  expect(defaultZip(d)).toBe(path.join(d, 'generic/maisp-1.0.0-generic-draft-scorm2004.zip'));
});

test('no zip built: nothing picked', () => {
  expect(defaultZip(dist(['maisp-1.0.0-course.json']))).toBeUndefined();
});
