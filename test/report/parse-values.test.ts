// Table tests for the cell parsers: Moodle userdate text, ISO and d/m/y dates, scores, durations, statuses, results.

import { describe, expect, test } from 'vitest';
import { parseDate, parseDuration, parseResult, parseScore, parseStatus } from '../../build/report/3-rows/parse-values.ts';
import { monthsBefore } from '../../build/report/6-figures/dates.ts';

describe('parseDate', () => {
  test.for([
    ['Tuesday, 4 March 2025, 2:30 PM', '2025-03-04'],
    ['4 March 2025, 2:30 PM', '2025-03-04'],
    ['Friday, 11 April 2025, 10:05 AM', '2025-04-11'],
    ['2025-03-04', '2025-03-04'],
    ['2025-03-04T23:10:00Z', '2025-03-04'],
    ['04/03/2025', '2025-03-04'],
    ['4 Sept 2025', '2025-09-04'],
    ['-', null],
    ['', null],
  ])('%j reads as %j', ([raw, expected]) => {
    expect(parseDate(raw as string)).toEqual({ ok: true, value: expected });
  });

  test('month-first order reads 04/03/2025 as 3 April', () => {
    expect(parseDate('04/03/2025', 'mdy')).toEqual({ ok: true, value: '2025-04-03' });
  });

  test.for([
    ['31/02/2025', 'no such date "31/02/2025"'],
    ['yesterday', 'unreadable date "yesterday"'],
    ['Tuesday, 4 Smarch 2025', 'unreadable date "Tuesday, 4 Smarch 2025"'],
  ])('%j is an error: %s', ([raw, error]) => {
    expect(parseDate(raw as string)).toEqual({ ok: false, error });
  });
});

describe('parseScore', () => {
  test.for([
    ['85', 85],
    ['85.5', 85.5],
    ['85%', 85],
    ['17/20', 85],
    ['90/100', 90],
    ['-', null],
  ] as const)('%j reads as %j', ([raw, expected]) => {
    expect(parseScore(raw)).toEqual({ ok: true, value: expected });
  });

  test('scale 1 reads fractions as percentages', () => {
    expect(parseScore('0.88', 1)).toEqual({ ok: true, value: 88 });
  });

  test('out of range and non-numbers are errors', () => {
    expect(parseScore('150')).toEqual({ ok: false, error: 'score "150" is outside 0–100' });
    expect(parseScore('abc')).toEqual({ ok: false, error: 'unreadable score "abc"' });
    expect(parseScore('3/0')).toEqual({ ok: false, error: 'score "3/0" has a zero maximum' });
  });
});

describe('parseDuration', () => {
  test.for([
    ['600', 600],
    ['00:45:00', 2700],
    ['1:02:03.5', 3723],
    ['PT30M', 1800],
    ['P1DT1H', 90000],
    ['PT1.5S', 2],
  ] as const)('%j is %j seconds', ([raw, expected]) => {
    expect(parseDuration(raw)).toEqual({ ok: true, value: expected });
  });

  test.for(['PT', 'P', '00:60:00', 'lots'])('%j is an error', (raw) => {
    expect(parseDuration(raw).ok).toBe(false);
  });
});

describe('parseStatus and parseResult', () => {
  test('Moodle labels and SCORM words normalise; mapping words extend them', () => {
    expect(['Passed', 'Completed', 'Failed', 'Incomplete', 'Not attempted', 'Browsed'].map((s) => parseStatus(s))).toEqual(
      ['passed', 'completed', 'failed', 'incomplete', 'not-attempted', 'browsed'].map((value) => ({ ok: true, value })),
    );
    expect(parseStatus('Done', { done: 'passed' })).toEqual({ ok: true, value: 'passed' });
    expect(parseStatus('finished')).toEqual({ ok: false, error: 'unknown status "finished"' });
  });

  test('1.2 wrong and 2004 incorrect both count as not correct', () => {
    expect([parseResult('correct'), parseResult('wrong'), parseResult('incorrect')]).toEqual(
      [true, false, false].map((value) => ({ ok: true, value })),
    );
    expect(parseResult('neutral').ok).toBe(false);
  });
});

describe('monthsBefore', () => {
  test.for([
    ['2025-06-30', 12, '2024-06-30'],
    ['2025-03-31', 1, '2025-02-28'],
    ['2024-02-29', 12, '2023-02-28'],
    ['2025-01-15', 18, '2023-07-15'],
  ] as const)('%s minus %i months is %s', ([asOf, months, expected]) => {
    expect(monthsBefore(asOf, months)).toBe(expected);
  });
});
