// The banner: organisation branding, course title, overall progress and Save and exit (confirmed while unfinished).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Course } from '../model/course.ts';

interface HeaderProps {
  course: Course;
  /** 0..1 */
  done: number;
  /** The course is complete: leaving needs no confirmation. */
  finished: boolean;
  onExit: () => void;
}

export function Header({ course, done, finished, onExit }: HeaderProps) {
  const percent = Math.round(done * 100);
  const { branding } = course;
  const [asking, setAsking] = useState(false);
  const stay = useRef<HTMLButtonElement>(null);
  const exit = useRef<HTMLButtonElement>(null);
  const first = useRef(true);
  // Focus follows the question: to "Stay" when it opens, back to "Save and exit" when the learner stays.
  useEffect(() => {
    if (first.current) first.current = false;
    else (asking ? stay : exit).current?.focus();
  }, [asking]);
  return (
    // Escape closes the question from anywhere in the banner, as a dialog would, and focus goes back to "Save and exit".
    <header class="banner no-print" onKeyDown={(e) => asking && e.key === 'Escape' && setAsking(false)}>
      <div class="brand">
        {branding.logo && <img class="logo" src={branding.logo} alt={branding.logoAlt} />}
        <div class="titles">
          {branding.organisation && <p class="organisation">{branding.organisation}</p>}
          {/* A phone shows the short title; the full one stays for screen readers (player.css). */}
          {course.shortTitle === course.title ? (
            <p class="course-title">{course.title}</p>
          ) : (
            <p class="course-title">
              <span class="title-full">{course.title}</span>
              <span class="title-short" aria-hidden="true">
                {course.shortTitle}
              </span>
            </p>
          )}
        </div>
        <button
          ref={exit}
          type="button"
          class="button button-exit"
          aria-expanded={finished ? undefined : asking}
          aria-controls={finished ? undefined : 'leave'}
          onClick={() => (finished ? onExit() : setAsking(!asking))}
        >
          Save and exit
        </button>
      </div>
      {asking && (
        <div id="leave" class="leave" role="group" aria-labelledby="leave-question">
          <p id="leave-question">
            <strong>Leave the course now?</strong> You have not finished it yet. Your progress is saved, and you will come back to this page
            next time.
          </p>
          <button type="button" class="button button-primary" onClick={onExit}>
            Save and leave
          </button>
          <button ref={stay} type="button" class="button" onClick={() => setAsking(false)}>
            Stay in the course
          </button>
        </div>
      )}
      <div class="progress">
        <label for="course-progress">Course progress: {percent}% complete</label>
        {/* A native <progress> draws its own bar: a width set in a style attribute would be blocked by the CSP. */}
        <progress id="course-progress" max={100} value={percent}>
          {percent}%
        </progress>
      </div>
    </header>
  );
}
