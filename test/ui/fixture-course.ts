// A small hand-made Course for the player's component tests: every question kind, feedback, explanations,
// references, and a bank of 5 with 3 drawn per attempt.
import { defineCourse, type Course, type Option, type Question } from '../../src/model/course.ts';

const option = (id: string, text: string, correct = false, feedback = ''): Option => ({ id, html: text, correct, feedback });

const base = (id: string, prompt: string, options: Option[], refs = ['¶1']) => ({
  id,
  prompt,
  text: prompt,
  options,
  explanation: `<p>Because of the rule for ${id}.</p>`,
  references: refs,
  objectives: ['aims-what'],
});

export const SINGLE: Question = {
  kind: 'single',
  ...base(
    'q-single',
    'Who can sign up?',
    [
      option('any', 'Any organisation serving Surrey', true, 'Right: public, private and voluntary bodies.'),
      option('council', 'Only the county council', false, 'No: the council is one of many.'),
    ],
    ['¶1', 'MAISP overview'],
  ),
};
export const TRUEFALSE: Question = {
  kind: 'truefalse',
  ...base(
    'q-tf',
    'Signing is itself a lawful basis.',
    [option('true', 'True', false, 'No: the protocol is not a legal power.'), option('false', 'False', true, 'Correct.')],
    ['¶5'],
  ),
};
export const MULTIPLE: Question = {
  kind: 'multiple',
  ...base('q-multi', 'Which are special category data?', [
    option('health', 'Health', true),
    option('ethnicity', 'Ethnic origin', true),
    option('address', 'Home address', false, 'An address is personal data, not special category.'),
  ]),
};
export const SCENARIO: Question = {
  kind: 'scenario',
  select: 'single',
  scenario: '<p>A housing officer phones your school asking for a pupil’s home address.</p>',
  ...base(
    'q-case',
    'What should you do first?',
    [
      option('verify', 'Check who is calling', true),
      option('refuse', 'Refuse all requests by phone', false, 'Refusing outright can put people at risk.'),
    ],
    ['¶12'],
  ),
};

const bankQuestion = (n: number): Question => ({
  kind: 'single',
  ...base(`final-q${n}`, `Bank question ${n}?`, [
    option('right', `Right answer ${n}`, true),
    option('wrong', `Wrong answer ${n}`, false, `No: not ${n}.`),
    option('other', `Other answer ${n}`, false),
  ]),
});

export function fixtureCourse(overrides: Partial<Course> = {}): Course {
  return defineCourse({
    id: 'maisp-ui',
    title: 'Information Sharing Protocol',
    version: '1.4.2',
    branding: { organisation: 'Surrey partner agencies', logo: null, logoAlt: '', colour: '#1d4f91' },
    modules: [
      {
        id: 'aims',
        title: 'Aims of the protocol',
        minutes: 10,
        objectives: [{ id: 'aims-what', text: 'Explain the MAISP.' }],
        pages: [
          {
            id: 'aims-what-it-is',
            title: 'What the protocol is',
            html: '<p>The protocol. See <a href="#sharing-how">how to share</a>.</p>',
          },
          { id: 'aims-who', title: 'Who can sign up', html: '<p>Anyone.</p>' },
        ],
        check: [SINGLE, TRUEFALSE],
      },
      {
        id: 'sharing',
        title: 'Sharing safely',
        minutes: 10,
        objectives: [],
        pages: [{ id: 'sharing-how', title: 'How to share', html: '<p>Carefully.</p>' }],
        check: [MULTIPLE, SCENARIO],
      },
    ],
    assessment: {
      id: 'final',
      title: 'Final assessment',
      intro: '<p>Answer the questions to finish the course.</p>',
      draw: 3,
      passMark: 60,
      attempts: 2,
      bank: [1, 2, 3, 4, 5].map(bankQuestion),
    },
    ...overrides,
  });
}
