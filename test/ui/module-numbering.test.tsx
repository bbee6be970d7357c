// @vitest-environment happy-dom
// The real course states one module count everywhere: the introduction's text and its list, the position line on
// every module screen, the opening screens and the Contents heading; and "module n" in a page means module n.
import path from 'node:path';
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadCourse } from '../../build/content/load.ts';
import { moduleCount, moduleNumbers } from '../../src/model/numbering.ts';
import { mount, openFromMenu } from './harness.tsx';
import { repoRoot } from '../course/paths.ts';

// The core path's model, as its zip has it: a path counts its own modules (the managers' path is checked below too).
const loaded = loadCourse(path.join(repoRoot, 'course'));
const course = loaded.pathCourses[0]!;
const count = moduleCount(course.modules);
const numbers = moduleNumbers(course.modules);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

describe('one module count on every screen of the real course', () => {
  test('the course counts its content modules, not the introduction', () => {
    expect(count).toBe(course.modules.filter((m) => m.numbered !== false).length);
    expect(count).toBeLessThan(course.modules.length);
  });

  test('on every path the introduction states that path’s count of modules, and no typed list of another path’s', () => {
    for (const c of loaded.pathCourses) {
      const page = c.modules[0]!.pages.find((p) => /short modules/.test(p.html))!;
      expect(page.html).toContain(`come ${moduleCount(c.modules)} short modules`);
      expect(page.html).not.toMatch(/<ol>/);
    }
    expect(new Set(loaded.pathCourses.map((c) => moduleCount(c.modules))).size).toBe(loaded.pathCourses.length);
  });

  test('"module n" in any page points to module n when it links to a page, on every path', () => {
    let seen = 0;
    for (const c of loaded.pathCourses) {
      const numbers = moduleNumbers(c.modules);
      const moduleOfPage = new Map(c.modules.flatMap((m) => m.pages.map((p) => [p.id, m.id] as const)));
      for (const page of c.modules.flatMap((m) => m.pages))
        for (const m of page.html.matchAll(/\b[Mm]odule (\d+)\b[^<]{0,40}<a href="#([^"]+)"|<a href="#([^"]+)"[^>]*>[Mm]odule (\d+)\b/g)) {
          const [n, target] = m[1] ? [m[1], m[2]] : [m[4], m[3]];
          expect(numbers.get(moduleOfPage.get(target!) ?? ''), `${page.id}: "module ${n}" links to #${target}`).toBe(Number(n));
          seen++;
        }
    }
    expect(seen).toBeGreaterThan(0);
  });

  test('each module’s opening screen, its pages and the Contents heading state the same count', () => {
    mount(course);
    const menu = screen.getByRole('navigation', { name: 'Course contents' });
    expect(within(menu).getByText(`(0 of ${count} modules complete)`)).toBeTruthy();
    for (const module of course.modules) {
      openFromMenu(new RegExp(`^${escape(module.title)}`));
      const n = numbers.get(module.id);
      const stated = [...document.body.textContent!.matchAll(/Module (\d+) of (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
      if (n === undefined) expect(stated).toEqual([]);
      else expect(stated).toEqual([[n, count]]);
    }
  });
});
