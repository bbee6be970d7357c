// Two questions a learner can meet together with the same prompt would share one accessible name: the build warns at the
// second, naming the first; different prompts are not warned about.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadCourse } from '../../build/content/load.ts';

const good = path.resolve(import.meta.dirname, '../fixtures/good');
const temp = mkdtempSync(path.join(os.tmpdir(), 'maisp-prompts-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function warningsWith(name: string, rel: string, edit: (text: string) => string): string[] {
  const dir = path.join(temp, name);
  cpSync(good, dir, { recursive: true });
  const file = path.join(dir, rel);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return loadCourse(dir).warnings.map((w) => `${path.basename(w.file)}:${w.line}: ${w.message}`);
}

test('a knowledge check with two identical prompts is warned about at the second question, naming the first', () => {
  const warnings = warningsWith('same', 'modules/01-one.check.yaml', (t) =>
    t.replace('prompt: The sky is green.', 'prompt: Which  is RIGHT?'),
  );
  expect(warnings).toEqual(['01-one.check.yaml:11: question "one-q2" has the same prompt as "one-q1": "Which is RIGHT?"']);
});

test('the good fixture, whose prompts all differ, has no such warning', () => {
  expect(warningsWith('good', 'course.yaml', (t) => t)).toEqual([]);
});
