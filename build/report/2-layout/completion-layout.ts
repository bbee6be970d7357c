// Recognises Moodle's activity completion download (Course > Reports > Activity completion) and picks the SCORM activity from it.

import { decodeMoodleText } from '../1-decode/moodle-text.ts';
import { MOODLE_IDENTITY } from './moodle-headers.ts';

/**
 * `report/progress/index.php?format=csv` (UTF-8, comma) or `format=excelcsv` (UTF-16LE with a BOM, tab): an empty
 * first header cell over the learners' full names, the site's identity fields ("Show user identity"), then two
 * columns per activity, its name (`format_string`, so `&` arrives as `&amp;`) and an empty header over the date
 * of the completion state (`2026-11-22 10:48:01`). Cells are not HTML-escaped; `"` in a value is written as `'`.
 */
export interface CompletionColumns {
  name: number;
  idNumber?: number;
  email?: number;
  username?: number;
  department?: number;
  institution?: number;
  /** The chosen activity's state column (`Completed`, `Not completed`, …) and the date column after it. */
  state: number;
  date: number;
  activity: string;
}

export type CompletionLayout =
  { kind: 'completion'; cols: CompletionColumns; warnings: string[] } | { kind: 'missing'; layout: string; missing: string[] };

/** The activity columns of a completion download: pairs of a name and an empty header, read from the end. */
function activityPairs(h: string[]): { name: string; at: number }[] | null {
  if (h.length < 3 || h[0] !== '') return null;
  const pairs: { name: string; at: number }[] = [];
  let i = h.length - 2;
  while (i >= 1 && h[i + 1] === '' && h[i] !== '') {
    pairs.unshift({ name: decodeMoodleText(h[i] ?? ''), at: i });
    i -= 2;
  }
  // What is left between the name column and the first activity are identity fields, each with a heading.
  if (pairs.length === 0 || h.slice(1, i + 2).some((x) => x === '')) return null;
  return pairs;
}

/** Whether a header is Moodle's activity completion download (checked before the generic layouts). */
export const isCompletionHeader = (h: string[]): boolean => activityPairs(h) !== null;

/**
 * The columns, with the activity to read: the only one, or the one named after the course (an edition's default
 * activity name is its manifest title, `<course title>: <agency>`). The report's "Include" filter cuts the
 * download down to SCORM packages.
 */
export function completionLayout(h: string[], courseTitle: string): CompletionLayout {
  const pairs = activityPairs(h) ?? [];
  const named = pairs.filter((p) => p.name === courseTitle || p.name.startsWith(`${courseTitle}:`) || p.name.startsWith(`${courseTitle} `));
  const chosen = pairs.length === 1 ? pairs[0] : named[0];
  const names = pairs.map((p) => `"${p.name}"`).join(', ');
  if (!chosen) {
    return {
      kind: 'missing',
      layout: 'Moodle activity completion download',
      missing: [
        `an activity named after the course "${courseTitle}" (it lists ${names}) — in Course > Reports > Activity completion ` +
          'set "Include" to "SCORM package" so the download holds only the SCORM activity',
      ],
    };
  }
  const warnings: string[] = [];
  if (named.length > 1) {
    warnings.push(
      `the activity completion download has ${named.length} activities named after the course (${named.map((p) => `"${p.name}"`).join(', ')}); ` +
        `only "${chosen.name}" is read. Download the report once per SCORM activity, or name each edition's activity apart`,
    );
  }
  warnings.push(
    'the activity completion download has no scores and no answers: who completed and when are read from it, but ' +
      'scores need the gradebook or the SCORM basic report, and question figures the interactions report',
  );
  const opt = (name: string): number | undefined => {
    const i = h.indexOf(name);
    return i > 0 && i < (pairs[0]?.at ?? 0) ? i : undefined;
  };
  return {
    kind: 'completion',
    warnings,
    cols: {
      name: 0,
      idNumber: opt(MOODLE_IDENTITY.idNumber),
      email: opt(MOODLE_IDENTITY.email),
      username: opt(MOODLE_IDENTITY.username),
      department: opt(MOODLE_IDENTITY.department),
      institution: opt(MOODLE_IDENTITY.institution),
      state: chosen.at,
      date: chosen.at + 1,
      activity: chosen.name,
    },
  };
}
