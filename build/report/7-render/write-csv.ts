// Writes the figures as CSV files: the figures in one long table, the learner list and the data-quality list.

import type { Figures } from '../6-figures/figures.ts';
import type { GroupFigures } from '../6-figures/groups.ts';
import { csvLine } from './escape.ts';

type Cell = string | number | boolean | null;

/** `figures.csv`: one row per figure (section, agency, department, item, label, measure, value), easy to pivot. */
export function figuresCsv(f: Figures): string {
  const out: string[] = [csvLine(['section', 'agency', 'department', 'item', 'label', 'measure', 'value'])];
  const row = (section: string, agency: string, department: string, item: string, label: string, measure: string, value: Cell): void => {
    out.push(csvLine([section, agency, department, item, label, measure, value]));
  };
  const group = (section: string, g: GroupFigures): void => {
    const measures: [string, Cell][] = [
      ['learners', g.learners],
      ['completed', g.completed],
      ['passed', g.passed],
      ['up_to_date', g.upToDate],
      ['completion_rate', g.completionRate],
      ['pass_rate', g.passRate],
      ['up_to_date_rate', g.upToDateRate],
      ['average_score', g.averageScore],
      ['average_time_seconds', g.averageTimeSeconds],
      ['learners_with_time', g.learnersWithTime],
    ];
    for (const [m, v] of measures) row(section, g.agency, g.department, '', '', m, v);
  };
  group('overall', f.overall);
  for (const g of f.byAgency) group('agency', g);
  for (const g of f.byDepartment) group('department', g);
  for (const g of f.byPath) group('path', g);
  for (const r of f.routes) {
    row('route', '', '', r.path, '', 'tested_out', r.testedOut);
    row('route', '', '', r.path, '', 'sent_to_modules', r.sentToModules);
  }
  for (const m of f.completionsByMonth) row('completions_by_month', '', '', m.month, '', 'completions', m.completions);
  for (const b of f.scoreDistribution) row('score_distribution', '', '', b.band, '', 'learners', b.learners);
  for (const m of f.modules) {
    row('module', '', '', m.id, m.title, 'answered', m.answered);
    row('module', '', '', m.id, m.title, 'correct', m.correct);
    row('module', '', '', m.id, m.title, 'facility', m.facility);
  }
  for (const q of f.questions) {
    row('question', '', '', q.id, q.text, 'answered', q.answered);
    row('question', '', '', q.id, q.text, 'correct', q.correct);
    row('question', '', '', q.id, q.text, 'facility', q.facility);
    row('question', '', '', q.id, q.text, 'flagged', q.flagged);
  }
  for (const k of f.dataQuality.byKind) {
    row('data_quality', '', '', k.kind, '', 'issues', k.count);
    row('data_quality', '', '', k.kind, '', 'rows_excluded', k.rowsExcluded);
  }
  return out.join('');
}

/** `learners.csv`: every learner with status and the action needed (blank when up to date). */
export function learnersCsv(f: Figures): string {
  const out = [
    csvLine(['agency', 'department', 'learner_id', 'name', 'email', 'status', 'score', 'completed_on', 'action', 'note', 'route']),
  ];
  for (const l of f.learners)
    out.push(
      csvLine([
        l.agency,
        l.department,
        l.learnerId,
        l.name,
        l.email,
        l.statusText,
        l.score,
        l.completedOn,
        l.action,
        l.note,
        l.route ?? '',
      ]),
    );
  for (const u of f.couldNotMatch)
    out.push(csvLine([u.agency, '', u.learnerId, u.name, u.email, 'Could not match (not counted)', null, null, null, u.reason, null]));
  return out.join('');
}

/** `data-quality.csv`: the listed issues with file and line. */
export function dataQualityCsv(f: Figures): string {
  const out = [csvLine(['kind', 'file', 'line', 'rows_excluded', 'message'])];
  for (const i of f.dataQuality.listed) out.push(csvLine([i.kind, i.file, i.line, i.rowsExcluded, i.message]));
  return out.join('');
}
