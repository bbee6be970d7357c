// One question as a form group: the case text for scenarios, a fieldset whose legend is the prompt, radio
// buttons or checkboxes, and (once checked) a note on each option. Used by knowledge checks and the assessment.
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
  /** "Question 2 of 5". */
  label: string;
  answer: Answer | undefined;
  /** Show which options were right and each option's feedback. */
  reveal: boolean;
  onChoose: (optionId: string, on: boolean) => void;
}

export function QuestionField({ question, scope, order, label, answer, reveal, onChoose }: QuestionFieldProps) {
  const base = `${scope}-${question.id}`;
  const multiple = isMultipleSelect(question);
  const selected = answer?.selected ?? [];
  const caseId = `${base}-case`;
  const hintId = `${base}-hint`;
  return (
    <div class="question-field" data-question={question.id}>
      {question.kind === 'scenario' && (
        <div class="scenario" id={caseId}>
          <p class="scenario-label">Case</p>
          <Html html={question.scenario} />
        </div>
      )}
      <fieldset aria-describedby={question.kind === 'scenario' ? `${caseId} ${hintId}` : hintId}>
        <legend>
          <span class="question-number">{label}</span>
          <Html as="span" class="prompt" html={question.prompt} />
        </legend>
        <p class="hint" id={hintId}>
          {multiple ? 'Select all that apply.' : 'Select one answer.'}
        </p>
        <ul class="options" role="list">
          {shownOptions(question, ...order).map((option) => {
            const id = `${base}-${option.id}`;
            const chosen = selected.includes(option.id);
            const note = reveal ? optionNote(option, chosen) : null;
            return (
              <li key={option.id} class={`option${note ? ` option-${note.tone}` : ''}`}>
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  id={id}
                  name={base}
                  value={option.id}
                  checked={chosen}
                  aria-describedby={note ? `${id}-note` : undefined}
                  onChange={(e) => onChoose(option.id, e.currentTarget.checked)}
                />
                <label for={id} class="option-label">
                  <Html as="span" html={option.html} />
                </label>
                {note && (
                  <div class="option-note" id={`${id}-note`}>
                    <p class="option-verdict">
                      <span aria-hidden="true">{note.tone === 'wrong' ? '✗ ' : '✓ '}</span>
                      {note.text}
                    </p>
                    {note.feedback && <Html class="option-feedback" html={note.feedback} />}
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

/** What to say about one option after checking; words, not colour, carry the meaning (WCAG 1.4.1). */
export function optionNote(option: Option, chosen: boolean): { tone: 'right' | 'wrong'; text: string; feedback: string } | null {
  if (chosen && option.correct) return { tone: 'right', text: 'Your answer: correct.', feedback: option.feedback };
  if (chosen) return { tone: 'wrong', text: 'Your answer: not correct.', feedback: option.feedback };
  if (option.correct) return { tone: 'right', text: 'A correct answer.', feedback: option.feedback };
  return null;
}
