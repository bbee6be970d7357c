// `npm run verify-code`: checks the verification code on a printed record of completion against the learner ID, course
// version and date (build/report/verification-code.md). It says match or no match and what a match shows; it never
// prints the code the course would give, so the checker cannot be used to make a code for a record typed up by hand.
import { codeMatches, MATCH_MEANS } from '../report/verify-code.ts';
import { parseArgs } from './args.ts';

export const USAGE = `usage: npm run verify-code -- <learner id> <completion date YYYY-MM-DD> <code on the record>
                       [--course-id <id>] [--version <x.y.z>]   (default: course/course.yaml's)`;

export interface VerifyResult {
  output: string;
  exitCode: number;
}

/** `defaults` are the course id and version of course/ (read by the caller, so this stays pure). */
export function verifyCommand(argv: string[], defaults: () => { courseId: string; version: string }): VerifyResult {
  const { options, rest } = parseArgs(argv, ['help']);
  if (options.help || rest.length < 3) return { output: USAGE, exitCode: options.help ? 0 : 2 };
  const [learnerId = '', completedOn = ''] = rest;
  // A code typed as it is printed may come in three words ("37AA 5718 518A").
  const printed = rest.slice(2).join(' ');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(completedOn))
    return { output: `The completion date "${completedOn}" is not written YYYY-MM-DD, e.g. 2026-11-22.\n${USAGE}`, exitCode: 2 };
  const fallback = typeof options['course-id'] === 'string' && typeof options.version === 'string' ? null : defaults();
  const courseId = typeof options['course-id'] === 'string' ? options['course-id'] : (fallback?.courseId ?? '');
  const version = typeof options.version === 'string' ? options.version : (fallback?.version ?? '');
  const matches = codeMatches({ learnerId, courseId, version, completedOn }, printed);
  const checked = `learner ID ${learnerId}, ${courseId} version ${version}, completed on ${completedOn}`;
  return matches
    ? { output: `Match: the code on the record (${printed}) fits ${checked}.\n${MATCH_MEANS}`, exitCode: 0 }
    : {
        output:
          `No match: the code on the record (${printed}) does not fit ${checked}. Check each detail against the record ` +
          '(the ID exactly as printed, the version, the date); if they are right, the record was changed or not made by this course version.',
        exitCode: 1,
      };
}
