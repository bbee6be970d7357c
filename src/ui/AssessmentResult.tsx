// The result of a submitted attempt: score and pass/fail in words, right answers per module, a review of every
// wrong answer with its explanation and the pages that teach it, and a retry (above and below the review).
import { isMultipleSelect, type Course, type Question } from '../model/course.ts';
import type { AssessmentAttempt, Progress } from '../model/progress.ts';
import { attemptOutcome, isAnswerCorrect } from '../model/scoring.ts';
import { attemptsLeft } from './Assessment.tsx';
import { Feedback } from './Feedback.tsx';
import { Html } from './Html.tsx';
import { pageLinks } from './PageView.tsx';
import { MarkLabel, optionMark } from './QuestionField.tsx';

interface AssessmentResultProps {
  course: Course;
  progress: Progress;
  passMark: number;
  attempt: AssessmentAttempt;
  questions: Question[];
  onStart: () => void;
  onContinue: () => void;
  /** Open a page by id; false when there is no such page or it is locked. */
  goToPage: (id: string) => boolean;
}

export function AssessmentResult({ course, progress, passMark, attempt, questions, onStart, onContinue, goToPage }: AssessmentResultProps) {
  const score = attempt.score ?? 0;
  // The gate decides, not the score alone: a critical question wrong fails the attempt (issue 21).
  const passed = attemptOutcome(course, attempt, passMark).passed;
  const left = attemptsLeft(course, attempt);
  const right = (q: Question) => isAnswerCorrect(q, attempt.answers[q.id] ?? { selected: [], checked: true });
  const wrong = questions.filter((q) => !right(q));
  const retry = !passed && left !== 0;
  const retryButton = (name: string) => (
    <button type="button" class="button button-primary" onClick={onStart}>
      {name}
    </button>
  );
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
      ) : retry ? (
        <>
          <p>
            Read the review below, then try again with a new set of questions.
            {left !== null && ` You have ${left} attempt${left === 1 ? '' : 's'} left.`}
          </p>
          {retryButton('Try again')}
        </>
      ) : (
        <p>You have used all your attempts. Please speak to your manager about how to complete this training.</p>
      )}
      <ModuleSummary course={course} questions={questions} right={right} />
      {wrong.length > 0 && (
        <section class="review" aria-labelledby="review-heading" onClick={pageLinks(goToPage)}>
          <h2 id="review-heading">Review of the answers that were not right</h2>
          <ol class="review-list">
            {wrong.map((q) => (
              <li key={q.id}>
                <ReviewItem
                  course={course}
                  question={q}
                  label={`Question ${questions.indexOf(q) + 1} of ${questions.length}`}
                  selected={attempt.answers[q.id]?.selected ?? []}
                />
              </li>
            ))}
          </ol>
          {retry && retryButton('Try the assessment again')}
        </section>
      )}
    </>
  );
}

/** Right answers per module, in course order; a question belongs to the module of its first objective. */
function ModuleSummary({ course, questions, right }: { course: Course; questions: Question[]; right: (q: Question) => boolean }) {
  const rows = course.modules.flatMap((m) => {
    const mine = questions.filter((q) => m.objectives.some((o) => o.id === q.objectives[0]));
    return mine.length > 0 ? [{ title: m.title, total: mine.length, right: mine.filter(right).length }] : [];
  });
  if (rows.length === 0) return null;
  return (
    <table class="module-summary">
      <caption>Your answers by module</caption>
      <thead>
        <tr>
          <th scope="col">Module</th>
          <th scope="col">Right answers</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.title}>
            <th scope="row">{r.title}</th>
            <td>
              {r.right} of {r.total}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A wrong answer, read-only: the question, each option the learner chose or should have chosen marked as in the
 * knowledge checks (rightly chosen, wrongly chosen, missed), why, and what to read again.
 */
function ReviewItem({ course, question, label, selected }: { course: Course; question: Question; label: string; selected: string[] }) {
  const multiple = isMultipleSelect(question);
  const pages = course.modules.flatMap((m) => m.pages).filter((p) => question.teaches?.includes(p.id));
  return (
    <article class="review-item">
      {/* A heading per reviewed question, as on the assessment itself, so a screen reader can move between them. */}
      <h3 class="question-number">{label}</h3>
      {question.kind === 'scenario' && <Html class="scenario" html={question.scenario} />}
      <Html as="div" class="prompt" html={question.prompt} />
      {question.options.map((o) => {
        const mark = optionMark(o, selected.includes(o.id), multiple);
        return (
          mark && (
            <div key={o.id} class={`review-option option-${mark.tone}`}>
              <MarkLabel mark={mark} />
              <Html html={o.html} />
              {o.feedback && <Html class="option-feedback" html={o.feedback} />}
            </div>
          )
        );
      })}
      <Feedback question={question} correct={false} />
      {pages.length > 0 && (
        <p class="review-line">
          <span class="review-label">Read again: </span>
          {pages.map((p, i) => (
            <span key={p.id}>
              {i > 0 && ', '}
              <a href={`#${p.id}`}>{p.title}</a>
            </span>
          ))}
        </p>
      )}
    </article>
  );
}
