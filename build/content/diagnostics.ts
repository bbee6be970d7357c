// Author-facing errors: each names file:line:column, quotes the bad value and says how to fix it; all are collected first.
import path from 'node:path';

export interface Diagnostic {
  /** Path relative to the course folder's parent, as the author would open it (e.g. `course/modules/01-aims.md`). */
  file: string;
  line: number;
  column: number;
  message: string;
  /** How to fix it. */
  hint: string;
}

export interface Position {
  line: number;
  column: number;
}

/** Collects every problem in a course before the build fails once. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];
  constructor(private readonly cwd: string = process.cwd()) {}

  add(file: string, pos: Position, message: string, hint: string): void {
    this.list.push({ file: this.display(file), line: pos.line, column: pos.column, message, hint });
  }

  get size(): number {
    return this.list.length;
  }

  /** How a file is named in messages: relative to the working directory, or absolute when outside it. */
  display(file: string): string {
    const rel = path.relative(this.cwd, file);
    return (rel.startsWith('..') ? file : rel).split(path.sep).join('/');
  }
}

/** Quotes an author's value for a message, shortened so a long paragraph does not swamp the error. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return `"${short}"`;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.message}\n    fix: ${d.hint}`;
}

/** Thrown when a course has content errors; `diagnostics` holds all of them, sorted by file and line. */
export class CourseError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    const sorted = [...diagnostics].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
    super(`The course has ${sorted.length} error${sorted.length === 1 ? '' : 's'}:\n\n${sorted.map(formatDiagnostic).join('\n\n')}`);
    this.name = 'CourseError';
    this.diagnostics = sorted;
  }
}
