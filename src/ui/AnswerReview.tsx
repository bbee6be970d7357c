// One reviewed answer on the result screen. After a fail, MissedItem: the learner's own choice and why it is wrong
// (the option's author-written feedback), and the pages to read again; never which option is right, in words, marks
// or markup (no answer key to copy into the next attempt). After a pass, FullItem: every mark and the explanation.
import { allPages, isMultipleSelect, type Course, type Question } from '../model/course.ts';
import { Feedback } from './Feedback.tsx';
import { Html } from './Html.tsx';
import { MarkLabel, optionMark } from './QuestionField.tsx';

interface ItemProps {
  course: Course;
  question: Question;
  label: string;
  selected: string[];
}

/** The question as asked: its number as a heading (a screen reader moves between them), the case and the prompt. */
function Asked({ question, label }: { question: Question; label: string }) {
  return (
    <>
      <h3 class="question-number">{label}</h3>
      {question.kind === 'scenario' && <Html class="scenario" html={question.scenario} />}
      <Html as="div" class="prompt" html={question.prompt} />
    </>
  );
}

/** Links to pages by id, in course order, by title, comma-separated (the result's click handler opens them in the player). */
export function PageLinks({ course, ids }: { course: Course; ids: readonly string[] }) {
  return (
    <>
      {allPages(course)
        .filter((p) => ids.includes(p.id))
        .map((p, i) => (
          <span key={p.id}>
            {i > 0 && ', '}
            <a href={`#${p.id}`}>{p.title}</a>
          </span>
        ))}
    </>
  );
}

/** "Read again" links to the pages that teach the question (the build's `teaches`). */
function ReadAgain({ course, question }: { course: Course; question: Question }) {
  if (!question.teaches?.length) return null;
  return (
    <p class="review-line">
      <span class="review-label">Read again: </span>
      <PageLinks course={course} ids={question.teaches} />
    </p>
  );
}

/** A missed question after a failed attempt: what was chosen, why each wrong choice is wrong, what to read. */
export function MissedItem({ course, question, label, selected }: ItemProps) {
  // Of two options (true/false), the wrong one chosen names the right one: say only that it was not right.
  const binary = !isMultipleSelect(question) && question.options.length === 2;
  const chosen = binary ? [] : question.options.filter((o) => selected.includes(o.id));
  // A select-all can be wrong by what it leaves out alone; say so without saying what.
  const leftOut = isMultipleSelect(question) && chosen.every((o) => o.correct);
  const cited = question.citations ?? question.references;
  return (
    <article class="review-item">
      <Asked question={question} label={label} />
      {chosen.length === 0 && (
        <p class="review-line">{binary && selected.length > 0 ? 'Your answer was not right.' : 'You did not answer this question.'}</p>
      )}
      {chosen.map((o) => (
        // One look for every choice (no class or mark tells a right one from a wrong one); the feedback says why a
        // wrong one is wrong, which is what the learner asked of it.
        <div key={o.id} class="review-option option-chosen">
          <p class="review-label">Your answer</p>
          <Html html={o.html} />
          {!o.correct && o.feedback && <Html class="option-feedback" html={o.feedback} />}
        </div>
      ))}
      {leftOut && <p class="review-line">Something that applies was not chosen.</p>}
      {cited.length > 0 && <p class="references">Sources: {cited.join('; ')}</p>}
      <ReadAgain course={course} question={question} />
    </article>
  );
}

/**
 * A wrong answer after a pass, read-only: each option the learner chose or should have chosen marked as in the
 * knowledge checks (rightly chosen, wrongly chosen, missed), why, and what to read again.
 */
export function FullItem({ course, question, label, selected }: ItemProps) {
  const multiple = isMultipleSelect(question);
  return (
    <article class="review-item">
      <Asked question={question} label={label} />
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
      <ReadAgain course={course} question={question} />
    </article>
  );
}
