// Answers as figures: facility (share correct) per question, flagged when low, and per module.

import type { CourseIndex } from '../0-shared/course-index.ts';
import type { Tally } from '../4-normalise/tally.ts';
import { rate } from './rates.ts';

export interface QuestionFigures {
  id: string;
  source: 'check' | 'assessment';
  modules: string[];
  text: string;
  references: string[];
  answered: number;
  correct: number;
  facility: number | null;
  flagged: boolean;
}

export interface ModuleFigures {
  id: string;
  title: string;
  answered: number;
  correct: number;
  facility: number | null;
}

/**
 * Every question of the course, lowest facility first (unanswered last); flagged when under `flagBelow` with at
 * least `minAnswers` answers.
 */
export function questionFigures(index: CourseIndex, tally: Tally, flagBelow: number, minAnswers: number): QuestionFigures[] {
  const questions: QuestionFigures[] = [...index.questions.values()].map(({ question, moduleIds, source }) => {
    const t = tally.questions.get(question.id) ?? { answered: 0, correct: 0 };
    const facility = t.answered === 0 ? null : rate(t.correct, t.answered);
    return {
      id: question.id,
      source,
      modules: moduleIds,
      text: question.text,
      references: question.references,
      answered: t.answered,
      correct: t.correct,
      facility,
      flagged: facility !== null && t.answered >= minAnswers && facility < flagBelow,
    };
  });
  return questions.sort((a, b) => (a.facility ?? 2) - (b.facility ?? 2) || b.answered - a.answered || a.id.localeCompare(b.id));
}

/** Each module in course order: its knowledge check's answers and the final-assessment answers that test its objectives. */
export function moduleFigures(index: CourseIndex, tally: Tally): ModuleFigures[] {
  return index.course.modules.map((m) => {
    const t = tally.modules.get(m.id) ?? { answered: 0, correct: 0 };
    return {
      id: m.id,
      title: m.title,
      answered: t.answered,
      correct: t.correct,
      facility: t.answered === 0 ? null : rate(t.correct, t.answered),
    };
  });
}
