// Parses the cell values LMS exports write: dates, scores, durations, statuses and interaction results.

import type { DateOrder, LearnerStatus } from '../0-shared/types.ts';

/** A parsed cell: a value (null when the cell is blank or Moodle's "-"), or an error to report. */
export type Parsed<T> = { ok: true; value: T | null } | { ok: false; error: string };

const blank = (s: string): boolean => s.trim() === '' || s.trim() === '-';

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

function isoDate(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A calendar date as YYYY-MM-DD. Accepts ISO 8601 (with or without a time), Moodle's `userdate()` text
 * (`Tuesday, 4 March 2025, 2:30 PM`, the English `strftimedaydatetime` the text download uses, and
 * `4 March 2025, 2:30 PM`, the `strftimedatetime` of its Excel/ODS downloads) and numeric d/m/y or m/d/y.
 * The time of day is dropped: the report counts days and months, and Moodle writes it in the viewer's zone.
 */
export function parseDate(raw: string, order: DateOrder = 'dmy'): Parsed<string> {
  const s = raw.trim();
  if (blank(s)) return { ok: true, value: null };
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) return fromParts(s, Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(?:[A-Za-z]+,\s*)?(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm])?)?$/.exec(s);
  if (m) {
    const month = MONTHS[(m[2] ?? '').toLowerCase()];
    if (month !== undefined) return fromParts(s, Number(m[3]), month, Number(m[1]));
  }
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm])?)?$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return order === 'dmy' ? fromParts(s, Number(m[3]), b, a) : fromParts(s, Number(m[3]), a, b);
  }
  return { ok: false, error: `unreadable date "${s}"` };
}

function fromParts(s: string, y: number, mo: number, d: number): Parsed<string> {
  const v = isoDate(y, mo, d);
  return v === null ? { ok: false, error: `no such date "${s}"` } : { ok: true, value: v };
}

/**
 * A score in percent. Accepts `85`, `85.5`, `85%`, and Moodle's SCO cell `score_raw/score_max` (`17/20`).
 * `scale: 1` reads 0–1 values (SCORM 2004 `score.scaled`) as fractions.
 */
export function parseScore(raw: string, scale: 1 | 100 = 100): Parsed<number> {
  const s = raw.trim();
  if (blank(s)) return { ok: true, value: null };
  let m = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(s);
  if (m) {
    const max = Number(m[2]);
    if (max <= 0) return { ok: false, error: `score "${s}" has a zero maximum` };
    return inRange(s, (Number(m[1]) / max) * 100);
  }
  m = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(s);
  if (m) return inRange(s, scale === 1 && m[2] === '' ? Number(m[1]) * 100 : Number(m[1]));
  return { ok: false, error: `unreadable score "${s}"` };
}

function inRange(s: string, v: number): Parsed<number> {
  if (!(v >= 0 && v <= 100)) return { ok: false, error: `score "${s}" is outside 0–100` };
  return { ok: true, value: Math.round(v * 100) / 100 };
}

/** Time spent in seconds from plain seconds, `H:MM:SS` (SCORM 1.2 `cmi.core.total_time`) or ISO 8601 (`PT1H5M`, 2004). */
export function parseDuration(raw: string): Parsed<number> {
  const s = raw.trim();
  if (blank(s)) return { ok: true, value: null };
  if (/^\d+(?:\.\d+)?$/.test(s)) return { ok: true, value: Math.round(Number(s)) };
  let m = /^(\d{1,4}):([0-5]\d):([0-5]\d)(?:\.\d{1,2})?$/.exec(s);
  if (m) return { ok: true, value: Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) };
  m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(s);
  if (m && s !== 'P' && !s.endsWith('T')) {
    const [d, h, mi, se] = [m[1], m[2], m[3], m[4]].map((x) => Number(x ?? 0)) as [number, number, number, number];
    return { ok: true, value: Math.round(d * 86400 + h * 3600 + mi * 60 + se) };
  }
  return { ok: false, error: `unreadable time spent "${s}"` };
}

/** Status words of SCORM 1.2 `lesson_status`, 2004 `completion_status`/`success_status` and Moodle's English labels. */
const STATUS_WORDS: Record<string, LearnerStatus> = {
  passed: 'passed',
  pass: 'passed',
  completed: 'completed',
  complete: 'completed',
  failed: 'failed',
  fail: 'failed',
  incomplete: 'incomplete',
  'in progress': 'incomplete',
  started: 'incomplete',
  unknown: 'incomplete',
  browsed: 'browsed',
  'not attempted': 'not-attempted',
  'not started': 'not-attempted',
  notattempted: 'not-attempted',
  'not-attempted': 'not-attempted',
};

/** A status word; `extra` holds an agency's own words from its column-mapping file. */
export function parseStatus(raw: string, extra: Record<string, LearnerStatus> = {}): Parsed<LearnerStatus> {
  const s = raw.trim().toLowerCase();
  if (blank(s)) return { ok: true, value: null };
  const v = extra[s] ?? STATUS_WORDS[s];
  return v === undefined ? { ok: false, error: `unknown status "${raw.trim()}"` } : { ok: true, value: v };
}

/** An interaction result: 1.2 writes `correct`/`wrong`, 2004 `correct`/`incorrect`; other values (`neutral`, numbers) are not scored. */
export function parseResult(raw: string): Parsed<boolean> {
  const s = raw.trim().toLowerCase();
  if (blank(s)) return { ok: true, value: null };
  if (s === 'correct') return { ok: true, value: true };
  if (s === 'wrong' || s === 'incorrect') return { ok: true, value: false };
  return { ok: false, error: `result "${raw.trim()}" is neither correct nor wrong/incorrect` };
}
