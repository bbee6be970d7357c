// Course paths on the real course (issue 22): one model, a core and a managers' path, each with its own modules,
// bank, draw and critical decisions, and the ids of the whole course.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCourse } from '../../build/content/load.ts';
import { pathMinutes } from '../../build/content/paths.ts';
import { contentReport } from '../../build/content-report/content-report.ts';
import { allPages, allQuestions, type Course } from '../../src/model/course.ts';
import { drawAttempt } from '../../src/model/draw.ts';
import { seededRandom } from '../../src/model/shuffle.ts';

const loaded = loadCourse(path.resolve(import.meta.dirname, '../../course'));
const byId = new Map(loaded.pathCourses.map((c) => [c.path?.id, c]));
const core = byId.get('core') as Course;
const manager = byId.get('manager') as Course;

describe('the course split into paths', () => {
  test('course.yaml declares a core path for all staff and a managers path, each with its own model', () => {
    expect(loaded.course.paths.map((p) => p.id)).toEqual(['core', 'manager']);
    expect(core.path?.modules).toEqual(['intro', 'decide', 'lawful', 'requests', 'security', 'contacts']);
    expect(manager.path?.modules).toEqual(['intro', 'governance', 'arrangement', 'infomgmt']);
    expect(core.modules.map((m) => m.id)).toEqual(core.path?.modules);
    expect(loaded.course.path).toBeNull();
  });

  test('every path uses the whole course’s ids: its pages and questions are the course’s, unchanged', () => {
    const pages = new Set(allPages(loaded.course).map((p) => p.id));
    const questions = new Map(allQuestions(loaded.course).map((q) => [q.id, q]));
    for (const c of loaded.pathCourses) {
      for (const p of allPages(c)) expect(pages.has(p.id)).toBe(true);
      for (const q of allQuestions(c)) expect(questions.get(q.id)?.prompt).toBe(q.prompt);
    }
  });

  test('a path’s bank holds only questions of its own modules', () => {
    for (const c of loaded.pathCourses) {
      const objectives = new Set(c.modules.flatMap((m) => m.objectives.map((o) => o.id)));
      expect(c.assessment.bank.length).toBeGreaterThan(0);
      for (const q of c.assessment.bank) expect(objectives.has(q.objectives[0]!)).toBe(true);
    }
    // Every bank question is on some path (a module may be on several: contacts is on both).
    const onAPath = new Set(loaded.pathCourses.flatMap((c) => c.assessment.bank.map((q) => q.id)));
    expect(onAPath.size).toBe(loaded.course.assessment.bank.length);
  });

  test('the core asks every critical decision; a managers’ path that lists none asks none', () => {
    expect(core.assessment.critical.map((b) => b.id)).toEqual(loaded.course.assessment.critical.map((b) => b.id));
    expect(manager.assessment.critical).toEqual([]);
  });

  test('over 500 seeded draws per path, an attempt never picks a question outside the path, and always asks each critical decision', () => {
    for (const c of loaded.pathCourses) {
      const bank = new Set(c.assessment.bank.map((q) => q.id));
      for (let seed = 0; seed < 500; seed++) {
        const drawn = drawAttempt(c, seededRandom(seed, 0, 'paths'));
        expect(drawn).toHaveLength(c.assessment.draw);
        for (const id of drawn) expect(bank.has(id)).toBe(true);
        for (const b of c.assessment.critical)
          expect(drawn.filter((id) => c.assessment.bank.find((q) => q.id === id)?.behaviour === b.id)).toHaveLength(1);
      }
    }
  });

  test('each path states its own minutes, from its words at 200 a minute and a minute a question', () => {
    for (const c of loaded.pathCourses) {
      expect(c.path?.minutes).toBe(pathMinutes(c.modules, c.assessment.draw));
      const intro = c.modules[0]!.pages.map((p) => p.html).join('');
      expect(intro).toContain(`about <strong>${c.path?.minutes} minutes</strong>`);
    }
    expect(core.path?.minutes).not.toBe(manager.path?.minutes);
    // The content report states the same minutes per path.
    expect(contentReport(loaded.course, loaded.coverage).paths).toEqual(
      loaded.pathCourses.map((c) => ({ id: c.path?.id, title: c.path?.title, modules: c.modules.length, minutes: c.path?.minutes })),
    );
  });

  test('a "read again" link never leads off the path', () => {
    for (const c of loaded.pathCourses) {
      const pages = new Set(allPages(c).map((p) => p.id));
      for (const q of allQuestions(c)) for (const id of q.teaches ?? []) expect(pages.has(id)).toBe(true);
      for (const b of c.assessment.critical) for (const id of b.pages) expect(pages.has(id)).toBe(true);
    }
  });
});
