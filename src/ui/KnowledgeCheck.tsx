// A module's knowledge check: every question with its own Check button. A first wrong try gets a hint (why the chosen
// option is wrong) and another go; a right answer or the second try gets the marks and the explanation.
// Answers and tries live in Progress.checks, so they are still there when the learner leaves and comes back.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { isMultipleSelect, type Module, type Question } from '../model/course.ts';
import type { Answer } from '../model/progress.ts';
import { isAnswerCorrect } from '../model/scoring.ts';
import { Feedback, Hint } from './Feedback.tsx';
import { QuestionField } from './QuestionField.tsx';

interface KnowledgeCheckProps {
  module: Module;
  position: string;
  answers: Record<string, Answer>;
  /** The learner's shuffle seed (Progress.seed). */
  seed: number;
  onChoose: (question: Question, optionId: string, on: boolean) => void;
  onCheck: (question: Question) => void;
}

export function KnowledgeCheck({ module, position, answers, seed, onChoose, onCheck }: KnowledgeCheckProps) {
  return (
    <>
      <p class="position">{position}</p>
      <h1 id="screen-heading" tabIndex={-1}>
        Knowledge check
      </h1>
      <p>
        Answer each question and choose “Check answer” to see how you did. If your first answer is not right, you get a hint and another go.
        These questions do not count towards your final score.
      </p>
      {module.check.map((question, i) => (
        <CheckQuestion
          key={question.id}
          question={question}
          label={`Question ${i + 1} of ${module.check.length}`}
          answer={answers[question.id]}
          seed={seed}
          onChoose={(optionId, on) => onChoose(question, optionId, on)}
          onCheck={() => onCheck(question)}
        />
      ))}
    </>
  );
}

interface CheckQuestionProps {
  question: Question;
  label: string;
  answer: Answer | undefined;
  seed: number;
  onChoose: (optionId: string, on: boolean) => void;
  onCheck: () => void;
}

function CheckQuestion({ question, label, answer, seed, onChoose, onCheck }: CheckQuestionProps) {
  const [nudge, setNudge] = useState(false);
  const [justChecked, setJustChecked] = useState(false);
  const feedback = useRef<HTMLDivElement>(null);
  const checked = answer?.checked === true;
  const correct = checked && answer !== undefined && isAnswerCorrect(question, answer);
  // Data saved before tries were counted has none: it was shown in full then, so it is again.
  const stage = !checked || !answer ? 'open' : correct || answer.tries !== 1 ? 'reveal' : 'hint';
  const check = () => {
    const empty = !answer || answer.selected.length === 0;
    setNudge(empty);
    setJustChecked(!empty);
    if (!empty) onCheck();
  };
  // The verdict can land below the fold (on a phone): bring it into view and move focus to it, so it is read next.
  // A layout effect, so focus has moved before the next key press is handled (a plain effect waits for a paint).
  useLayoutEffect(() => {
    if (!justChecked || !checked) return;
    feedback.current?.focus({ preventScroll: true });
    feedback.current?.scrollIntoView({ block: 'nearest' });
    setJustChecked(false);
  }, [justChecked, checked]);
  return (
    // Not a region: a screen with 15 questions would have 15 landmarks. The heading in QuestionField marks each one.
    <div class="question">
      <QuestionField
        question={question}
        scope="check"
        order={[seed, 0]}
        label={label}
        level={2}
        answer={answer}
        marks={stage === 'reveal' ? 'all' : stage === 'hint' ? 'hint' : 'none'}
        onChoose={(optionId, on) => {
          setNudge(false);
          onChoose(optionId, on);
        }}
      />
      <button type="button" class="button" onClick={check}>
        Check answer<span class="visually-hidden"> to {label.toLowerCase()}</span>
      </button>
      {/* Always in the DOM so screen readers announce what appears in it (WCAG 4.1.3). */}
      <div class="live" aria-live="polite">
        {nudge && <p class="nudge">Choose an answer first, then check it.</p>}
      </div>
      {/* Focused when it appears (see above), so it is read without a live announcement too. */}
      <div ref={feedback} tabIndex={-1} class="feedback-target">
        {stage === 'reveal' && <Feedback question={question} correct={correct} />}
        {stage === 'hint' && (
          <Hint
            wrongChosen={question.options.some((o) => !o.correct && answer?.selected.includes(o.id))}
            missing={isMultipleSelect(question) && question.options.some((o) => o.correct && !answer?.selected.includes(o.id))}
          />
        )}
      </div>
    </div>
  );
}
