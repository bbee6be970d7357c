// Calm, non-modal notices about where progress is kept and whether the LMS has it (never an error dialog).
import { useEffect, useState } from 'preact/hooks';
import type { PlayerSession, SaveStatus } from '../runtime/session.ts';
import type { RestorePart } from '../runtime/suspend-codec.ts';

const MESSAGES: Partial<Record<SaveStatus, string>> = {
  retrying: 'Your progress has not reached the learning system yet. We are trying again: please keep this window open.',
  failed:
    'Your progress could not be saved to the learning system. Keep this window open and try again in a moment; if this keeps happening, tell your learning system administrator.',
};

/** Each part of the saved progress as the learner knows it. */
const LOST: Record<RestorePart, string> = {
  pages: 'the pages you had read',
  checks: 'your knowledge-check answers',
  assessment: 'your assessment attempt',
  result: 'your assessment result',
  location: 'where you were',
};

/** How a learner gets an attempt that counts: said wherever the LMS has opened one that does not (Moodle: review). */
export const NEW_ATTEMPT =
  'For a result that counts, close the course and start a new attempt in your learning system (in Moodle: tick “Start a new attempt”, then “Enter”).';

export function SaveNotice({ session }: { session: PlayerSession }) {
  const [status, setStatus] = useState<SaveStatus>('saved');
  useEffect(() => session.onStatus(setStatus), [session]);
  const message = MESSAGES[status];
  return (
    <div class="notices no-print">
      {session.transport === 'standalone' && (
        <p class="notice">This course is not connected to a learning system: your progress is saved in this browser only.</p>
      )}
      {session.readFailed ? (
        <p class="notice notice-warning">
          Your learning system did not give us your saved progress this time. Your earlier progress is kept safe there, and nothing you do
          in this visit is saved over it. Close the course and open it again later to carry on where you left off; if this keeps happening,
          tell your learning system administrator.
        </p>
      ) : session.finishedBefore ? (
        <p class="notice">
          You have completed this course: your learning system keeps that result. You can read any page again; nothing you do now changes
          your record.
        </p>
      ) : session.mode === 'browse' ? (
        <p class="notice">
          This is a preview: nothing you do here is recorded or saved. To do the training, close the preview and open the course normally
          (in Moodle: “Enter”).
        </p>
      ) : (
        !session.recording && <p class="notice">This visit is not recorded: your result stays as it is. {NEW_ATTEMPT}</p>
      )}
      {session.restoreLost.length > 0 && !session.readFailed && (
        <p class="notice">
          Part of your saved progress could not be restored ({session.restoreLost.map((part) => LOST[part]).join(', ')}), so you may need to
          do it again. Everything else is as you left it.
        </p>
      )}
      {/* role=status is always present so a change of save state is announced politely (WCAG 4.1.3). */}
      <div role="status">{message && <p class="notice notice-warning">{message}</p>}</div>
    </div>
  );
}
