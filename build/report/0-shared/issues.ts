// Collects data-quality issues: every one counted by kind, the first ones of each kind kept for listing.

import type { Issue, IssueKind, IssueSink } from './types.ts';

export interface IssueSummary {
  kind: IssueKind;
  count: number;
  rowsExcluded: number;
}

/** How many issues of each kind are listed in the report; counts always cover all of them. */
export const LISTED_PER_KIND = 1000;

export class IssueLog implements IssueSink {
  private readonly listed: Issue[] = [];
  private readonly byKind = new Map<IssueKind, IssueSummary>();

  add(issue: Issue): void {
    const s = this.byKind.get(issue.kind) ?? { kind: issue.kind, count: 0, rowsExcluded: 0 };
    s.count++;
    s.rowsExcluded += issue.rowsExcluded;
    this.byKind.set(issue.kind, s);
    if (s.count <= LISTED_PER_KIND) this.listed.push(issue);
  }

  summary(): IssueSummary[] {
    return [...this.byKind.values()].sort((a, b) => a.kind.localeCompare(b.kind));
  }

  /**
   * Listed issues in file and line order, files in the order they were given (`files`), so the command (paths)
   * and the page (file names) list them alike.
   */
  list(files: string[] = []): Issue[] {
    const order = new Map(files.map((f, i) => [f, i] as const));
    const rank = (f: string): number => order.get(f) ?? files.length;
    return [...this.listed].sort(
      (a, b) => rank(a.file) - rank(b.file) || a.file.localeCompare(b.file) || a.line - b.line || a.kind.localeCompare(b.kind),
    );
  }

  get total(): number {
    let n = 0;
    for (const s of this.byKind.values()) n += s.count;
    return n;
  }
}

/** The one-line form printed to the terminal: `file:line: message`. */
export function formatIssue(i: Issue): string {
  return `${i.file}${i.line > 0 ? `:${i.line}` : ''}: ${i.message}`;
}
