// Which questions are reported as LMS interactions and what each record says (ids `module.question.attempt`).

import type { Course, Question } from '../model/course.ts';
import type { Answer, Progress } from '../model/progress.ts';
import { isAnswerCorrect } from '../model/scoring.ts';

/** A question answered far enough to report: a knowledge check once checked, an assessment question once scored. */
export interface AnsweredQuestion {
  id: string;
  question: Question;
  answer: Answer;
}

export function answeredQuestions(course: Course, progress: Progress): AnsweredQuestion[] {
  const out: AnsweredQuestion[] = [];
  for (const m of course.modules) {
    for (const q of m.check) {
      const a = progress.checks[q.id];
      // Knowledge checks are always attempt 1: the learner may re-check, but the first checked answer is reported.
      if (a?.checked) out.push({ id: `${m.id}.${q.id}.1`, question: q, answer: a });
    }
  }
  const at = progress.assessment;
  if (at && at.score !== null) {
    const bank = new Map(course.assessment.bank.map((q) => [q.id, q]));
    for (const qid of at.drawn) {
      const q = bank.get(qid);
      if (q)
        out.push({
          id: `${course.assessment.id}.${qid}.${at.number}`,
          question: q,
          answer: at.answers[qid] ?? { selected: [], checked: true },
        });
    }
  }
  return out;
}

/** SCORM 2004 `cmi.interactions.n.description` is a localized_string_type(250) (RTE 4.2.9). */
export function describe(q: Question): string {
  const text = q.text.replace(/\s+/g, ' ').trim();
  return text.length <= 250 ? text : `${text.slice(0, 249)}…`;
}

export function interactionFields(a: AnsweredQuestion) {
  const q = a.question;
  return {
    id: a.id,
    type: q.kind === 'truefalse' ? ('true-false' as const) : ('choice' as const),
    optionIds: q.options.map((o) => o.id),
    response: q.options.filter((o) => a.answer.selected.includes(o.id)).map((o) => o.id),
    correct: q.options.filter((o) => o.correct).map((o) => o.id),
    result: isAnswerCorrect(q, a.answer),
    description: describe(q),
  };
}
