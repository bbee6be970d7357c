// The final assessment: introduction, then one question at a time ("Question 7 of 20", Previous/Next), a "Check your
// answers" screen with Submit (GOV.UK's question pages and check answers patterns), then the result (AssessmentResult).
// The screen comes from Progress.assessment alone (its `current`), so a learner who leaves mid-attempt resumes there.
import { useState } from 'preact/hooks';
import type { Course, Question } from '../model/course.ts';
import type { AssessmentAttempt, Progress } from '../model/progress.ts';
import { attemptQuestions } from '../model/reread.ts';
import { AssessmentResult } from './AssessmentResult.tsx';
import { CheckAnswers } from './CheckAnswers.tsx';
import { Html } from './Html.tsx';
import { QuestionField } from './QuestionField.tsx';

export { attemptQuestions };

export interface AssessmentProps {
  course: Course;
  progress: Progress;
  passMark: number;
  onStart: () => void;
  onChoose: (question: Question, optionId: string, on: boolean) => void;
  /** Show question `index` of the attempt, or "Check your answers" at the number of questions. */
  onShow: (index: number) => void;
  onSubmit: () => void;
  onContinue: () => void;
  /** Open a stop by its location, e.g. a page id (links in the result); false when there is none or it is locked. */
  goToPage: (id: string) => boolean;
}

export function attemptsLeft(course: Course, attempt: AssessmentAttempt | null): number | null {
  if (course.assessment.attempts === 0) return null;
  return Math.max(0, course.assessment.attempts - (attempt?.number ?? 0));
}

export const isAnswered = (attempt: AssessmentAttempt, q: Question) => (attempt.answers[q.id]?.selected.length ?? 0) > 0;

export function Assessment(props: AssessmentProps) {
  const { course, progress } = props;
  // Set by a "Change" link on "Check your answers": the question's main button then leads back there (GOV.UK).
  const [fromCheck, setFromCheck] = useState(false);
  const attempt = progress.assessment;
  const questions = attempt ? attemptQuestions(course, attempt) : [];
  if (attempt && attempt.score !== null) return <AssessmentResult {...props} attempt={attempt} questions={questions} />;
  if (!attempt || questions.length === 0) return <Intro {...props} />;
  const at = Math.min(attempt.current ?? 0, questions.length);
  const show = (index: number, changing = false) => {
    setFromCheck(changing);
    props.onShow(index);
  };
  if (at === questions.length) return <CheckAnswers {...props} attempt={attempt} questions={questions} change={(i) => show(i, true)} />;
  return <QuestionScreen {...props} attempt={attempt} questions={questions} index={at} fromCheck={fromCheck} show={show} />;
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
        <li>Questions: {count}, one at a time</li>
        <li>Pass mark: {passMark}%</li>
        <li>Attempts: {assessment.attempts === 0 ? 'as many as you need' : `${assessment.attempts} (${left} left)`}</li>
      </ul>
      <button type="button" class="button button-primary" onClick={onStart} disabled={left === 0}>
        Start the assessment
      </button>
    </>
  );
}

interface QuestionScreenProps extends AssessmentProps {
  attempt: AssessmentAttempt;
  questions: Question[];
  index: number;
  fromCheck: boolean;
  show: (index: number) => void;
}

/** One question of the attempt: its number as the screen's heading (focus lands there), the answered count, Previous/Next. */
function QuestionScreen({ course, progress, attempt, questions, index, fromCheck, show, onChoose }: QuestionScreenProps) {
  const question = questions[index]!;
  const last = index === questions.length - 1;
  const answered = questions.filter((q) => isAnswered(attempt, q)).length;
  return (
    <>
      <p class="position">
        {course.assessment.title}, attempt {attempt.number}
      </p>
      <div class="question-page" key={question.id}>
        <QuestionField
          question={question}
          scope={`attempt-${attempt.number}`}
          order={[progress.seed ?? 0, attempt.number]}
          label={`Question ${index + 1} of ${questions.length}`}
          level={1}
          answer={attempt.answers[question.id]}
          marks="none"
          onChoose={(optionId, on) => onChoose(question, optionId, on)}
        />
      </div>
      <p class="answered">
        You have answered {answered} of {questions.length} questions.
      </p>
      <div class="question-actions">
        <button type="button" class="button button-primary" onClick={() => show(last || fromCheck ? questions.length : index + 1)}>
          {last || fromCheck ? 'Check your answers' : 'Next question'}
        </button>
        {index > 0 && (
          <button type="button" class="button" onClick={() => show(index - 1)}>
            Previous question
          </button>
        )}
      </div>
    </>
  );
}
