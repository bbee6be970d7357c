// The time each module's opening screen shows (front-matter `minutes`) follows course/README.md's rule: words at
// 200 a minute plus a minute per knowledge-check question, to within a minute.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../build/content/load.ts';
import { contentReport } from '../../build/content-report/content-report.ts';
import { repoRoot } from './paths.ts';

const { course } = loadCourse(path.join(repoRoot, 'course'));
const report = contentReport(course, {});

describe('module minutes', () => {
  it.each(report.modules.map((m) => [m.id, m] as const))('%s states the time its words and questions take', (_, m) => {
    const estimate = m.words / 200 + m.questions;
    expect(Math.abs(m.minutes - estimate), `${m.id}: ${m.minutes} minutes stated, ${estimate.toFixed(1)} by the rule`).toBeLessThanOrEqual(1);
  });
});
