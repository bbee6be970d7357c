// `npm run verify-code`: the code the player prints (and sha256sum gives) matches whatever its case and spacing, a
// wrong one fails with exit code 1 without ever printing the right code, and bad input is explained.
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { verifyCommand } from '../../build/cli/verify-code-command.ts';
import { MATCH_MEANS } from '../../build/report/verify-code.ts';

const course = () => ({ courseId: 'maisp', version: '1.0.0' });
const hex = createHash('sha256').update('lrner|maisp|1.0.0|2026-11-22').digest('hex').toUpperCase();
const CODE = `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;

describe('verify-code', () => {
  test('a match says what it shows and what it does not, and prints no code of its own', () => {
    const { output, exitCode } = verifyCommand(['lrner', '2026-11-22', CODE], course);
    expect(exitCode).toBe(0);
    expect(output).toBe(
      `Match: the code on the record (${CODE}) fits learner ID lrner, maisp version 1.0.0, completed on 2026-11-22.\n${MATCH_MEANS}`,
    );
    expect(MATCH_MEANS).toContain('It does not prove who made the record');
  });

  test('--course-id and --version replace the course’s own (a record of an older version)', () => {
    const old = createHash('sha256').update('lrner|maisp|0.9.0|2026-11-22').digest('hex').slice(0, 12);
    const { output, exitCode } = verifyCommand(['lrner', '2026-11-22', old, '--course-id', 'maisp', '--version', '0.9.0'], () => {
      throw new Error('the course is not read when both are given');
    });
    expect(output).toMatch(/^Match: .* maisp version 0\.9\.0,/);
    expect(exitCode).toBe(0);
  });

  test.for<[string]>([[CODE], [CODE.toLowerCase()], [CODE.replace(/-/g, ' ')], [CODE.replace(/1/g, 'l')]])(
    'a record showing %j matches (exit 0)',
    ([printed]) => {
      const { output, exitCode } = verifyCommand(['lrner', '2026-11-22', ...printed.split(' ')], course);
      expect(output).toMatch(/^Match: /);
      expect(exitCode).toBe(0);
    },
  );

  test('a code for another date does not match (exit 1), and the output holds no other code', () => {
    const { output, exitCode } = verifyCommand(['lrner', '2026-11-23', CODE], course);
    expect(output).toMatch(/^No match: /);
    expect(exitCode).toBe(1);
    const right = createHash('sha256').update('lrner|maisp|1.0.0|2026-11-23').digest('hex').toUpperCase();
    expect(output.toUpperCase().replace(/[\s-]/g, '')).not.toContain(right.slice(0, 12));
    expect(output.replace(CODE, '')).not.toMatch(/[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/);
  });

  test.for<[string[]]>([[['lrner']], [['lrner', '2026-11-22']], [['lrner', '22/11/2026', CODE]]])(
    '%j is explained with the usage (exit 2)',
    ([argv]) => {
      const { output, exitCode } = verifyCommand(argv, course);
      expect(output).toContain('usage: npm run verify-code');
      expect(exitCode).toBe(2);
    },
  );
});
