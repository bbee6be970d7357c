// The player's one store: the learner's Progress, changed only through progress-actions and reported to the
// runtime on every meaningful change (the session coalesces commits, SCORM.md "Commit traffic").
import { useCallback, useRef, useState } from 'preact/hooks';
import type { Course } from '../model/course.ts';
import { SEED_RANGE, type Progress } from '../model/progress.ts';
import { isCourseComplete } from '../model/completion.ts';
import type { PlayerSession } from '../runtime/session.ts';
import { formatLocalDate } from '../runtime/time-format.ts';
import { stampCompletion } from './progress-actions.ts';

export type Apply = (change: (progress: Progress) => Progress) => void;

export function useProgress(course: Course, session: PlayerSession, now: () => number, random: () => number): [Progress, Apply] {
  // A first launch (or data saved before shuffling) draws this learner's shuffle seed; it is saved with the first change.
  const [initial] = useState(() =>
    session.initial.seed !== null ? session.initial : { ...session.initial, seed: Math.floor(random() * SEED_RANGE) },
  );
  const latest = useRef(initial);
  const [progress, setProgress] = useState(initial);
  // Applied synchronously against the latest value (not React-style updaters) so two actions in one event
  // both land and the session sees each change exactly once.
  const apply = useCallback<Apply>(
    (change) => {
      const before = latest.current;
      const changed = change(before);
      const next = stampCompletion(changed, isCourseComplete(course, changed, session.passMark), formatLocalDate(now()));
      if (next === before) return;
      latest.current = next;
      session.update(next);
      setProgress(next);
    },
    [course, session, now],
  );
  return [progress, apply];
}
