// Issue 23, "Done when": on every path, each assessed objective has at least 2 bank questions the path can draw, and
// no page of the All staff core uses "best interests" except as the Mental Capacity Act's test (outside it, the
// phrase is not a legal test for sharing: review, section 5).
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../build/content/load.ts';
import { plainText } from '../../build/content-report/text.ts';
import { courseDir } from './paths.ts';

const { pathCourses } = loadCourse(courseDir);

describe.for(pathCourses.map((c) => ({ id: c.path?.id ?? '', c })))('path $id', ({ c }) => {
  it('gives each objective of its assessed modules at least 2 bank questions in its own bank', () => {
    const bank = c.assessment.bank;
    const short = c.modules
      .filter((m) => bank.some((q) => m.objectives.some((o) => q.objectives.includes(o.id))))
      .flatMap((m) => m.objectives.map((o) => [o.id, bank.filter((q) => q.objectives.includes(o.id)).length] as const))
      .filter(([, n]) => n < 2);
    expect(short).toEqual([]);
  });
});

describe('the core path and "best interests"', () => {
  const core = pathCourses.find((c) => c.path?.id === 'core');
  const sentences = (core?.modules ?? [])
    .flatMap((m) => m.pages)
    .flatMap((p) => plainText(p.html).split(/(?<=[.!?])\s+/).map((s) => ({ page: p.id, s })));

  it('the core has pages to check', () => {
    expect(sentences.length).toBeGreaterThan(100);
  });

  it('says "best interests" only in a sentence that names the Mental Capacity Act or a person who lacks capacity', () => {
    const loose = sentences.filter(({ s }) => /best interests/i.test(s) && !/Mental Capacity Act|lacks? capacity|capacity/i.test(s));
    expect(loose).toEqual([]);
  });
});

describe('health content on the confidentiality page', () => {
  const page = (sectors: ('health' | 'council')[]) =>
    plainText(
      loadCourse(courseDir, { sectors })
        .course.modules.flatMap((m) => m.pages)
        .find((p) => p.id === 'decide-confidentiality')?.html ?? '',
    );

  it('a health edition is told about section 251 approval and the GMC guidance; other editions are not', () => {
    expect(page(['health'])).toContain('section 251 of the NHS Act 2006');
    expect(page(['health'])).toContain('GMC');
    expect(page(['council'])).not.toContain('section 251');
    expect(page([])).not.toContain('section 251');
  });
});
