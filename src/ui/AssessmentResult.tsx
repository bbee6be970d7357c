// The result of a submitted attempt: score and pass/fail in words, right answers per module, then, after a fail, the
// pages to read again before the next attempt (the re-read rule) and a review of each miss that never shows the right
// option; after a pass, what is still left to finish the course, and the full review.
import type { JSX } from 'preact';
import { allPages, type Course, type CriticalBehaviour, type Question } from '../model/course.ts';
import type { AssessmentAttempt, Progress } from '../model/progress.ts';
import { rereadLeft, rereadPages } from '../model/reread.ts';
import { requirementsLeft, type Requirement } from '../model/completion.ts';
import { attemptOutcome, isAnswerCorrect } from '../model/scoring.ts';
import { FullItem, MissedItem, PageLinks } from './AnswerReview.tsx';
import { attemptsLeft } from './Assessment.tsx';
import { pageLinks } from './PageView.tsx';

interface AssessmentResultProps {
  course: Course;
  progress: Progress;
  passMark: number;
  attempt: AssessmentAttempt;
  questions: Question[];
  onStart: () => void;
  onContinue: () => void;
  /** Open a stop by location (a page id, `check:<module>`); false when there is none or it is locked. */
  goToPage: (id: string) => boolean;
}

export function AssessmentResult(props: AssessmentResultProps) {
  const { course, progress, passMark, attempt, questions, onStart, onContinue, goToPage } = props;
  const score = attempt.score ?? 0;
  // The gate decides, not the score alone: a critical question wrong fails the attempt (issue 21).
  const outcome = attemptOutcome(course, attempt, passMark);
  const passed = outcome.passed;
  const left = attemptsLeft(course, attempt);
  const right = (q: Question) => isAnswerCorrect(q, attempt.answers[q.id] ?? { selected: [], checked: true });
  const wrong = questions.filter((q) => !right(q));
  const retry = !passed && left !== 0;
  const toRead = retry && (course.assessment.retryAfter ?? 'reread') === 'reread' ? rereadPages(course, progress, passMark) : [];
  const open = retry && rereadLeft(course, progress, passMark).length === 0;
  const retryButton = (name: string) => (
    <button type="button" class="button button-primary" onClick={onStart}>
      {name}
    </button>
  );
  const label = (q: Question) => `Question ${questions.indexOf(q) + 1} of ${questions.length}`;
  return (
    <div onClick={pageLinks(goToPage)}>
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
      {!passed && outcome.missed.length > 0 && <CriticalMissed course={course} missed={outcome.missed} />}
      {!passed && progress.testOut?.missed && progress.testOut.missed.length > 0 && (
        <TestOutModules course={course} modules={progress.testOut.missed} />
      )}
      {passed ? (
        <StillToDo course={course} progress={progress} passMark={passMark} onContinue={onContinue} />
      ) : !retry ? (
        <p>You have used all your attempts. Please speak to your manager about how to complete this training.</p>
      ) : toRead.length > 0 ? (
        <Reread course={course} pages={toRead} read={progress.reread} left={left} button={open ? retryButton('Try again') : null} />
      ) : (
        <>
          <p>
            Read the review below, then try again with a new set of questions.
            {left !== null && ` You have ${left} attempt${left === 1 ? '' : 's'} left.`}
          </p>
          {retryButton('Try again')}
        </>
      )}
      <ModuleSummary course={course} questions={questions} right={right} />
      {wrong.length > 0 && (
        <section class="review" aria-labelledby="review-heading">
          <h2 id="review-heading">{passed ? 'Review of the answers that were not right' : 'What you missed'}</h2>
          <ol class="review-list">
            {wrong.map((q) => (
              <li key={q.id}>
                {passed ? (
                  <FullItem course={course} question={q} label={label(q)} selected={attempt.answers[q.id]?.selected ?? []} />
                ) : (
                  <MissedItem course={course} question={q} label={label(q)} selected={attempt.answers[q.id]?.selected ?? []} />
                )}
              </li>
            ))}
          </ol>
          {open && retryButton('Try the assessment again')}
        </section>
      )}
    </div>
  );
}

/** After a failed test-out attempt (model/test-out.ts): the modules now part of the learner's course, each a link. */
function TestOutModules({ course, modules }: { course: Course; modules: string[] }) {
  const titles = new Map(course.modules.map((m) => [m.id, m.title]));
  return (
    <section class="still-to-do" aria-labelledby="test-out-modules-heading">
      <h2 id="test-out-modules-heading">Modules to study</h2>
      <p>
        Your answers show what to study before you try again. These modules are now part of your course; the others count as done, and you
        can still open any of them.
      </p>
      <ul>
        {modules.map((id) => (
          <li key={id}>
            <a href={`#intro:${id}`}>{titles.get(id)}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface RereadProps {
  course: Course;
  pages: string[];
  read: string[];
  left: number | null;
  /** The Try again button, once every page has been opened. */
  button: JSX.Element | null;
}

/** The re-read rule in plain words: the pages to open, each marked read or not, and Try again once all are. */
function Reread({ course, pages, read, left, button }: RereadProps) {
  const titles = new Map(allPages(course).map((p) => [p.id, p.title]));
  const todo = pages.filter((id) => !read.includes(id)).length;
  return (
    <section class="reread" aria-labelledby="reread-heading">
      <h2 id="reread-heading">Before you try again</h2>
      <p>
        The next attempt opens once you have opened each page below: they teach what you missed. Each one has a link back here.
        {left !== null && ` You have ${left} attempt${left === 1 ? '' : 's'} left.`}
      </p>
      <ul class="reread-list">
        {pages.map((id) => (
          <li key={id}>
            <a href={`#${id}`}>{titles.get(id) ?? id}</a>{' '}
            <span class="reread-state">{read.includes(id) ? '(read)' : '(not read yet)'}</span>
          </li>
        ))}
      </ul>
      {todo > 0 ? (
        <p class="reread-todo">
          {todo} of {pages.length} page{pages.length === 1 ? '' : 's'} still to read.
        </p>
      ) : (
        <p>All read: you can try again, with new questions.</p>
      )}
      {button}
    </section>
  );
}

/** Each critical behaviour the attempt got wrong, in words, with the pages that teach it (they join the re-read list). */
function CriticalMissed({ course, missed }: { course: Course; missed: CriticalBehaviour[] }) {
  return (
    <section class="critical-missed" aria-labelledby="critical-heading">
      <h2 id="critical-heading">Critical decisions you missed</h2>
      <p>Passing needs every critical decision right, whatever the score. In this attempt you did not get these right:</p>
      <ul>
        {missed.map((b) => (
          <li key={b.id}>
            <strong>{b.title}</strong>
            {b.pages.length > 0 && (
              <>
                . Read again: <PageLinks course={course} ids={b.pages} />
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function requirementText(r: Requirement): string {
  switch (r.kind) {
    case 'page':
      return `${r.title} (${r.module})`;
    case 'check':
      return `Knowledge check: ${r.module} (${r.left} of ${r.total} question${r.total === 1 ? '' : 's'} to check)`;
    case 'assessment':
      return 'The final assessment';
  }
}

/** After a pass: what the course still asks (issue 20), each with a link; Continue goes to the first of them. */
function StillToDo(props: { course: Course; progress: Progress; passMark: number; onContinue: () => void }) {
  const { course, progress, passMark, onContinue } = props;
  const todo = requirementsLeft(course, progress, passMark);
  return (
    <>
      {todo.length > 0 && (
        <section class="still-to-do" aria-labelledby="todo-heading">
          <h2 id="todo-heading">Still to do to finish the course</h2>
          <p>The course is complete once you have also done these:</p>
          <ul>
            {todo.map((r) => (
              <li key={r.location}>
                <a href={`#${r.location}`}>{requirementText(r)}</a>
              </li>
            ))}
          </ul>
          <p>Continue takes you to the first of them.</p>
        </section>
      )}
      <button type="button" class="button button-primary" onClick={onContinue}>
        Continue
      </button>
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
