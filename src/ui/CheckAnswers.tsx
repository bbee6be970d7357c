// "Check your answers" before Submit (GOV.UK pattern): every question with the answer given and a link to change it;
// Submit with a question unanswered gives an error summary whose links open that question.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Question } from '../model/course.ts';
import type { AssessmentAttempt } from '../model/progress.ts';
import { isAnswered, type AssessmentProps } from './Assessment.tsx';
import { Html } from './Html.tsx';

interface CheckAnswersProps extends AssessmentProps {
  attempt: AssessmentAttempt;
  questions: Question[];
  /** Open question `index` to change its answer. */
  change: (index: number) => void;
}

export function CheckAnswers({ attempt, questions, change, onSubmit }: CheckAnswersProps) {
  // Questions left unanswered at the last Submit; each drops out of the errors once answered, so none go stale.
  const [flagged, setFlagged] = useState<string[]>([]);
  const [tries, setTries] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const errors = questions.flatMap((q, i) => (flagged.includes(q.id) && !isAnswered(attempt, q) ? [i] : []));
  const answered = questions.filter((q) => isAnswered(attempt, q)).length;
  const submit = () => {
    const missing = questions.filter((q) => !isAnswered(attempt, q));
    setFlagged(missing.map((q) => q.id));
    if (missing.length > 0) setTries((n) => n + 1);
    else onSubmit();
  };
  // GOV.UK error summary: focus moves to it on every failed Submit, so it is read at once (WCAG 3.3.1), with its top
  // at the top of the screen.
  useLayoutEffect(() => {
    if (tries < 1) return;
    summary.current?.scrollIntoView();
    summary.current?.focus({ preventScroll: true });
  }, [tries]);
  const open = (i: number) => (event: JSX.TargetedMouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    change(i);
  };
  return (
    <>
      {errors.length > 0 && (
        <div class="error-summary" ref={summary} tabIndex={-1}>
          {/* role="alert" inside the box, not on it, so JAWS reads the whole summary (GOV.UK Frontend 4.4.0). */}
          <div role="alert">
            <h2>There is a problem</h2>
            <ul>
              {errors.map((i) => (
                <li key={i}>
                  <a href={`#answer-${i + 1}`} onClick={open(i)}>
                    Answer question {i + 1}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <p class="position">Attempt {attempt.number}</p>
      <h1 id="screen-heading" tabIndex={-1}>
        Check your answers
      </h1>
      <p>
        You have answered {answered} of {questions.length} questions. Change any answer before you submit.
      </p>
      <dl class="summary-list">
        {questions.map((q, i) => {
          const chosen = q.options.filter((o) => attempt.answers[q.id]?.selected.includes(o.id));
          const error = errors.includes(i);
          return (
            <div class={`summary-row${error ? ' has-error' : ''}`} key={q.id} id={`answer-${i + 1}`}>
              <dt>
                <span class="summary-number">Question {i + 1}</span>
                <Html as="span" class="summary-prompt" html={q.prompt} />
              </dt>
              <dd>
                {chosen.length === 0 ? (
                  <span class={error ? 'error-message' : 'summary-none'}>Not answered</span>
                ) : chosen.length === 1 ? (
                  <Html as="span" html={chosen[0]!.html} />
                ) : (
                  <ul class="summary-answers">
                    {chosen.map((o) => (
                      <li key={o.id}>
                        <Html as="span" html={o.html} />
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
              <dd class="summary-action">
                <a href={`#answer-${i + 1}`} onClick={open(i)}>
                  {chosen.length === 0 ? 'Answer' : 'Change'}
                  <span class="visually-hidden"> question {i + 1}</span>
                </a>
              </dd>
            </div>
          );
        })}
      </dl>
      <h2>Now submit your answers</h2>
      <p>Once you submit them, you cannot change the answers of this attempt.</p>
      <button type="button" class="button button-primary" onClick={submit}>
        Submit answers
      </button>
    </>
  );
}
