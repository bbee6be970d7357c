// The final assessment: introduction, the drawn questions with Submit, then the result (AssessmentResult.tsx).
// The phase comes from Progress.assessment alone, so a learner who leaves mid-attempt resumes where they were.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Course, Question } from '../model/course.ts';
import { shownOptions } from '../model/shuffle.ts';
import type { AssessmentAttempt, Progress } from '../model/progress.ts';
import { AssessmentResult } from './AssessmentResult.tsx';
import { Html } from './Html.tsx';
import { inputId, QuestionField } from './QuestionField.tsx';

interface AssessmentProps {
  course: Course;
  progress: Progress;
  passMark: number;
  onStart: () => void;
  onChoose: (question: Question, optionId: string, on: boolean) => void;
  onSubmit: () => void;
  onContinue: () => void;
  /** Open a page by id (links in the result's review); false when there is no such page or it is locked. */
  goToPage: (id: string) => boolean;
}

/** The questions of an attempt that still exist in the bank (a republished course may have dropped one). */
export function attemptQuestions(course: Course, attempt: AssessmentAttempt): Question[] {
  const byId = new Map(course.assessment.bank.map((q) => [q.id, q]));
  return attempt.drawn.flatMap((id) => byId.get(id) ?? []);
}

export function attemptsLeft(course: Course, attempt: AssessmentAttempt | null): number | null {
  if (course.assessment.attempts === 0) return null;
  return Math.max(0, course.assessment.attempts - (attempt?.number ?? 0));
}

export function Assessment(props: AssessmentProps) {
  const { course, progress } = props;
  const attempt = progress.assessment;
  const questions = attempt ? attemptQuestions(course, attempt) : [];
  if (attempt && attempt.score !== null) return <AssessmentResult {...props} attempt={attempt} questions={questions} />;
  if (attempt && questions.length > 0) return <AttemptForm {...props} attempt={attempt} questions={questions} />;
  return <Intro {...props} />;
}

function Intro({ course, progress, passMark, onStart }: AssessmentProps) {
  const { assessment } = course;
  const left = attemptsLeft(course, progress.assessment);
  const count = Math.min(assessment.draw, assessment.bank.length);
  return (
    <>
      <h1 id="screen-heading" tabIndex={-1}>
        {assessment.title}
      </h1>
      <Html class="content" html={assessment.intro} />
      <ul class="facts">
        <li>Questions: {count}</li>
        <li>Pass mark: {passMark}%</li>
        <li>Attempts: {assessment.attempts === 0 ? 'as many as you need' : `${assessment.attempts} (${left} left)`}</li>
      </ul>
      <button type="button" class="button button-primary" onClick={onStart} disabled={left === 0}>
        Start the assessment
      </button>
    </>
  );
}

function AttemptForm(props: AssessmentProps & { attempt: AssessmentAttempt; questions: Question[] }) {
  const { course, attempt, questions, onChoose, onSubmit } = props;
  const scope = `attempt-${attempt.number}`;
  const order: [number, number] = [props.progress.seed ?? 0, attempt.number];
  // The questions left unanswered at the last Submit; each drops out of the errors once answered, so none go stale.
  const [flagged, setFlagged] = useState<string[]>([]);
  const [tries, setTries] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const unanswered = (q: Question) => (attempt.answers[q.id]?.selected.length ?? 0) === 0;
  // Worded alike in the summary and beside the question (GOV.UK).
  const errors = questions.flatMap((q, i) => (flagged.includes(q.id) && unanswered(q) ? [{ q, text: `Answer question ${i + 1}` }] : []));
  const submit = (event: Event) => {
    event.preventDefault();
    const missing = questions.filter(unanswered);
    setFlagged(missing.map((q) => q.id));
    if (missing.length > 0) setTries((n) => n + 1);
    else onSubmit();
  };
  // GOV.UK error summary: focus moves to it on every failed Submit, so it is read at once (WCAG 3.3.1), with its
  // top at the top of the screen (focus alone scrolls it just into view, its heading above the fold on a phone).
  useLayoutEffect(() => {
    if (tries < 1) return;
    summary.current?.scrollIntoView();
    summary.current?.focus({ preventScroll: true });
  }, [tries]);
  // A link moves focus to the question's first option, with the question's heading in view when it fits
  // (focus() then scrolls only if the option is still out of view, as with a long case on a phone).
  const jump = (event: Event, id: string) => {
    event.preventDefault();
    const input = document.getElementById(id);
    input?.closest('.question')?.scrollIntoView();
    input?.focus();
  };
  return (
    <>
      {errors.length > 0 && (
        <div class="error-summary" ref={summary} tabIndex={-1}>
          {/* role="alert" inside the box, not on it, so JAWS reads the whole summary (GOV.UK Frontend 4.4.0). */}
          <div role="alert">
            <h2>There is a problem</h2>
            <ul>
              {errors.map(({ q, text }) => {
                const id = inputId(scope, q, shownOptions(q, ...order)[0]?.id ?? '');
                return (
                  <li key={q.id}>
                    <a href={`#${id}`} onClick={(e) => jump(e, id)}>
                      {text}
                    </a>
                  </li>
                );
              })}
            </ul>
          </div>
        </div>
      )}
      <h1 id="screen-heading" tabIndex={-1}>
        {course.assessment.title}
      </h1>
      <p>
        Attempt {attempt.number}. Answer all {questions.length} questions, then choose “Submit answers”.
      </p>
      <form onSubmit={submit} noValidate>
        {questions.map((question, i) => (
          // Not a region each: the "Question n of m" heading in QuestionField is how a screen reader finds a question.
          <div class="question" key={question.id}>
            <QuestionField
              question={question}
              scope={scope}
              order={order}
              label={`Question ${i + 1} of ${questions.length}`}
              level={2}
              answer={attempt.answers[question.id]}
              reveal={false}
              error={errors.find((e) => e.q === question)?.text}
              onChoose={(optionId, on) => onChoose(question, optionId, on)}
            />
          </div>
        ))}
        <button type="submit" class="button button-primary">
          Submit answers
        </button>
      </form>
    </>
  );
}
