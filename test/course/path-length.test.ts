// Issue 23: the front-line core fits what staff accept each year on top of their other mandatory training, and the
// managers' path stays a short add-on; minutes as the build and the start screen state them (words at 200 a minute,
// a minute per knowledge-check and assessment question).
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../build/content/load.ts';
import { courseDir } from './paths.ts';

const { pathCourses } = loadCourse(courseDir);
const minutes = (id: string): number => {
  const path = pathCourses.find((c) => c.path?.id === id)?.path;
  if (!path) throw new Error(`course.yaml has no path "${id}"`);
  return path.minutes;
};

describe('path lengths', () => {
  it('the All staff core takes at most 45 minutes', () => {
    expect(minutes('core')).toBeLessThanOrEqual(45);
  });

  it("the managers' and IG leads' path takes at most 30 minutes", () => {
    expect(minutes('manager')).toBeLessThanOrEqual(30);
  });
});
