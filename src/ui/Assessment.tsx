// The final assessment: introduction, the drawn questions with Submit, then the result (AssessmentResult.tsx).
// The phase comes from Progress.assessment alone, so a learner who leaves mid-attempt resumes where they were.
import { useRef, useState } from 'preact/hooks';
import type { Course, Question } from '../model/course.ts';
import type { AssessmentAttempt, Progress } from '../model/progress.ts';
import { AssessmentResult } from './AssessmentResult.tsx';
import { Html } from './Html.tsx';
import { QuestionField } from './QuestionField.tsx';

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
  const [missing, setMissing] = useState<number[]>([]);
  const summary = useRef<HTMLDivElement>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    const unanswered = questions.flatMap((q, i) => ((attempt.answers[q.id]?.selected.length ?? 0) === 0 ? [i + 1] : []));
    setMissing(unanswered);
    // Error summary pattern: say what is missing and move focus to it (WCAG 3.3.1), no dialog.
    if (unanswered.length > 0) queueMicrotask(() => summary.current?.focus());
    else onSubmit();
  };
  return (
    <>
      <h1 id="screen-heading" tabIndex={-1}>
        {course.assessment.title}
      </h1>
      <p>
        Attempt {attempt.number}. Answer all {questions.length} questions, then choose “Submit answers”.
      </p>
      <form onSubmit={submit} noValidate>
        {missing.length > 0 && (
          <div class="error-summary" ref={summary} tabIndex={-1} role="alert">
            <p>
              Answer every question before you submit. Not answered yet: question{missing.length > 1 ? 's' : ''} {missing.join(', ')}.
            </p>
          </div>
        )}
        {questions.map((question, i) => (
          <section class="question" key={question.id} aria-label={`Question ${i + 1}`}>
            <QuestionField
              question={question}
              scope={`attempt-${attempt.number}`}
              order={[props.progress.seed ?? 0, attempt.number]}
              label={`Question ${i + 1} of ${questions.length}`}
              answer={attempt.answers[question.id]}
              reveal={false}
              onChoose={(optionId, on) => onChoose(question, optionId, on)}
            />
          </section>
        ))}
        <button type="submit" class="button button-primary">
          Submit answers
        </button>
      </form>
    </>
  );
}
