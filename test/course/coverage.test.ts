// Issue 5: course/coverage.yaml maps every protocol paragraph 1–42 to pages that exist in the course.
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../build/content/load.ts';
import { PROTOCOL_PARAGRAPHS } from '../../build/content-report/references.ts';
import { courseDir } from './paths.ts';

const { course, coverage } = loadCourse(courseDir);
const pageIds = new Set(course.modules.flatMap((m) => m.pages.map((p) => p.id)));
const paragraphs = Array.from({ length: PROTOCOL_PARAGRAPHS }, (_, i) => i + 1);

describe('course/coverage.yaml', () => {
  it('maps every paragraph 1–42 of the protocol to at least one page', () => {
    const unmapped = paragraphs.filter((n) => (coverage[n] ?? []).length === 0);
    expect(unmapped).toEqual([]);
  });

  it('names only paragraphs 1–42 (no typo like 43 or 0)', () => {
    const extra = Object.keys(coverage).map(Number).filter((n) => n < 1 || n > PROTOCOL_PARAGRAPHS);
    expect(extra).toEqual([]);
  });

  it('names only page ids that exist in the loaded course', () => {
    const missing = Object.entries(coverage).flatMap(([n, ids]) => ids.filter((id) => !pageIds.has(id)).map((id) => `¶${n}: ${id}`));
    expect(missing).toEqual([]);
  });

  it('maps a page of every module except the introduction (each module teaches some paragraph)', () => {
    const mapped = new Set(Object.values(coverage).flat());
    const untaught = course.modules.slice(1).filter((m) => !m.pages.some((p) => mapped.has(p.id))).map((m) => m.id);
    expect(untaught).toEqual([]);
  });
});
