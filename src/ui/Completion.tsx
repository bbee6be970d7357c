// The completion screen and the printable record of completion (print.css puts only the record on one A4 page).
import type { Course } from '../model/course.ts';
import { firstLast } from '../model/learner-name.ts';
import type { Progress } from '../model/progress.ts';
import { verificationCode } from '../model/verification.ts';

interface CompletionProps {
  course: Course;
  progress: Progress;
  /** As the LMS gives them: 1.2 sends the name as "Last, First". */
  learner: { id: string; name: string };
  passMark: number;
  standalone: boolean;
  print: () => void;
  /** Leave the course: the same final commit and exit as the banner's "Save and exit". */
  onExit: () => void;
}

/** "22 November 2025" in the course's language; the ISO date is read as a calendar date, not a moment. */
export function formatDate(iso: string, language: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function Completion({ course, progress, learner, passMark, standalone, print, onExit }: CompletionProps) {
  const name = firstLast(learner.name);
  const { completedOn } = progress;
  const { logo, organisation } = course.branding;
  // Only an LMS's learner id lets an IG officer check the code against LMS data (build/report/README.md).
  const code =
    completedOn && learner.id ? verificationCode({ learnerId: learner.id, courseId: course.id, version: course.version, completedOn }) : '';
  return (
    <>
      <div class="panel">
        <h1 id="screen-heading" tabIndex={-1}>
          Course complete
        </h1>
        <p>You have completed {course.title}. Thank you.</p>
      </div>
      {standalone && (
        <p>
          This course is not connected to a learning system, so your completion is saved in this browser only. Print the record below or
          save it as a PDF to keep it.
        </p>
      )}
      <section class="record" aria-labelledby="record-heading">
        {(logo || organisation) && (
          <div class="record-brand">
            {logo && <img class="record-logo" src={logo} alt={course.branding.logoAlt} />}
            {organisation && <p class="record-organisation">{organisation}</p>}
          </div>
        )}
        <h2 id="record-heading">Record of completion</h2>
        {/* The name and id come from the LMS: isolated, so a right-to-left override in them cannot reorder the record. */}
        {name && (
          <p class="record-name">
            <bdi>{name}</bdi>
          </p>
        )}
        <p>
          {name ? 'has completed ' : 'Completed: '}
          <strong>{course.title}</strong>
        </p>
        <dl>
          <dt>Version</dt>
          <dd>{course.version}</dd>
          <dt>Completed on</dt>
          {/* '' is a completion the LMS holds without its date (an older version's record): never today's date instead. */}
          <dd>
            {completedOn
              ? formatDate(completedOn, course.language)
              : completedOn === ''
                ? 'as recorded by your learning system'
                : 'not yet'}
          </dd>
          {progress.bestScore !== null && (
            <>
              <dt>Assessment score</dt>
              <dd>
                {progress.bestScore}% (pass mark {passMark}%)
              </dd>
            </>
          )}
          {code && (
            <>
              <dt>Learner ID</dt>
              <dd>
                <bdi>{learner.id}</bdi>
              </dd>
              <dt>Verification code</dt>
              <dd class="record-code">{code}</dd>
            </>
          )}
        </dl>
        {code && <p class="record-note">Your organisation can check this record against its learning system with the verification code.</p>}
      </section>
      <div class="no-print">
        <button type="button" class="button button-primary" onClick={onExit}>
          Leave the course
        </button>
        <button type="button" class="button" onClick={print}>
          Print this record
        </button>
      </div>
    </>
  );
}
