// What differs between SCORM 1.2 and 2004 for the shared transport: element names, vocabularies and formats.

import type { LaunchData, Report } from './adapter.ts';

export interface Dialect {
  version: 'scorm12' | 'scorm2004';
  /**
   * Reads the launch data through `get` (which returns '' for an unset or unsupported element) and `count`
   * (a `_count` value, or null when the LMS does not implement that collection).
   */
  readLaunch(get: (element: string) => string, count: (element: string) => number | null): LaunchData;
  /** The report as CMI element/value pairs, in the order they must be set (score before status), session time last. */
  toCmi(report: Report): Array<[string, string]>;
  /** What to set before Terminate when the learner leaves by the course's own exit; null where there is none (1.2). */
  navRequest: [string, string] | null;
  /** The status that marks a browse-mode visit, so the LMS does not record it as done; null where there is none (2004). */
  browsed: [string, string] | null;
}

/**
 * The most entries of a collection (`cmi.interactions._count`, `cmi.objectives._count`) believed from an LMS. Each is read
 * back one call at a time at launch; a course records far fewer (save-size.ts), and an LMS answering Infinity, 2^32 or
 * 1,000,000 is broken: that collection is then left out of the report rather than stopping the course or hanging it.
 */
export const MAX_COUNT = 1000;

/** A `_count` value as a number of entries, or null when it is not a whole number from 0 to MAX_COUNT. */
export function parseCount(text: string): number | null {
  const trimmed = text.trim();
  const n = trimmed === '' ? 0 : Number(trimmed);
  return Number.isInteger(n) && n >= 0 && n <= MAX_COUNT ? n : null;
}

/** Parses a mastery score given in percent or as a 0..1 scale; null when absent or out of range. */
export function parseMastery(text: string, scale: number): number | null {
  if (text.trim() === '') return null;
  const n = Number(text) * scale;
  return Number.isFinite(n) && n >= 0 && n <= 100 ? Math.round(n) : null;
}

export function parseMode(text: string): LaunchData['mode'] {
  return text === 'review' || text === 'browse' ? text : 'normal';
}

export function parseEntry(text: string): LaunchData['entry'] {
  return text === 'resume' || text === 'ab-initio' ? text : '';
}

/** Reads a stored score in percent, only once a status says one was recorded (an unset score answers 403 in 2004). */
export function readScore(get: (element: string) => string, element: string, recorded: boolean): number | null {
  const text = recorded ? get(element) : '';
  return text.trim() === '' || !Number.isFinite(Number(text)) ? null : Number(text);
}

/** Stored objective ids, read once at launch so republished modules keep their index. */
export function readObjectiveIds(get: (element: string) => string, n: number | null): string[] {
  if (n === null) return [];
  return Array.from({ length: n }, (_, i) => get(`cmi.objectives.${i}.id`));
}
