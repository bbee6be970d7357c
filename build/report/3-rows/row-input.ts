// What a row reader is handed: the file, where its records go, and how to report a problem on its line.

import type { CourseIndex } from '../0-shared/course-index.ts';
import type { IssueKind, IssueSink, RecordSink } from '../0-shared/types.ts';
import type { ColumnMapping } from '../2-layout/mapping.ts';
import type { CourseEvidence } from './course-match.ts';
import type { Parsed } from './parse-values.ts';

/** What the command and the page both hand the core: a named file and a way to stream its bytes. */
export interface ExportSource {
  /** The name shown in the report and its data-quality messages (the command's path, the page's file name). */
  file: string;
  /** The file's bytes, chunk by chunk; an error thrown here is reported as an unreadable file. */
  chunks: () => AsyncIterable<Uint8Array>;
  /** `--agency NAME` given before the file (or set on the page); overrides any agency or Institution column. */
  agency?: string;
  mapping?: ColumnMapping;
}

export interface ReadContext {
  /** Where rows go: the tally, which makes one record per learner of them. */
  records: RecordSink;
  index: CourseIndex;
  issues: IssueSink;
  /** Pass mark in percent, used where Moodle shows a score in place of the status. */
  passMark: number;
}

/** A row reader's context: the shared one plus this file's course evidence. */
export interface FileContext extends ReadContext {
  evidence: CourseEvidence;
}

export type At = (i: number | undefined) => string;
export type Check = <T>(p: Parsed<T>, kind: IssueKind, what: string) => T | null;
export type Report = (kind: IssueKind, line: number, message: string, rowsExcluded?: number) => void;

/** One data row and what its layout's reader needs to put it in the records and report its problems. */
export interface RowInput {
  at: At;
  line: number;
  input: ExportSource;
  ctx: FileContext;
  issue: Report;
  check: Check;
}
