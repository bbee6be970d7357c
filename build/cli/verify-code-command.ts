// `npm run verify-code`: recomputes the verification code of a record of completion from LMS data, so an IG officer
// can check a printed record (build/report/verification-code.md says how, with or without this command).
import { verificationCode, verificationText } from '../../src/model/verification.ts';
import { parseArgs } from './args.ts';

export const USAGE = `usage: npm run verify-code -- <learner id> <completion date YYYY-MM-DD> [<code on the record>]
                       [--course-id <id>] [--version <x.y.z>]   (default: course/course.yaml's)`;

export interface VerifyResult {
  output: string;
  exitCode: number;
}

/** `defaults` are the course id and version of course/ (read by the caller, so this stays pure). */
export function verifyCommand(argv: string[], defaults: () => { courseId: string; version: string }): VerifyResult {
  const { options, rest } = parseArgs(argv, ['help']);
  if (options.help || rest.length < 2) return { output: USAGE, exitCode: options.help ? 0 : 2 };
  const [learnerId = '', completedOn = ''] = rest;
  // A code typed as it is printed may come in three words ("37AA 5718 518A").
  const printed = rest.length > 2 ? rest.slice(2).join(' ') : undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(completedOn))
    return { output: `The completion date "${completedOn}" is not written YYYY-MM-DD, e.g. 2026-11-22.\n${USAGE}`, exitCode: 2 };
  const fallback = typeof options['course-id'] === 'string' && typeof options.version === 'string' ? null : defaults();
  const courseId = typeof options['course-id'] === 'string' ? options['course-id'] : (fallback?.courseId ?? '');
  const version = typeof options.version === 'string' ? options.version : (fallback?.version ?? '');
  const facts = { learnerId, courseId, version, completedOn };
  const code = verificationCode(facts);
  const lines = [`Text hashed (SHA-256): ${verificationText(facts)}`, `Verification code:     ${code}`];
  if (printed === undefined) return { output: lines.join('\n'), exitCode: 0 };
  // Codes are read off paper: ignore case, spaces and dashes, and accept O for 0 and I or L for 1.
  const tidy = (s: string) => s.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const matches = tidy(printed) === tidy(code);
  lines.push(
    matches
      ? `The code on the record (${printed}) matches: the record belongs to this learner, course version and date.`
      : `The code on the record (${printed}) does NOT match. Check the learner id, date and version typed here against the record and the LMS.`,
  );
  return { output: lines.join('\n'), exitCode: matches ? 0 : 1 };
}
