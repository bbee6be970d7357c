// Completions per month and learners per score band: each a bar chart followed by a table of the same numbers.

import type { Figures } from '../../6-figures/figures.ts';
import { barChart } from '../charts.ts';
import { num } from './format.ts';
import { section, table } from './table.ts';

interface Counts {
  section: [id: string, title: string];
  chart: { id: string; title: string; description: string };
  /** The table's column headings: what is counted per row, and the count. */
  head: [string, string];
  rows: { label: string; count: number }[];
}

/** A count per row as a bar chart (the longest bar the largest count) and a table under the chart's title. */
function countsSection(c: Counts): string {
  return section(
    ...c.section,
    barChart({
      ...c.chart,
      bars: c.rows.map((r) => ({ label: r.label, value: r.count, valueText: num(r.count) })),
      max: Math.max(1, ...c.rows.map((r) => r.count)),
    }) +
      table(
        c.chart.title,
        c.head,
        c.rows.map((r) => [r.label, num(r.count)]),
      ),
  );
}

export function distributionSections(f: Figures): string[] {
  return [
    countsSection({
      section: ['over-time', 'Completions over time'],
      chart: {
        id: 'chart-months',
        title: 'Completions per month',
        description: 'One bar per month: how many learners completed the course that month (their latest completion).',
      },
      head: ['Month', 'Completions'],
      rows: f.completionsByMonth.map((m) => ({ label: m.month, count: m.completions })),
    }),
    countsSection({
      section: ['scores', 'Score distribution'],
      chart: {
        id: 'chart-scores',
        title: 'Learners by best score',
        description: 'One bar per ten-point score band: how many learners have their best score in it.',
      },
      head: ['Score band', 'Learners'],
      rows: f.scoreDistribution.map((b) => ({ label: b.band, count: b.learners })),
    }),
  ];
}
