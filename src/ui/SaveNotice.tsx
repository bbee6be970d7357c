// Calm, non-modal notices about where progress is kept and whether the LMS has it (never an error dialog).
import { useEffect, useState } from 'preact/hooks';
import type { PlayerSession, SaveStatus } from '../runtime/session.ts';

const MESSAGES: Partial<Record<SaveStatus, string>> = {
  retrying: 'Your progress has not reached the learning system yet. We are trying again: please keep this window open.',
  failed:
    'Your progress could not be saved to the learning system. Keep this window open and try again in a moment; if this keeps happening, tell your learning system administrator.',
};

/** How a learner gets an attempt that counts: said wherever the LMS has opened one that does not (Moodle: review). */
export const NEW_ATTEMPT =
  'To get a result that counts, close the course and start a new attempt from its page in your learning system (in Moodle: tick “Start a new attempt”, then choose “Enter”).';

export function SaveNotice({ session }: { session: PlayerSession }) {
  const [status, setStatus] = useState<SaveStatus>('saved');
  useEffect(() => session.onStatus(setStatus), [session]);
  const message = MESSAGES[status];
  return (
    <div class="notices no-print">
      {session.transport === 'standalone' && (
        <p class="notice">This course is not connected to a learning system: your progress is saved in this browser only.</p>
      )}
      {!session.recording && (
        <p class="notice">
          Your learning system has opened this course for review: nothing you do now is recorded, and your recorded result will not change.{' '}
          {NEW_ATTEMPT}
        </p>
      )}
      {session.finishedBefore && (
        <p class="notice">You have already completed this course, and your learning system keeps that result whatever you do now.</p>
      )}
      {/* role=status is always present so a change of save state is announced politely (WCAG 4.1.3). */}
      <div role="status">{message && <p class="notice notice-warning">{message}</p>}</div>
    </div>
  );
}
