// Notes for the identity columns a Moodle download lacks: they change how learners are matched and grouped, not which rows are read.

import type { Layout } from './layouts.ts';

/** Where a Moodle administrator adds a field to the download, by layout. */
const WHERE = {
  report: 'Site administration > Users > Permissions > User policies > Show user identity',
  gradebook: 'Site administration > Grades > General settings > Grade export user profile fields',
} as const;

/**
 * Missing-column notes for a Moodle SCORM report, gradebook or activity completion download. Without "ID number"
 * learners are keyed by email address, so read with a download that has ID numbers (the gradebook has them by
 * default, the SCORM reports do not) the same person would count twice. Without "Institution", and with no
 * agency given for the file, its learners fall under "(no agency given)".
 */
export function identityNotes(layout: Layout, agencyGiven: boolean): string[] {
  if (layout.kind !== 'moodle' && layout.kind !== 'gradebook' && layout.kind !== 'completion') return [];
  const where = layout.kind === 'gradebook' ? WHERE.gradebook : WHERE.report;
  const notes: string[] = [];
  if (layout.cols.idNumber === undefined) {
    notes.push(
      `this download has no "ID number" column, so its learners are matched to the other downloads by email address ` +
        `(a learner nothing links is listed under "Could not match" and not counted). To avoid that, ask your Moodle ` +
        `administrator to add "ID number" to ${where} and download again`,
    );
  }
  if (layout.cols.institution === undefined && !agencyGiven) {
    notes.push(
      `this download has no "Institution" column and no agency was given for it, so its learners are counted under ` +
        `"(no agency given)". Give the agency for the file (the box beside it on the report page), or add "Institution" to ${where}`,
    );
  }
  return notes;
}
