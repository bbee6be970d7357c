// The id rule shared by modules, pages, objectives, questions and options, and the course-wide uniqueness check.
import { REPORTABLE_ID, reportedOptionId } from '../../src/runtime/interactions.ts';
import { Diagnostics, quote, type Position } from './diagnostics.ts';

/** Lower case, digits and hyphens, starting with a letter: safe in SCORM identifiers, URLs and every LMS's reports. */
export const ID_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;
export const ID_HINT = 'use lower case letters, digits and hyphens, starting with a letter, at most 40 characters (e.g. "aims-why-share")';

export function checkIdFormat(id: string, file: string, pos: Position, what: string, diags: Diagnostics): boolean {
  if (ID_PATTERN.test(id)) return true;
  diags.add(file, pos, `${what} id ${quote(id)} is not a valid id`, ID_HINT);
  return false;
}

/** Records ids in one namespace and reports the second use of any of them, naming where the first was. */
export class IdRegistry {
  private readonly seen = new Map<string, { file: string; pos: Position; what: string }>();
  constructor(
    private readonly diags: Diagnostics,
    private readonly display: (file: string) => string,
  ) {}

  claim(id: string, file: string, pos: Position, what: string): void {
    const first = this.seen.get(id);
    if (first) {
      this.diags.add(
        file,
        pos,
        `duplicate id ${quote(id)}: ${first.what} at ${this.display(first.file)}:${first.pos.line} already uses it`,
        'give each module, page, objective and question an id of its own (ids are what LMS reports and resume data refer to)',
      );
      return;
    }
    this.seen.set(id, { file, pos, what });
  }

  has(id: string): boolean {
    return this.seen.has(id);
  }
}

/** SCORM 1.2 reports a choice as one letter a-z per option, by position (RTE 3.4.2.4 CMIFeedback). */
export const MAX_OPTIONS = 26;

/**
 * An option id is written to the LMS in every answer (interactions.ts reportedOptionId); one the LMS would refuse
 * (Moodle answers 406 outside letters, digits, "_" and ".") loses the learner's answers, so the build rejects it.
 */
export function checkOptionReportable(id: string, file: string, pos: Position, diags: Diagnostics): boolean {
  const reported = reportedOptionId(id);
  if (REPORTABLE_ID.test(reported)) return true;
  diags.add(
    file,
    pos,
    `option id ${quote(id)} would be reported to the LMS as ${quote(reported)}, which LMSs refuse (Moodle accepts only letters, digits, "_" and ".")`,
    ID_HINT,
  );
  return false;
}
