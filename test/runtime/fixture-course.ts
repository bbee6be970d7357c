// A small hand-built Course (matching src/model/course.ts) for the runtime and model tests: 3 modules, checks, a bank of 6.

import { recordedAttempts } from '../../src/runtime/save-size.ts';
import { defineCourse, type Course, type Module, type Option, type Question } from '../../src/model/course.ts';

function opt(id: string, correct = false): Option {
  return { id, html: `Option ${id}`, correct, feedback: '' };
}

function single(id: string, correct: string, ids: string[], objective: string): Question {
  return {
    kind: 'single',
    id,
    prompt: `<p>Question ${id}?</p>`,
    text: `Question ${id}?`,
    options: ids.map((o) => opt(o, o === correct)),
    explanation: '',
    references: ['¶1'],
    objectives: [objective],
  };
}

function truefalse(id: string, answer: boolean, objective: string): Question {
  return {
    kind: 'truefalse',
    id,
    prompt: `<p>Statement ${id}.</p>`,
    text: `Statement ${id}.`,
    options: [opt('true', answer), opt('false', !answer)],
    explanation: '',
    references: ['¶5'],
    objectives: [objective],
  };
}

function multiple(id: string, correct: string[], ids: string[], objective: string): Question {
  return {
    kind: 'scenario',
    select: 'multiple',
    scenario: '<p>A housing officer phones your school.</p>',
    id,
    prompt: `<p>Which apply (${id})?</p>`,
    text: `A housing officer phones your school. Which apply (${id})?`,
    options: ids.map((o) => opt(o, correct.includes(o))),
    explanation: '',
    references: ['¶12'],
    objectives: [objective],
  };
}

function page(id: string): Module['pages'][number] {
  return { id, title: `Page ${id}`, html: `<p>${id}</p>` };
}

export function fixtureCourse(): Course {
  const course = defineCourse({
    id: 'maisp',
    title: 'Surrey Multi-Agency Information Sharing Protocol',
    version: '1.2.0',
    description: 'Fixture',
    branding: { organisation: 'Surrey partner agencies', logo: null, logoAlt: '', colour: '#1d4f91' },
    modules: [
      {
        id: 'introduction',
        title: 'Introduction',
        minutes: 5,
        objectives: [],
        pages: [page('intro-welcome'), page('intro-how')],
        check: [],
      },
      {
        id: 'aims',
        title: 'Aims',
        minutes: 10,
        objectives: [{ id: 'aims-what', text: 'Explain the MAISP.' }],
        pages: [page('aims-what-it-is'), page('aims-who'), page('aims-commit')],
        check: [single('aims-q-who', 'any', ['any', 'council', 'nhs'], 'aims-what'), truefalse('aims-q-legal', false, 'aims-what')],
      },
      {
        id: 'sharing',
        title: 'Sharing',
        minutes: 15,
        objectives: [{ id: 'sharing-how', text: 'Share safely.' }],
        pages: [page('sharing-basis'), page('sharing-phone')],
        check: [multiple('sharing-q-phone', ['verify', 'record'], ['verify', 'refuse', 'record', 'ignore'], 'sharing-how')],
      },
    ],
    assessment: {
      id: 'final',
      title: 'Final assessment',
      intro: '<p>Answer the questions.</p>',
      draw: 4,
      passMark: 80,
      attempts: 0,
      bank: [
        single('final-q1', 'a', ['a', 'b', 'c'], 'aims-what'),
        single('final-q2', 'b', ['a', 'b', 'c'], 'aims-what'),
        truefalse('final-q3', true, 'sharing-how'),
        truefalse('final-q4', false, 'sharing-how'),
        multiple('final-q5', ['verify', 'record'], ['verify', 'refuse', 'record', 'ignore'], 'sharing-how'),
        single('final-q6', 'c', ['a', 'b', 'c', 'd'], 'sharing-how'),
      ],
    },
  });
  // As the build does (build/content/load.ts): how many attempts' answers fit Moodle's unload save.
  return { ...course, assessment: { ...course.assessment, recordedAttempts: recordedAttempts(course) } };
}

/** The ids of the options that answer `q` correctly (or, with `wrong`, one wrong option). */
export function answerFor(q: Question, wrong = false): string[] {
  if (!wrong) return q.options.filter((o) => o.correct).map((o) => o.id);
  const w = q.options.find((o) => !o.correct);
  return w ? [w.id] : [];
}
