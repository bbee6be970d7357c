// Completion by group: per agency (a bar chart of who is up to date, then the table), per course path and per
// department, each row with the same columns.

import type { Figures } from '../../6-figures/figures.ts';
import type { GroupFigures } from '../../6-figures/groups.ts';
import { barChart } from '../charts.ts';
import { duration, num, pct, score } from './format.ts';
import { section, table, type Cell } from './table.ts';

const groupHead = [
  'Learners',
  'Completed',
  'Completion rate',
  'Passed',
  'Pass rate',
  'Up to date',
  'Up-to-date rate',
  'Average score',
  'Average time',
];
const groupCells = (g: GroupFigures): Cell[] => [
  num(g.learners),
  num(g.completed),
  pct(g.completionRate),
  num(g.passed),
  pct(g.passRate),
  num(g.upToDate),
  pct(g.upToDateRate),
  score(g.averageScore),
  g.learnersWithTime === 0 ? 'not in export' : duration(g.averageTimeSeconds),
];

/** By agency, by course path (when the course has paths) and by department. */
export function groupSections(f: Figures): string[] {
  const o = f.overall;
  const agencyBars = f.byAgency.map((g) => ({ label: g.agency, value: g.upToDateRate, valueText: pct(g.upToDateRate) }));
  const parts: string[] = [];
  parts.push(
    section(
      'agencies',
      'By agency',
      barChart({
        id: 'chart-agency',
        title: 'Share of learners up to date, by agency',
        description:
          'One bar per agency: the share of its learners who completed within the refresher period. The numbers are in the table below.',
        bars: agencyBars,
        max: 1,
      }) +
        table(
          'Completion by agency',
          ['Agency', ...groupHead],
          [['All agencies', ...groupCells(o)], ...f.byAgency.map((g) => [g.agency, ...groupCells(g)])],
        ),
    ),
  );
  if (f.byPath.length > 0)
    parts.push(
      section(
        'paths',
        'By course path',
        table(
          'Completion by course path (a learner assigned two paths is counted on each)',
          ['Path', ...groupHead],
          f.byPath.map((g) => [g.agency, ...groupCells(g)]),
        ) +
          (f.routes.length === 0
            ? ''
            : table(
                'Took the assessment from the start screen (test-out): the learner list names each of them',
                ['Path', 'Passed: tested out', 'Did not pass: sent to the modules they missed'],
                f.routes.map((r) => [r.path, num(r.testedOut), num(r.sentToModules)]),
              )),
      ),
    );
  parts.push(
    section(
      'departments',
      'By department',
      table(
        'Completion by agency and department',
        ['Department', 'Agency', ...groupHead],
        f.byDepartment.map((g) => [g.department, g.agency, ...groupCells(g)]),
      ),
    ),
  );
  return parts;
}
