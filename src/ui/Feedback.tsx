// The verdict, explanation and protocol references shown after a question is checked or reviewed.
import type { Question } from '../model/course.ts';
import { Html } from './Html.tsx';

export function Feedback({ question, correct }: { question: Question; correct: boolean }) {
  // The build names each protocol paragraph's section ("Protocol ¶17 (Consent)"); courses made in code have only references.
  const cited = question.citations ?? question.references;
  return (
    <div class={`feedback ${correct ? 'feedback-right' : 'feedback-wrong'}`}>
      <p class="verdict">
        <span aria-hidden="true">{correct ? '✓ ' : '✗ '}</span>
        {correct ? 'Correct.' : 'Not quite.'}
      </p>
      <Html class="explanation" html={question.explanation} />
      {cited.length > 0 && (
        <p class="references">
          {cited.length === 1 ? 'Source: ' : 'Sources: '}
          {cited.join('; ')}
        </p>
      )}
    </div>
  );
}
