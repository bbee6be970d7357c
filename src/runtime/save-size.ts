// The size of a SCORM 2004 save as Moodle posts it, and the worst case this course can reach (npm run bench, tests).
//
// Moodle 4.5's API (mod/scorm/datamodels/scorm_13.js, CollectData) re-sends every writable element the attempt holds
// on every Commit and at Terminate, as `&name=value` with dots in the name written "__" and the value URI-encoded.
// At page unload that body goes out as navigator.sendBeacon, which Chromium refuses over 64 KB (SCORM.md).

import { isMultipleSelect, type Course, type Question } from '../model/course.ts';
import type { InteractionReport, LaunchData } from './adapter.ts';
import { scorm2004 } from './cmi2004.ts';
import { answeredQuestions, InteractionIndex, interactionFields } from './interactions.ts';
import { buildReport } from './report.ts';
import { worstCaseProgress } from './suspend-codec.ts';

/** Chromium's limit on a beacon's body (the whole unload save in Moodle). */
export const BEACON_LIMIT = 65536;

/** `&cmi__interactions__0__id=...` for each element, as Moodle's CollectData builds its POST body. */
export function moodlePostSize(values: Iterable<[string, string]>): number {
  let size = 0;
  for (const [element, value] of values) size += `&${element.replace(/\./g, '__')}=${encodeURIComponent(value)}`.length;
  return size;
}

/**
 * The same save as Chromium sends Moodle's unload beacon: multipart/form-data, one part per element (measured in
 * Moodle 4.5.6: a 17,861 B post was a 51,834 B beacon). Each part is a 40-character boundary line, a
 * Content-Disposition header naming the element, a blank line and the raw value, with CRLFs; then a closing line.
 */
export function moodleBeaconSize(values: Iterable<[string, string]>): number {
  const encoder = new TextEncoder();
  let size = 44;
  for (const [element, value] of values) size += 88 + element.replace(/\./g, '__').length + encoder.encode(value).length;
  return size;
}

/** Moodle's own parameters (id, a, sesskey, attempt, scoid) with generous widths, plus total_time added at Terminate. */
const MOODLE_OVERHEAD = 'id=999999&a=999999&sesskey=xxxxxxxxxx&attempt=9999&scoid=999999&cmi__total_time=P9999DT23H59M59.99S'.length;

/**
 * The longest save this course can cause: every page seen, every question answered with its longest answer, every
 * bank question drawn at some attempt (each keeps one record), the longest ids and times, and adl.nav.request.
 */
export function worstCaseSaveSize(course: Course): number {
  const values = worstCaseSaveValues(course);
  return MOODLE_OVERHEAD + moodlePostSize(values);
}

/** The worst-case save as Moodle's unload beacon (its own five parameters and total_time included). */
export function worstCaseBeaconSize(course: Course): number {
  const own: [string, string][] = ['id', 'a', 'sesskey', 'attempt', 'scoid'].map((k) => [k, '9999999999']);
  return moodleBeaconSize([...own, ['cmi.total_time', 'P9999DT23H59M59.99S'], ...worstCaseSaveValues(course)]);
}

export function worstCaseSaveValues(course: Course): [string, string][] {
  const progress = worstCaseProgress(course);
  const everything = { ...progress.assessment!, drawn: course.assessment.bank.map((q) => q.id) };
  everything.answers = Object.fromEntries(course.assessment.bank.map((q) => [q.id, { selected: longest(q), checked: true }]));
  const slots = new InteractionIndex([], 0);
  const interactions: InteractionReport[] = answeredQuestions(course, { ...progress, assessment: everything }, false).map((a) => {
    const { index, id } = slots.place(a.id);
    return { ...interactionFields(a), id, index, at: Date.UTC(2099, 11, 31, 23, 59, 59), result: false };
  });
  const launch: LaunchData = {
    learner: { id: '', name: '' },
    mode: 'normal',
    entry: 'resume',
    credit: true,
    masteryScore: null,
    suspendData: '',
    recorded: { completed: false, passed: false, score: null },
    interactionCount: interactions.length,
    interactionIds: [],
    objectiveIds: [],
  };
  let objectives = 0;
  const report = buildReport({ course, progress, launch, passMark: 100, interactions, objectiveIndex: () => objectives++ });
  const values = scorm2004.toCmi({ ...report, sessionMs: 9999 * 3_600_000, success: 'unknown', completion: 'incomplete' });
  // The objectives' longest states, whatever the progress said.
  const longestStates = values.map(([e, v]): [string, string] =>
    e.endsWith('.completion_status') && e.startsWith('cmi.objectives') ? [e, 'not attempted'] : [e, v],
  );
  return [...longestStates, scorm2004.navRequest(report) ?? ['', '']];
}

/** A single-choice answer is one option, the longest; a multiple-choice one can be all of them. */
function longest(q: Question): string[] {
  const ids = q.options.map((o) => o.id);
  return isMultipleSelect(q) ? ids : [ids.reduce((a, b) => (b.length > a.length ? b : a), '')];
}
