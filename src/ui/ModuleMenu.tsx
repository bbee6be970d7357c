// The course contents: each module with its state in words, the assessment, and which entries are locked.
import { useRef } from 'preact/hooks';
import type { Course } from '../model/course.ts';
import type { Progress } from '../model/progress.ts';
import { isPassed, moduleState } from '../model/completion.ts';
import { moduleNumbers } from '../model/numbering.ts';
import { firstStopOfModule, isStopOpen, stops, type Stop } from './route.ts';

interface ModuleMenuProps {
  course: Course;
  progress: Progress;
  passMark: number;
  current: Stop;
  open: boolean;
  go: (index: number) => void;
}

/** A module's state in words, in the menu and on its opening screen. */
export const STATE_TEXT = { 'not-started': 'Not started', 'in-progress': 'In progress', complete: 'Complete' } as const;

export function ModuleMenu({ course, progress, passMark, current, open, go }: ModuleMenuProps) {
  const list = stops(course);
  const assessmentIndex = list.findIndex((s) => s.kind === 'assessment');
  const currentModule = current.kind === 'start' || current.kind === 'assessment' || current.kind === 'complete' ? null : current.module.id;
  const numbers = moduleNumbers(course.modules);
  const entries = course.modules.map((m) => {
    const state = moduleState(course, progress, m.id);
    return {
      key: m.id,
      title: m.title,
      index: firstStopOfModule(course, m.id),
      state,
      current: currentModule === m.id,
      counted: numbers.has(m.id),
    };
  });
  if (assessmentIndex >= 0) {
    const attempted = progress.assessment !== null;
    const passed = isPassed(progress, passMark) === true;
    const state = passed ? 'complete' : attempted ? 'in-progress' : 'not-started';
    entries.push({
      key: 'assessment',
      title: course.assessment.title,
      index: assessmentIndex,
      state,
      current: current.kind === 'assessment',
      counted: false,
    });
  }
  // The modules the course counts (model/numbering.ts): the same number every screen states.
  const done = entries.filter((e) => e.counted && e.state === 'complete').length;
  const details = useRef<HTMLDetailsElement>(null);
  // Where the menu folds above the page (a phone), it closes after a choice so the chosen screen is what shows.
  const choose = (index: number) => {
    if (details.current && !matchMedia('(min-width: 50em)').matches) details.current.open = false;
    go(index);
  };
  return (
    <nav class="menu no-print" aria-label="Course contents">
      {/* A disclosure so the menu folds away on a phone (reflow at 320 px, WCAG 1.4.10). */}
      <details ref={details} open={open}>
        <summary>
          Contents{' '}
          <span class="menu-count">
            ({done} of {numbers.size} modules complete)
          </span>
        </summary>
        <ol class="menu-list">
          {entries.map((e) => {
            const reachable = e.index >= 0 && isStopOpen(course, progress, passMark, e.index);
            const body = (
              <>
                <span class="menu-title">{e.title}</span>
                <span class={`state state-${e.state}`}>
                  {STATE_TEXT[e.state]}
                  {!reachable && ', locked'}
                </span>
              </>
            );
            return (
              <li key={e.key}>
                {reachable ? (
                  <button type="button" class="menu-item" aria-current={e.current ? 'step' : undefined} onClick={() => choose(e.index)}>
                    {body}
                  </button>
                ) : (
                  <span class="menu-item menu-item-locked">{body}</span>
                )}
              </li>
            );
          })}
        </ol>
      </details>
    </nav>
  );
}
