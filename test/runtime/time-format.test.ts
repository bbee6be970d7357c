// Tests the exact SCORM time formats, including the values scorm-again wrongly accepts.

import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { formatIsoDuration, formatIsoTimestamp, formatScorm12Clock, formatScorm12Duration } from '../../src/runtime/time-format.ts';

describe('SCORM 1.2 CMITimespan', () => {
  test.for([
    [0, '00:00:00.00'],
    [5_200, '00:00:05.20'],
    [59_999, '00:01:00.00'],
    [3_600_000, '01:00:00.00'],
    [3_723_450, '01:02:03.45'],
    [360_000_000, '100:00:00.00'],
    [1e12, '9999:59:59.99'],
    [-5, '00:00:00.00'],
  ] as const)('%s ms -> %s', ([ms, text]) => expect(formatScorm12Duration(ms)).toBe(text));
  test('always matches HHHH:MM:SS.SS with minutes and seconds under 60', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4e10 }), (ms) => {
        const m = /^(\d{2,4}):(\d{2}):(\d{2})\.\d{2}$/.exec(formatScorm12Duration(ms));
        expect(m).not.toBe(null);
        expect(Number(m![2])).toBeLessThan(60);
        expect(Number(m![3])).toBeLessThan(60);
      }),
    );
  });
});

describe('SCORM 2004 timeinterval (ISO 8601)', () => {
  test.for([
    [0, 'PT0S'],
    [5_200, 'PT5.2S'],
    [5_250, 'PT5.25S'],
    [60_000, 'PT1M0S'],
    [3_723_450, 'PT1H2M3.45S'],
    [90_000_000, 'PT25H0S'],
  ] as const)('%s ms -> %s', ([ms, text]) => expect(formatIsoDuration(ms)).toBe(text));
  test('never PT alone, never more than 2 decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4e10 }), (ms) => {
        expect(formatIsoDuration(ms)).toMatch(/^PT(\d+H)?(\d+M)?\d+(\.\d{1,2})?S$/);
      }),
    );
  });
});

describe('clock times', () => {
  test('1.2 time is HH:MM:SS and 2004 timestamp is YYYY-MM-DDThh:mm:ss, both local', () => {
    const t = new Date(2026, 4, 1, 9, 5, 7).getTime();
    expect(formatScorm12Clock(t)).toBe('09:05:07');
    expect(formatIsoTimestamp(t)).toBe('2026-05-01T09:05:07');
  });
});
