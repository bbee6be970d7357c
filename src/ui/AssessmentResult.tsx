// The result of a submitted attempt: score and pass/fail in words, a review of every wrong answer with its
// explanation, and a retry while attempts remain.
import type { Course, Question } from '../model/course.ts';
import type { AssessmentAttempt, Progress } from '../model/progress.ts';
import { isAnswerCorrect } from '../model/scoring.ts';
import { attemptsLeft } from './Assessment.tsx';
import { Feedback } from './Feedback.tsx';
import { Html } from './Html.tsx';

interface AssessmentResultProps {
  course: Course;
  progress: Progress;
  passMark: number;
  attempt: AssessmentAttempt;
  questions: Question[];
  onStart: () => void;
  onContinue: () => void;
}

export function AssessmentResult({ course, progress, passMark, attempt, questions, onStart, onContinue }: AssessmentResultProps) {
  const score = attempt.score ?? 0;
  const passed = score >= passMark;
  const left = attemptsLeft(course, attempt);
  const wrong = questions.filter((q) => !isAnswerCorrect(q, attempt.answers[q.id] ?? { selected: [], checked: true }));
  return (
    <>
      <h1 id="screen-heading" tabIndex={-1}>
        Your result
      </h1>
      <div class={`result ${passed ? 'result-pass' : 'result-fail'}`}>
        <p class="result-verdict">
          <span aria-hidden="true">{passed ? '✓ ' : '✗ '}</span>
          {passed ? 'You passed.' : 'You did not pass this time.'}
        </p>
        <p>
          You scored {score}%. The pass mark is {passMark}%. ({questions.length - wrong.length} of {questions.length} answers correct.)
        </p>
        {progress.bestScore !== null && progress.bestScore !== score && <p>Your best score so far is {progress.bestScore}%.</p>}
      </div>
      {passed ? (
        <button type="button" class="button button-primary" onClick={onContinue}>
          Continue
        </button>
      ) : left === 0 ? (
        <p>You have used all your attempts. Please speak to your manager about how to complete this training.</p>
      ) : (
        <>
          <p>
            Read the review below, then try again with a new set of questions.
            {left !== null && ` You have ${left} attempt${left === 1 ? '' : 's'} left.`}
          </p>
          <button type="button" class="button button-primary" onClick={onStart}>
            Try again
          </button>
        </>
      )}
      {wrong.length > 0 && (
        <section class="review" aria-labelledby="review-heading">
          <h2 id="review-heading">Review of the answers that were not right</h2>
          <ol class="review-list">
            {wrong.map((q) => (
              <li key={q.id}>
                <ReviewItem question={q} selected={attempt.answers[q.id]?.selected ?? []} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

/** A wrong answer, read-only: the question, what the learner chose, what was right, and why. */
function ReviewItem({ question, selected }: { question: Question; selected: string[] }) {
  const text = (ids: (o: { id: string; correct: boolean }) => boolean) => question.options.filter(ids);
  const chosen = text((o) => selected.includes(o.id));
  const right = text((o) => o.correct);
  return (
    <article class="review-item">
      {question.kind === 'scenario' && <Html class="scenario" html={question.scenario} />}
      <Html as="div" class="prompt" html={question.prompt} />
      <p class="review-line">
        <span class="review-label">Your answer: </span>
        {chosen.length === 0 ? 'no answer' : chosen.map((o, i) => <Html key={o.id} as="span" html={(i ? '; ' : '') + o.html} />)}
      </p>
      <p class="review-line">
        <span class="review-label">{right.length > 1 ? 'Correct answers: ' : 'Correct answer: '}</span>
        {right.map((o, i) => (
          <Html key={o.id} as="span" html={(i ? '; ' : '') + o.html} />
        ))}
      </p>
      <Feedback question={question} correct={false} />
    </article>
  );
}
