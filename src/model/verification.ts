// The verification code on the record of completion: the player prints it, the completion report recomputes it
// from LMS data, and build/report/README.md says how an IG officer can recompute it by hand.
import { sha256Hex } from './sha256.ts';

export interface RecordFacts {
  /** The id the LMS gives the learner: 1.2 cmi.core.student_id, 2004 cmi.learner_id (Moodle: the username). */
  learnerId: string;
  courseId: string;
  version: string;
  /** YYYY-MM-DD */
  completedOn: string;
}

/** The exact text that is hashed: the four facts joined by "|", e.g. `lrner|maisp|1.0.0|2025-06-14`. */
export function verificationText(facts: RecordFacts): string {
  return [facts.learnerId, facts.courseId, facts.version, facts.completedOn].join('|');
}

/**
 * The first 12 hex digits of the text's SHA-256, upper case, in groups of four: `3F9A-01BC-77D2`.
 * Hex, not a denser alphabet, so any SHA-256 tool (sha256sum, PowerShell's Get-FileHash) reproduces it.
 */
export function verificationCode(facts: RecordFacts): string {
  return sha256Hex(verificationText(facts))
    .slice(0, 12)
    .toUpperCase()
    .replace(/(.{4})(?!$)/g, '$1-');
}
