// The completion screen and the printable record of completion (print.css shows only the record on paper).
import type { Course } from '../model/course.ts';
import type { Progress } from '../model/progress.ts';

interface CompletionProps {
  course: Course;
  progress: Progress;
  learnerName: string;
  passMark: number;
  standalone: boolean;
  print: () => void;
}

/** "22 November 2025" in the course's language; the ISO date is read as a calendar date, not a moment. */
export function formatDate(iso: string, language: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function Completion({ course, progress, learnerName, passMark, standalone, print }: CompletionProps) {
  return (
    <>
      <h1 id="screen-heading" tabIndex={-1}>
        Course complete
      </h1>
      <p>You have completed {course.title}. Thank you.</p>
      {standalone && (
        <p>
          This course is not connected to a learning system, so your completion is saved in this browser only. Print the record below or
          save it as a PDF to keep it.
        </p>
      )}
      <section class="record" aria-labelledby="record-heading">
        <h2 id="record-heading">Record of completion</h2>
        <dl>
          {learnerName && (
            <>
              <dt>Name</dt>
              <dd>{learnerName}</dd>
            </>
          )}
          <dt>Course</dt>
          <dd>{course.title}</dd>
          <dt>Version</dt>
          <dd>{course.version}</dd>
          {course.branding.organisation && (
            <>
              <dt>Organisation</dt>
              <dd>{course.branding.organisation}</dd>
            </>
          )}
          <dt>Completed on</dt>
          <dd>{progress.completedOn ? formatDate(progress.completedOn, course.language) : 'not yet'}</dd>
          {progress.bestScore !== null && (
            <>
              <dt>Assessment score</dt>
              <dd>
                {progress.bestScore}% (pass mark {passMark}%)
              </dd>
            </>
          )}
        </dl>
      </section>
      <button type="button" class="button no-print" onClick={print}>
        Print this record
      </button>
    </>
  );
}
