// Previous / Next between stops; in locked navigation Next waits until the current stop is done and says why.
import type { Stop } from './route.ts';

interface PagerProps {
  previous: number | null;
  next: number | null;
  nextOpen: boolean;
  current: Stop;
  /** The assessment is passed, so what remains before the end is unfinished modules, not the assessment. */
  passed: boolean;
  go: (index: number) => void;
}

const WAITING: Record<Stop['kind'], string> = {
  start: '',
  intro: '',
  page: '',
  check: 'Check your answer to every question to go on.',
  assessment: 'Pass the assessment to go on.',
  complete: '',
};

export function Pager({ previous, next, nextOpen, current, passed, go }: PagerProps) {
  const waiting =
    current.kind === 'assessment' && passed ? 'Finish the modules still to do to complete the course.' : WAITING[current.kind];
  if (previous === null && next === null) return null;
  return (
    <nav class="pager no-print" aria-label="Previous and next">
      {previous !== null && (
        <button type="button" class="button" onClick={() => go(previous)}>
          <span aria-hidden="true">←</span>Previous
        </button>
      )}
      {next !== null &&
        (nextOpen ? (
          <button type="button" class="button button-primary pager-next" onClick={() => go(next)}>
            Next<span aria-hidden="true">→</span>
          </button>
        ) : (
          waiting && <p class="pager-wait">{waiting}</p>
        ))}
    </nav>
  );
}
