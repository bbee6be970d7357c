// The verdict, explanation and protocol references shown after a question is checked or reviewed.
import type { Question } from '../model/course.ts';
import { Html } from './Html.tsx';

export function Feedback({ question, correct }: { question: Question; correct: boolean }) {
  return (
    <div class={`feedback ${correct ? 'feedback-right' : 'feedback-wrong'}`}>
      <p class="verdict">
        <span aria-hidden="true">{correct ? '✓ ' : '✗ '}</span>
        {correct ? 'Correct.' : 'Not quite.'}
      </p>
      <Html class="explanation" html={question.explanation} />
      {question.references.length > 0 && (
        <p class="references">
          {question.references.length === 1 ? 'Protocol reference: ' : 'Protocol references: '}
          {question.references.join(', ')}
        </p>
      )}
    </div>
  );
}
