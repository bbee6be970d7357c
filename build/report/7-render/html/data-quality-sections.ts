// The end of the report: the problems found in the downloads, grouped by kind, and the list of downloads read.

import type { Figures } from '../../6-figures/figures.ts';
import { ISSUE_TEXT, type IssueKind } from '../../0-shared/types.ts';
import { num } from './format.ts';
import { section, table } from './table.ts';

const KIND_ORDER = Object.keys(ISSUE_TEXT) as IssueKind[];

export function dataQualitySections(f: Figures): string[] {
  const dq = f.dataQuality;
  return [
    section(
      'data-quality',
      'Data quality',
      `<p>${num(dq.total)} problem(s) found in the downloads. Each says what happened and what to do in the LMS. ${num(dq.mergedRows)} row(s) repeated an attempt already read from another download (Moodle's basic and interactions reports repeat each attempt) and were counted once. Each group lists its first ${num(dq.listedPerKind)}; data-quality.csv has the same list.</p>` +
        table(
          'Issues by kind',
          ['What happened', 'How many', 'Rows or answers left out of the figures'],
          dq.byKind.map((k) => [ISSUE_TEXT[k.kind], num(k.count), num(k.rowsExcluded)]),
        ) +
        // One list per kind, so that (for example) every column a download lacks reads as one group of notes.
        // Whole-file problems (a missing column, an unknown layout) first: they explain the rest.
        [...dq.byKind]
          .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
          .map(({ kind }) =>
            table(
              ISSUE_TEXT[kind],
              ['File', 'Line', 'Message', 'Rows left out'],
              dq.listed
                .filter((i) => i.kind === kind)
                .map((i) => [i.file, i.line === 0 ? 'whole file' : i.line, i.message, num(i.rowsExcluded)]),
            ),
          )
          .join('\n'),
    ),
    section(
      'sources',
      'Exports read',
      table(
        'Exports read',
        ['File', 'Agency', 'Layout', 'Data rows', 'Attempts', 'Answers'],
        f.sources.map((s) => [s.file, s.agency ?? 'from a column', s.layout, num(s.dataRows), num(s.attempts), num(s.answers)]),
      ),
    ),
  ];
}
