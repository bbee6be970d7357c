// The banner: organisation branding, course title, overall progress and the Exit button.
import type { Course } from '../model/course.ts';

interface HeaderProps {
  course: Course;
  /** 0..1 */
  done: number;
  onExit: () => void;
}

export function Header({ course, done, onExit }: HeaderProps) {
  const percent = Math.round(done * 100);
  const { branding } = course;
  return (
    <header class="banner no-print">
      <div class="brand">
        {branding.logo && <img class="logo" src={branding.logo} alt={branding.logoAlt} />}
        <div class="titles">
          {branding.organisation && <p class="organisation">{branding.organisation}</p>}
          <p class="course-title">{course.title}</p>
        </div>
        <button type="button" class="button button-exit" onClick={onExit}>
          Save and exit
        </button>
      </div>
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
