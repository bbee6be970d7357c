// @vitest-environment happy-dom
// Element ids inside a question stay unique and point where they should, whatever ids the author gave the options:
// an option named "hint", "error", "case" or "x-note" must not take the id of the hint, error, case or a mark.
import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { Option, Question } from '../../src/model/course.ts';
import { QuestionField } from '../../src/ui/QuestionField.tsx';
import { SCENARIO } from './fixture-course.ts';

afterEach(cleanup);

const option = (id: string, correct: boolean): Option => ({ id, html: `Option ${id}`, correct, feedback: `Feedback for ${id}.` });

test('options named like the parts of a question (hint, error, case, x and x-note) get ids of their own, and every description resolves to its part', () => {
  const question: Question = {
    ...(SCENARIO as Extract<Question, { kind: 'scenario' }>),
    select: 'multiple',
    options: ['hint', 'error', 'case', 'x', 'x-note'].map((id, i) => option(id, i % 2 === 0)),
  };
  const { container } = render(
    <QuestionField
      question={question}
      scope="attempt-1"
      order={[1, 1]}
      label="Question 1 of 1"
      level={2}
      answer={{ selected: ['hint', 'x'], checked: true }}
      marks="all"
      error="Answer question 1"
      onChoose={() => {}}
    />,
  );
  const ids = [...container.querySelectorAll('[id]')].map((el) => el.id);
  expect(ids.length).toBe(new Set(ids).size);
  const described = (el: Element) =>
    (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => container.querySelector(`[id="${id}"]`)?.className);
  expect(described(container.querySelector('fieldset')!)).toEqual(['scenario', 'hint', 'error-message']);
  // Marked: hint (rightly chosen), case and x-note (missed), x (wrongly chosen); error (rightly left) has no mark.
  const marked = [...container.querySelectorAll('input[aria-describedby]')];
  expect(marked.map((input) => (input as HTMLInputElement).value).sort()).toEqual(['case', 'hint', 'x', 'x-note']);
  for (const input of marked) expect(described(input)).toEqual(['option-note']);
});
