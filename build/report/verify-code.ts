// The record checker shared by `npm run verify-code` (build/cli/verify-code-command.ts) and the report page: whether a
// code typed from a printed record of completion is the course's code for its facts, and what a match shows. It
// never hands out the expected code, so neither can be used to make a code for a record typed up by hand.
import { verificationCode } from '../../src/model/verification.ts';

/** What a match shows, and what it does not (verification-code.md, "What the code does and does not prove"). */
export const MATCH_MEANS =
  'A match shows that the learner ID, course version and completion date on the record are the ones the course printed ' +
  'together (a changed ID, version or date gives another code). It does not prove who made the record: the method is ' +
  'public. Check the name and the score against the LMS, which stays the source of truth.';

/** Codes are read off paper: ignore case, spaces and dashes, and accept O for 0 and I or L for 1. */
const tidy = (s: string): string => s.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');

/** Whether a code typed from a record is the course's code for these facts. */
export function codeMatches(
  facts: { learnerId: string; courseId: string; version: string; completedOn: string },
  printed: string,
): boolean {
  return tidy(printed) === tidy(verificationCode(facts));
}
