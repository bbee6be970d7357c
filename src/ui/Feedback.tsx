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

/**
 * A knowledge check's first wrong try: a nudge and another go, never the right answer. What is wrong is said beside
 * each wrongly chosen option (QuestionField's `hint` marks); a select-all with a right option left out is told so.
 */
export function Hint({ wrongChosen, missing }: { wrongChosen: boolean; missing: boolean }) {
  return (
    <div class="feedback feedback-wrong">
      <p class="verdict">
        <span aria-hidden="true">✗ </span>
        Not quite. Have another go.
      </p>
      <p>
        {wrongChosen && 'The note on your answer says why. '}
        {missing && 'Something that applies is not chosen yet. '}
        Change your answer and check it again: the explanation comes after your second try.
      </p>
    </div>
  );
}
