// The course states its completion rule through {{course.completionRule}}, so the text always says the rule the player keeps.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadCourse } from '../../build/content/load.ts';
import { completionRuleText } from '../../src/model/completion.ts';
import type { CompletionRule } from '../../src/model/course.ts';

const temp = mkdtempSync(path.join(os.tmpdir(), 'maisp-completion-rule-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const COURSE = path.resolve(import.meta.dirname, '../../course');

/** The real course with course.yaml's completion setting replaced. */
function withRule(rule: CompletionRule): string {
  const dir = path.join(temp, rule);
  cpSync(COURSE, dir, { recursive: true });
  const file = path.join(dir, 'course.yaml');
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(/^completion: .*$/m);
  // A path's test-out needs a pass to complete it, which "pages" does not ask for.
  writeFileSync(file, text.replace(/^completion: .*$/m, `completion: ${rule}`).replace(/^ +testOut: true$/gm, ''));
  return dir;
}

test.for(['pages-and-assessment', 'pages-checks-and-assessment', 'assessment', 'pages'] as const)(
  'with completion: %s the introduction states that rule in words, and no other',
  (rule) => {
    const { course } = loadCourse(withRule(rule));
    const intro = course.modules[0]!.pages.map((p) => p.html).join('\n');
    expect(intro).toContain(`The course is complete when ${completionRuleText(rule)}.`);
    for (const other of ['pages-and-assessment', 'pages-checks-and-assessment', 'assessment', 'pages'] as const)
      if (other !== rule) expect(intro).not.toContain(`complete when ${completionRuleText(other)}.`);
  },
);

test("the course's introduction writes the placeholder, not a typed rule", () => {
  const source = readFileSync(path.join(COURSE, 'modules/00-introduction.md'), 'utf8');
  expect(source).toContain('The course is complete when {{course.completionRule}}.');
});
