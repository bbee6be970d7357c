// A path's start screen (issue 22): who the path is for, what it covers, how long it takes, what completing it asks,
// how saving works, and, where the path offers it, the assessment-only route for learners already trained.
import { Facts } from './Facts.tsx';
import { questionsPerAttempt, type Course, type CoursePath } from '../model/course.ts';
import { completionRuleText } from '../model/completion.ts';

interface StartScreenProps {
  course: Course;
  path: CoursePath;
  passMark: number;
  /** The learner may still take the assessment first (model/test-out.ts canTestOut). */
  testOut: boolean;
  /** Runs in an LMS (saved there) rather than standalone (saved in this browser only). */
  inLms: boolean;
  start: () => void;
  takeAssessment: () => void;
}

export function StartScreen({ course, path, passMark, testOut, inLms, start, takeAssessment }: StartScreenProps) {
  const titles = new Map(course.modules.map((m) => [m.id, m.title]));
  const questions = questionsPerAttempt(course);
  return (
    <div class="intro start">
      <p class="position">{path.title}</p>
      <h1 id="screen-heading" tabIndex={-1}>
        {course.title}
      </h1>
      {path.summary && <p class="lead">{path.summary}</p>}
      <Facts
        items={[
          ['Time', `About ${path.minutes} minutes in all`],
          ...(questions > 0 ? [['Final assessment', `${questions} questions, pass mark ${passMark}%`] as const] : []),
        ]}
      />
      <h2>What it covers</h2>
      <ul>
        {path.modules.map((id) => (
          <li key={id}>{titles.get(id)}</li>
        ))}
      </ul>
      <h2>Completing the course</h2>
      <p>The course is complete when {completionRuleText(course.completion)}.</p>
      <p>
        You do not have to finish in one go. Your progress is saved as you work
        {inLms ? ' with your learning system' : ' in this browser'}: use Save and exit at the top, and you come back to where you left off.
      </p>
      <button type="button" class="button button-primary button-start" onClick={start}>
        Start the course<span aria-hidden="true">→</span>
      </button>
      {testOut && (
        <section class="test-out" aria-labelledby="test-out-heading">
          <h2 id="test-out-heading">Already trained?</h2>
          <p>
            If you have done this training before, you can take the final assessment now. Pass it and the course is complete. If you do not
            pass, you study only the modules where you missed questions, then take the assessment again; the other modules count as done.
          </p>
          <button type="button" class="button" onClick={takeAssessment}>
            Take the assessment now
          </button>
        </section>
      )}
    </div>
  );
}
