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

const { course } = loadCourse(path.join(repoRoot, 'course'));
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

  test('the introduction states the count and lists exactly the counted modules, in order', () => {
    const page = course.modules[0]!.pages.find((p) => /short modules/.test(p.html))!;
    expect(page.html).toContain(`there are ${count} short modules`);
    const list = /short modules:<\/p>\s*<ol>([\s\S]*?)<\/ol>/.exec(page.html)?.[1] ?? '';
    const items = [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!.trim());
    expect(items).toEqual(course.modules.filter((m) => numbers.has(m.id)).map((m) => m.title));
  });

  test('"module n" in any page points to module n when it links to a page', () => {
    const moduleOfPage = new Map(course.modules.flatMap((m) => m.pages.map((p) => [p.id, m.id] as const)));
    let seen = 0;
    for (const page of course.modules.flatMap((m) => m.pages))
      for (const m of page.html.matchAll(/\b[Mm]odule (\d+)\b[^<]{0,40}<a href="#([^"]+)"|<a href="#([^"]+)">[Mm]odule (\d+)\b/g)) {
        const [n, target] = m[1] ? [m[1], m[2]] : [m[4], m[3]];
        expect(numbers.get(moduleOfPage.get(target!) ?? ''), `${page.id}: "module ${n}" links to #${target}`).toBe(Number(n));
        seen++;
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
