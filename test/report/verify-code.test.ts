// `npm run verify-code`: the code it prints is the one the player prints (and sha256sum gives), a code read off
// paper is matched whatever its case and spacing, a wrong one fails with exit code 1, and bad input is explained.
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { verifyCommand } from '../../build/cli/verify-code-command.ts';

const course = () => ({ courseId: 'maisp', version: '1.0.0' });
const hex = createHash('sha256').update('lrner|maisp|1.0.0|2026-11-22').digest('hex').toUpperCase();
const CODE = `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;

describe('verify-code', () => {
  test('prints the hashed text and the code for learner id and date, with course id and version from the course', () => {
    const { output, exitCode } = verifyCommand(['lrner', '2026-11-22'], course);
    expect(exitCode).toBe(0);
    expect(output).toContain('Text hashed (SHA-256): lrner|maisp|1.0.0|2026-11-22');
    expect(output).toContain(`Verification code:     ${CODE}`);
  });

  test('--course-id and --version replace the course’s own (a record of an older version)', () => {
    const { output } = verifyCommand(['lrner', '2026-11-22', '--course-id', 'maisp', '--version', '0.9.0'], () => {
      throw new Error('the course is not read when both are given');
    });
    expect(output).toContain('lrner|maisp|0.9.0|2026-11-22');
  });

  test.for<[string]>([[CODE], [CODE.toLowerCase()], [CODE.replace(/-/g, ' ')]])('a record showing %j matches (exit 0)', ([printed]) => {
    const { output, exitCode } = verifyCommand(['lrner', '2026-11-22', ...printed.split(' ')], course);
    expect(output).toContain('matches');
    expect(exitCode).toBe(0);
  });

  test('a code for another date does not match (exit 1)', () => {
    const { output, exitCode } = verifyCommand(['lrner', '2026-11-23', CODE], course);
    expect(output).toContain('does NOT match');
    expect(exitCode).toBe(1);
  });

  test.for<[string[]]>([[['lrner']], [['lrner', '22/11/2026']]])('%j is explained with the usage (exit 2)', ([argv]) => {
    const { output, exitCode } = verifyCommand(argv, course);
    expect(output).toContain('usage: npm run verify-code');
    expect(exitCode).toBe(2);
  });
});
