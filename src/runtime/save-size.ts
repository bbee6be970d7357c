// The size of a SCORM save as Moodle posts it, the worst case this course can reach (npm run bench, tests), and how
// many attempts' answers the LMS record can hold within that.
//
// Moodle 4.5's API (mod/scorm/datamodels/scorm_13.js, CollectData) re-sends every writable element the attempt holds
// on every Commit and at Terminate, as `&name=value` with dots in the name written "__" and the value URI-encoded.
// At page unload that body goes out as navigator.sendBeacon, which Chromium refuses over 64 KB (SCORM.md).

import { isMultipleSelect, type Course, type Question } from '../model/course.ts';
import type { InteractionReport, LaunchData } from './adapter.ts';
import { scorm12 } from './cmi12.ts';
import { scorm2004 } from './cmi2004.ts';
import type { Dialect } from './dialect.ts';
import { answeredQuestions, InteractionIndex, interactionFields, routeInteraction } from './interactions.ts';
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

/** What the course keeps its whole saved state under, with room for what an LMS adds of its own. */
export const SAVE_BUDGET = 60_000;

/** The most attempts whose answers are ever recorded as interactions, whatever the bank (see recordedAttempts). */
export const MAX_RECORDED_ATTEMPTS = 5;

/**
 * The longest save this course can cause: every page seen, the longest answers to the bank's longest questions in
 * each of `attempts` recorded attempts (one record per question per attempt), the longest ids and times, and
 * adl.nav.request. `attempts` defaults to the course's recordedAttempts.
 */
export function worstCaseSaveSize(course: Course, attempts = course.assessment.recordedAttempts ?? 1): number {
  return MOODLE_OVERHEAD + Math.max(...DIALECTS.map((d) => moodlePostSize(worstCaseSaveValues(course, d, attempts))));
}

/** The worst-case save as Moodle's unload beacon (its own five parameters and total_time included). */
export function worstCaseBeaconSize(course: Course, attempts = course.assessment.recordedAttempts ?? 1): number {
  const own: [string, string][] = ['id', 'a', 'sesskey', 'attempt', 'scoid'].map((k) => [k, '9999999999']);
  return Math.max(
    ...DIALECTS.map((d) =>
      moodleBeaconSize([...own, ['cmi.total_time', 'P9999DT23H59M59.99S'], ...worstCaseSaveValues(course, d, attempts)]),
    ),
  );
}

/**
 * How many assessment attempts a learner's LMS record holds answers for: the most (up to MAX_RECORDED_ATTEMPTS, at
 * least 1) whose worst-case save stays within SAVE_BUDGET on both SCORM versions. Moodle re-sends every element on
 * every save and its unload save is a beacon Chromium refuses over 64 KB (SCORM.md), so records cannot grow with
 * unlimited attempts. The session records attempts before the last slot as they come, and the passing one always.
 */
export function recordedAttempts(course: Course): number {
  let n = 1;
  while (n < MAX_RECORDED_ATTEMPTS && worstCaseBeaconSize(course, n + 1) <= SAVE_BUDGET) n++;
  return n;
}

const DIALECTS = [scorm12, scorm2004];

/** The widest timestamp an interaction record can carry: the worst case for its size. */
const LATEST = Date.UTC(2099, 11, 31, 23, 59, 59);

export function worstCaseSaveValues(course: Course, dialect: Dialect, attempts: number): [string, string][] {
  const progress = worstCaseProgress(course);
  const { bank, draw } = course.assessment;
  // The questions whose records are longest: most options, longest option ids.
  const size = (q: Question): number => longest(q).join(',').length + q.id.length + 2 * q.options.length;
  const heaviest = [...bank].sort((a, b) => size(b) - size(a)).slice(0, Math.min(draw, bank.length));
  const slots = new InteractionIndex([], 0);
  const interactions: InteractionReport[] = [];
  for (let n = 1; n <= attempts; n++) {
    const attempt = {
      number: n,
      drawn: heaviest.map((q) => q.id),
      answers: Object.fromEntries(heaviest.map((q) => [q.id, { selected: longest(q), checked: true }])),
      score: 0,
    };
    for (const a of answeredQuestions(course, { ...progress, assessment: attempt }, false))
      interactions.push({ ...interactionFields(a), index: slots.place(a.id), at: LATEST, result: false });
  }
  // The test-out route's record (a learner who tested out and failed, then retook the assessment).
  const route = routeInteraction(progress);
  if (route) interactions.push({ ...route, index: slots.place(route.id), at: LATEST });
  const launch: LaunchData = {
    learner: { id: '', name: '' },
    mode: 'normal',
    entry: 'resume',
    credit: true,
    masteryScore: null,
    suspendData: '',
    recorded: { completed: false, passed: false, score: null, untouched: false },
    interactionCount: interactions.length,
    interactionIds: [],
    objectiveIds: [],
  };
  let objectives = 0;
  const report = buildReport({ course, progress, launch, passMark: 100, interactions, objectiveIndex: () => objectives++ });
  const values = dialect.toCmi({ ...report, sessionMs: 9999 * 3_600_000, success: 'unknown', completion: 'incomplete' });
  // The objectives' longest states, whatever the progress said.
  const longestStates = values.map(([e, v]): [string, string] =>
    e.startsWith('cmi.objectives') && /\.(completion_status|status)$/.test(e) ? [e, 'not attempted'] : [e, v],
  );
  return [...longestStates, dialect.navRequest ?? ['', '']];
}

/** A single-choice answer is one option, the longest; a multiple-choice one can be all of them. */
function longest(q: Question): string[] {
  const ids = q.options.map((o) => o.id);
  return isMultipleSelect(q) ? ids : [ids.reduce((a, b) => (b.length > a.length ? b : a), '')];
}
