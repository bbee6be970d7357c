// The column headers Moodle 4.x writes in its SCORM report, gradebook and activity completion downloads (English).

/**
 * Moodle 4.x `mod/scorm/report/{basic,interactions}/classes/report.php` headers (English language pack):
 * `get_string('name')`, the site's identity fields, `Attempt`, `Started on`, `Last accessed on`, `Score`,
 * one column per launchable SCO titled with the SCO title, then the interactions report's
 * `Question N` / `Response N` / `Right answer N` / `Result N` (N from 0).
 */
export const MOODLE_REQUIRED = ['Name', 'Attempt', 'Started on', 'Last accessed on', 'Score'] as const;
/** `core_user\fields::get_display_name()` for the identity fields the report uses. */
export const MOODLE_IDENTITY = {
  idNumber: 'ID number',
  email: 'Email address',
  username: 'Username',
  department: 'Department',
  institution: 'Institution',
} as const;

/** Moodle's gradebook export column headers (English), `grade_export_userprofilefields` order. */
export const GRADEBOOK = {
  firstName: 'First name',
  lastName: 'Last name',
  downloaded: 'Last downloaded from this course',
  scorm: /^SCORM package: (.+) \((Real|Percentage)\)$/,
} as const;
