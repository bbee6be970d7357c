// Issue 5: the course meets its content rules: bank size and scenario share, objectives tested, module shape, feedback, citations.
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../build/content/load.ts';
import { citesSource } from '../../build/content-report/references.ts';
import { plainText } from '../../build/content-report/text.ts';
import { type Question } from '../../src/model/course.ts';
import { courseDir } from './paths.ts';
import { pathMinutes } from '../../build/content/paths.ts';

const { course } = loadCourse(courseDir);
const bank = course.assessment.bank;
const [intro, ...modules] = course.modules;
const checked = course.modules.filter((m) => m.check.length > 0);
const everyQuestion: Question[] = [...course.modules.flatMap((m) => m.check), ...bank];

describe('final assessment bank', () => {
  it('holds at least 40 questions', () => {
    expect(bank.length).toBeGreaterThanOrEqual(40);
  });

  it('is at least 30% scenario questions', () => {
    const scenarios = bank.filter((q) => q.kind === 'scenario').length;
    expect(scenarios / bank.length).toBeGreaterThanOrEqual(0.3);
  });

  it('draws at least 15 questions per attempt with a pass mark of 80%', () => {
    expect(course.assessment.draw).toBeGreaterThanOrEqual(15);
    expect(course.assessment.passMark).toBe(80);
  });

  it('tests every objective of every module with a knowledge check by at least 2 bank questions', () => {
    const thin = checked.flatMap((m) => m.objectives).map((o) => ({ id: o.id, n: bank.filter((q) => q.objectives.includes(o.id)).length })).filter((o) => o.n < 2);
    expect(thin).toEqual([]);
  });
});

describe('modules', () => {
  it('has an introduction followed by 8 modules', () => {
    expect(intro?.id).toBe('intro');
    expect(modules).toHaveLength(8);
  });

  // Content 2.0 (issue 23): short modules around one kind of decision each, so a module fits a break at work.
  it('gives every module other than the introduction 1–6 pages', () => {
    const wrong = modules.filter((m) => m.pages.length < 1 || m.pages.length > 6).map((m) => `${m.id}: ${m.pages.length}`);
    expect(wrong).toEqual([]);
  });

  // Each check question is a minute of the path's time (issue 23: core ≤ 45 minutes), so a check asks 1–3 decisions.
  it('gives every module other than the introduction a knowledge check of 1–3 questions', () => {
    const wrong = modules.filter((m) => m.check.length < 1 || m.check.length > 3).map((m) => `${m.id}: ${m.check.length}`);
    expect(wrong).toEqual([]);
  });

  it('gives every module learning objectives', () => {
    expect(course.modules.filter((m) => m.objectives.length === 0).map((m) => m.id)).toEqual([]);
  });
});

describe('questions', () => {
  it('gives feedback for every option of every knowledge-check and bank question', () => {
    const bare = everyQuestion.flatMap((q) => q.options.filter((o) => plainText(o.feedback) === '').map((o) => `${q.id}.${o.id}`));
    expect(bare).toEqual([]);
  });

  it('cites a protocol paragraph (¶N) or a named source document in every explanation', () => {
    const uncited = everyQuestion.filter((q) => !citesSource(plainText(q.explanation))).map((q) => q.id);
    expect(uncited).toEqual([]);
  });

  it("leaves the answer instruction to the player: no prompt says \"all that apply\" or \"one answer\" (the player's hint under it does)", () => {
    const repeated = everyQuestion.filter((q) => /all that apply|one answer/i.test(plainText(q.prompt))).map((q) => q.id);
    expect(repeated).toEqual([]);
  });

  it('gives every question at least one reference', () => {
    expect(everyQuestion.filter((q) => q.references.length === 0).map((q) => q.id)).toEqual([]);
  });
});

describe('the introduction', () => {
  // The introduction states the course length through {{course.minutes}}: the build's figure for the path it is on.
  it("states the course's length as the build reckons it: words at 200 a minute, a minute per question", () => {
    const text = plainText((intro?.pages ?? []).map((p) => p.html).join(' '));
    const stated = Number(/about (\d+) minutes/.exec(text)?.[1] ?? NaN);
    expect(stated).toBe(pathMinutes(course.modules, course.assessment.draw));
  });
});
