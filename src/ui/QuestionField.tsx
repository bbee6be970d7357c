// One question as a form group: a "Question 2 of 5" heading, the case text for scenarios, a fieldset whose legend is
// the prompt, radio buttons or checkboxes, and (once checked) a mark on each option. Used by knowledge checks and the
// assessment; the marks' words are shared with the assessment's review (AssessmentResult.tsx).
import { isMultipleSelect, type Option, type Question } from '../model/course.ts';
import { shownOptions } from '../model/shuffle.ts';
import type { Answer } from '../model/progress.ts';
import { Html } from './Html.tsx';

interface QuestionFieldProps {
  question: Question;
  /** Namespaces input ids and names, e.g. `check` or `attempt-2`, so two screens never share an id. */
  scope: string;
  /** The learner's shuffle seed and the round (0 for a knowledge check, the attempt number in the assessment). */
  order: [seed: number, round: number];
  /** "Question 2 of 5", shown as a heading so screen-reader users can move from question to question. */
  label: string;
  /**
   * The label's heading level: one below the screen's last heading above the questions, or 1 when the question is
   * the screen (the assessment, one question at a time): then it is the screen's heading, which takes focus.
   */
  level: 1 | 2 | 3;
  answer: Answer | undefined;
  /**
   * What to mark on the options: `none`; `hint`, only the chosen options that are wrong, with their feedback (a first
   * wrong try: never which option is right); `all`, right, wrong and missed, with every chosen option's feedback.
   */
  marks: 'none' | 'hint' | 'all';
  /** An inline error (GOV.UK error message pattern), linked to the group by aria-describedby. */
  error?: string;
  onChoose: (optionId: string, on: boolean) => void;
}

/**
 * The id of an option's input, which the assessment's error summary links to. Course ids hold no "_", so "__" before
 * the option and "_" before a part's name keep every element's id apart, whatever the author named options.
 */
export const inputId = (scope: string, question: Question, optionId: string) => `${scope}-${question.id}__${optionId}`;

export function QuestionField({ question, scope, order, label, level, answer, marks, error, onChoose }: QuestionFieldProps) {
  const base = `${scope}-${question.id}`;
  const multiple = isMultipleSelect(question);
  const selected = answer?.selected ?? [];
  const Heading = `h${level}` as const;
  // Hint first, then the error, as GOV.UK orders them.
  const described = [question.kind === 'scenario' && `${base}_case`, `${base}_hint`, error && `${base}_error`].filter(Boolean).join(' ');
  return (
    <div class={`question-field${error ? ' has-error' : ''}`} data-question={question.id}>
      {/* Before the case, so a learner who jumps here by heading hears the case, then the question. */}
      {level === 1 ? (
        <h1 id="screen-heading" tabIndex={-1}>
          {label}
        </h1>
      ) : (
        <Heading class="question-number">{label}</Heading>
      )}
      {question.kind === 'scenario' && (
        <div class="scenario" id={`${base}_case`}>
          <p class="scenario-label">Case</p>
          <Html html={question.scenario} />
        </div>
      )}
      <fieldset aria-describedby={described}>
        <legend>
          <Html as="span" class="prompt" html={question.prompt} />
        </legend>
        <p class="hint" id={`${base}_hint`}>
          {multiple ? 'Select all that apply.' : 'Select one answer.'}
        </p>
        {error && (
          <p class="error-message" id={`${base}_error`}>
            <span class="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        <ul class="options" role="list">
          {shownOptions(question, ...order).map((option) => {
            const id = inputId(scope, question, option.id);
            const chosen = selected.includes(option.id);
            const mark = marks === 'all' || (marks === 'hint' && chosen && !option.correct) ? optionMark(option, chosen, multiple) : null;
            return (
              <li key={option.id} class={`option${mark ? ` option-${mark.tone}` : ''}`}>
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  id={id}
                  name={base}
                  value={option.id}
                  checked={chosen}
                  aria-describedby={mark ? `${id}_note` : undefined}
                  onChange={(e) => onChoose(option.id, e.currentTarget.checked)}
                />
                <label for={id} class="option-label">
                  <Html as="span" html={option.html} />
                </label>
                {mark && (
                  <div class="option-note" id={`${id}_note`}>
                    <MarkLabel mark={mark} />
                    {option.feedback && <Html class="option-feedback" html={option.feedback} />}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
    </div>
  );
}

export interface Mark {
  /** right: chosen and correct; wrong: chosen and not correct; missed: correct but not chosen. */
  tone: 'right' | 'wrong' | 'missed';
  text: string;
  /** A shape as well as a colour, so the three marks differ without colour (WCAG 1.4.1). */
  icon: string;
}

/**
 * What to say about one option after checking, in words (WCAG 1.4.1). A right option the learner did not choose is
 * "missed", never a tick: a tick beside an empty box reads as success.
 */
export function optionMark(option: Option, chosen: boolean, multiple: boolean): Mark | null {
  if (chosen && option.correct) return { tone: 'right', icon: '✓', text: multiple ? 'Rightly chosen' : 'Your answer: right' };
  if (chosen) return { tone: 'wrong', icon: '✗', text: multiple ? 'Wrongly chosen' : 'Your answer: wrong' };
  if (option.correct)
    return multiple
      ? { tone: 'missed', icon: '!', text: 'Missed: should have been chosen' }
      : { tone: 'missed', icon: '→', text: 'The right answer' };
  return null;
}

export function MarkLabel({ mark }: { mark: Mark }) {
  return (
    <p class={`mark mark-${mark.tone}`}>
      <span class="mark-icon" aria-hidden="true">
        {mark.icon}
      </span>
      {mark.text}
    </p>
  );
}
