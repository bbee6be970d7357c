// The report's compliance section, the one an IG officer is asked about; its rows carry the agency and department the
// page filters by.

import { escapeHtml as e } from '../escape.ts';
import type { Figures } from '../../6-figures/figures.ts';
import { num, pct } from './format.ts';
import { HTML_LEARNER_LIMIT, section, table, whose, type Cell } from './table.ts';

/** The compliance view: trained within the refresher period against the target, then who is overdue, due soon or never started. */
export function complianceSection(f: Figures): string {
  const c = f.compliance;
  const target = pct(c.target);
  const by = (standing: string) => f.learners.filter((l) => l.standing === standing);
  const overdue = by('overdue').sort((a, b) => (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0));
  const dueSoon = by('due soon').sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? ''));
  const never = by('never started');
  const list = (
    caption: string,
    head: string[],
    ls: typeof overdue,
    cells: (l: (typeof overdue)[number]) => Cell[],
    none: string,
  ): string =>
    ls.length === 0
      ? `<p>${e(none)}</p>`
      : table(caption, head, ls.slice(0, HTML_LEARNER_LIMIT).map(cells), true, (i) => whose(ls[i]?.agency ?? '', ls[i]?.department ?? '')) +
        (ls.length > HTML_LEARNER_LIMIT ? `<p>The first ${num(HTML_LEARNER_LIMIT)} are listed; all are in learners.csv.</p>` : '');
  return section(
    'compliance',
    `Compliance as of ${f.asOf}`,
    `<p>Trained means passed within the ${f.refresherMonths}-month refresher period (on or after ${e(f.refresherCutoff)}). The target is ${target} of staff trained. A refresher is due ${f.refresherMonths} months after the last pass; “due soon” is within ${c.dueSoonDays} days (by ${e(c.dueSoonBy)}).</p>` +
      `<p class="filter-note" id="filter-note" hidden></p>` +
      table(
        'Trained within the refresher period, by agency and department',
        [
          'Agency',
          'Department',
          'Learners',
          'Trained',
          'Percent trained',
          `Target ${target} met`,
          'Overdue',
          'Due within 30 days',
          'Never started',
        ],
        c.groups.map((g) => [
          g.agency,
          g.department === '' ? 'All departments' : g.department,
          num(g.learners),
          num(g.trained),
          pct(g.rate),
          g.meetsTarget ? 'Yes' : `No (${num(Math.max(0, Math.ceil(c.target * g.learners - g.trained)))} more needed)`,
          num(g.overdue),
          num(g.dueSoon),
          num(g.neverStarted),
        ]),
        true,
        (i) => whose(c.groups[i]?.agency ?? '', c.groups[i]?.department ?? ''),
      ) +
      `<h3>Overdue for a refresher (${num(overdue.length)})</h3>` +
      list(
        'Overdue for a refresher',
        ['Name', 'Agency', 'Department', 'Refresher was due', 'Days overdue', 'Email'],
        overdue,
        (l) => [l.name || '(no name)', l.agency, l.department, l.dueOn, num(l.daysOverdue ?? 0), l.email],
        'Nobody is overdue.',
      ) +
      `<h3>Refresher due within ${c.dueSoonDays} days (${num(dueSoon.length)})</h3>` +
      list(
        'Refresher due within 30 days',
        ['Name', 'Agency', 'Department', 'Refresher due on', 'Email'],
        dueSoon,
        (l) => [l.name || '(no name)', l.agency, l.department, l.dueOn, l.email],
        `Nobody’s refresher is due in the next ${c.dueSoonDays} days.`,
      ) +
      `<h3>Never started (${num(never.length)})</h3>` +
      list(
        'Never started',
        ['Name', 'Agency', 'Department', 'Email'],
        never,
        (l) => [l.name || '(no name)', l.agency, l.department, l.email],
        'Everyone has started.',
      ),
  );
}
