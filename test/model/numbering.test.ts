// One module numbering: content modules counted 1..n, an introduction named and never counted, markers filled in.
import { describe, expect, test } from 'vitest';
import {
  MODULE_COUNT_MARKER,
  moduleCount,
  moduleName,
  moduleNumberMarker,
  moduleNumbers,
  moduleOf,
  withModuleNumbers,
} from '../../src/model/numbering.ts';
import { fixtureCourse } from '../ui/fixture-course.ts';

const base = fixtureCourse();
const [aims, sharing] = base.modules as [(typeof base.modules)[0], (typeof base.modules)[0]];
const intro = {
  ...aims,
  id: 'intro',
  title: 'Introduction',
  numbered: false,
  pages: [{ id: 'intro-welcome', title: 'Welcome', html: '' }],
};
const course = fixtureCourse({ modules: [intro, aims, sharing] });

describe('module numbering', () => {
  test('numbers the content modules from 1 and leaves the introduction out of the numbers and the count', () => {
    expect([...moduleNumbers(course.modules)]).toEqual([
      ['aims', 1],
      ['sharing', 2],
    ]);
    expect(moduleCount(course.modules)).toBe(2);
  });

  test('says "Module n of m" and "Module n: title" for a counted module, the title alone for the introduction', () => {
    expect(moduleOf(course, 'sharing')).toBe('Module 2 of 2');
    expect(moduleOf(course, 'intro')).toBe('');
    expect(moduleName(course, aims)).toBe('Module 1: Aims of the protocol');
    expect(moduleName(course, intro)).toBe('Introduction');
  });

  test('fills the count and number markers in course text, leaving a marker for an unknown id', () => {
    const text = `${MODULE_COUNT_MARKER} modules; module ${moduleNumberMarker('sharing')}; ${moduleNumberMarker('nope')}`;
    const withText = fixtureCourse({ modules: [{ ...intro, pages: [{ id: 'p', title: 'P', html: text }] }, aims, sharing] });
    expect(withModuleNumbers(withText).modules[0]!.pages[0]!.html).toBe(`2 modules; module 2; ${moduleNumberMarker('nope')}`);
  });
});
