// A synthetic large course (default 1,000 pages and 500 questions) for the suspend-data size target and the bench.

import { defineCourse, type Course, type Module, type Question } from '../model/course.ts';

function question(id: string, options: number): Question {
  return {
    kind: 'multiple',
    id,
    prompt: `<p>${id}</p>`,
    text: id,
    options: Array.from({ length: options }, (_, i) => ({ id: `option-${i + 1}`, html: `${i}`, correct: i === 0, feedback: '' })),
    explanation: '',
    references: ['¶1'],
    objectives: [],
  };
}

export interface SyntheticOptions {
  /** @default 1000 */
  pages?: number;
  /** @default 500; half are knowledge-check questions, half the assessment bank. */
  questions?: number;
  /** @default 50 */
  modules?: number;
  /** Options per question. @default 5 */
  options?: number;
  /** Questions drawn per attempt. @default 50 */
  draw?: number;
}

/** Ids are long (up to the 40-character limit's neighbourhood) so the size figure is not flattered by short ids. */
export function syntheticCourse(opts: SyntheticOptions = {}): Course {
  const { pages = 1000, questions = 500, modules = 50, options = 5, draw = 50 } = opts;
  const checks = Math.floor(questions / 2);
  const mods: Module[] = Array.from({ length: modules }, (_, m) => ({
    id: `synthetic-module-${m + 1}`,
    title: `Module ${m + 1}`,
    minutes: 10,
    objectives: [],
    pages: [],
    check: [],
  }));
  for (let i = 0; i < pages; i++) {
    mods[i % modules]!.pages.push({ id: `synthetic-page-about-sharing-${i + 1}`, title: `Page ${i + 1}`, html: '' });
  }
  for (let i = 0; i < checks; i++) mods[i % modules]!.check.push(question(`synthetic-check-question-${i + 1}`, options));
  const bank = Array.from({ length: questions - checks }, (_, i) => question(`synthetic-bank-question-${i + 1}`, options));
  return defineCourse({
    id: 'synthetic',
    title: 'Synthetic course',
    version: '1.0.0',
    branding: { organisation: '', logo: null, logoAlt: '', colour: '#1d4f91' },
    modules: mods,
    assessment: { id: 'final', title: 'Final', intro: '', draw: Math.min(draw, bank.length), passMark: 80, attempts: 0, bank },
  });
}
