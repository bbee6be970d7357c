// Tests the bench's scripted run: it reaches passed on both versions and counts commits and calls.

import { expect, test } from 'vitest';
import { scriptedRunStats } from '../../src/preview/scripted-run.ts';
import { fixtureCourse } from './fixture-course.ts';

test.for(['scorm12', 'scorm2004'] as const)('%s scripted run passes with one commit per step at most', (version) => {
  const s = scriptedRunStats(fixtureCourse(), version);
  expect(s.finalStatus).toBe(version === 'scorm12' ? 'passed' : 'completed/passed');
  expect(s.commits).toBeGreaterThan(1);
  expect(s.commits).toBeLessThanOrEqual(s.steps + 2);
  expect(s.apiCalls).toBeGreaterThan(s.commits);
  expect(s.finalSuspendDataLength).toBeGreaterThan(0);
});
