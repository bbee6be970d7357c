// A module's opening screen: where it sits in the course, what the learner will learn, how long it takes, and
// Start (or Continue) into its pages. A stop of its own (`intro:<moduleId>`), so bookmarks and resume keep it.
import { Facts } from './Facts.tsx';
import type { Module } from '../model/course.ts';
import type { ModuleState } from '../model/completion.ts';
import { STATE_TEXT } from './ModuleMenu.tsx';

interface ModuleIntroProps {
  module: Module;
  /** "Module 3 of 9"; '' for a named module (an introduction), whose title says it all. */
  position: string;
  state: ModuleState;
  /** Pages of this module the learner has seen. */
  seen: number;
  /** Open the module where the learner should go on (its first page, or the first still to do). */
  start: () => void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function ModuleIntro({ module, position, state, seen, start }: ModuleIntroProps) {
  const questions = module.check.length;
  const pages = module.pages.length;
  const status = state === 'in-progress' ? `${STATE_TEXT[state]}: ${seen} of ${plural(pages, 'page')} seen` : STATE_TEXT[state];
  return (
    <div class="intro">
      {position && <p class="position">{position}</p>}
      <h1 id="screen-heading" tabIndex={-1}>
        {module.title}
      </h1>
      <Facts
        items={[
          ['Time', `About ${plural(module.minutes, 'minute')}`],
          ['In this module', plural(pages, 'page') + (questions > 0 ? `, a knowledge check of ${plural(questions, 'question')}` : '')],
          ['Your progress', status],
        ]}
      />
      {module.objectives.length > 0 && (
        <>
          <h2>What you will learn</h2>
          <ul>
            {module.objectives.map((o) => (
              <li key={o.id}>{o.text}</li>
            ))}
          </ul>
        </>
      )}
      <button type="button" class="button button-primary button-start" onClick={start}>
        {state === 'not-started' ? 'Start' : state === 'complete' ? 'Review' : 'Continue'} this module<span aria-hidden="true">→</span>
      </button>
    </div>
  );
}
