// Renders the figures as one self-contained, printable HTML file: inline CSS, HTML charts, no script, nothing fetched.

import { escapeHtml as e } from './escape.ts';
import type { Figures } from '../6-figures/figures.ts';
import type { GroupFigures } from '../6-figures/groups.ts';
import { barChart } from './charts.ts';
import { ISSUE_TEXT, type IssueKind } from '../0-shared/types.ts';

const KIND_ORDER = Object.keys(ISSUE_TEXT) as IssueKind[];

/** Learners needing action listed in the HTML; the full list is always in learners.csv. */
export const HTML_LEARNER_LIMIT = 2000;

type Cell = string | number | null;

const pct = (r: number | null): string => (r === null ? '–' : `${(r * 100).toFixed(1)}%`);
const num = (n: number): string => n.toLocaleString('en-GB');
const score = (s: number | null): string => (s === null ? '–' : `${Math.round(s * 10) / 10}`);
export function duration(s: number | null): string {
  if (s === null) return '–';
  const m = Math.round(s / 60);
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}

/** `data-agency` and `data-department` on a row, so the page can filter it (the department '' for an agency's row). */
const whose = (agency: string, department: string): string => ` data-agency="${e(agency)}" data-department="${e(department)}"`;

function table(caption: string, head: string[], rows: Cell[][], rowHeader = true, attrs?: (i: number) => string): string {
  const th = head.map((h) => `<th scope="col">${e(h)}</th>`).join('');
  const body = rows
    .map(
      (r, n) =>
        `<tr${attrs?.(n) ?? ''}>${r.map((c, i) => (i === 0 && rowHeader ? `<th scope="row">${e(c ?? '–')}</th>` : `<td>${e(c ?? '–')}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  // Wide tables scroll sideways on a phone inside a focusable region, so keyboard users can scroll them too.
  return `<div class="table-wrap" role="region" tabindex="0" aria-label="${e(caption)}"><table><caption>${e(caption)}</caption><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

function section(id: string, title: string, body: string): string {
  return `<section aria-labelledby="${id}"><h2 id="${id}">${e(title)}</h2>\n${body}\n</section>`;
}

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

/** The report's style sheet, shared with the browser page. */
export const REPORT_CSS = `
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff;margin:0 auto;max-width:70rem;padding:1rem 1.5rem}
h1{font-size:1.7rem;margin:.5rem 0}h2{font-size:1.35rem;margin-top:2.2rem;border-bottom:2px solid #1d4f91}
table{border-collapse:collapse;margin:1rem 0;width:100%;font-size:.95rem}.table-wrap{overflow-x:auto;max-width:100%}th[scope=row]{min-width:7rem}caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border:1px solid #8a8a8a;padding:.3rem .5rem;text-align:left;vertical-align:top}thead th{background:#e8eef7}
.kpis{display:flex;flex-wrap:wrap;gap:1rem;padding:0;list-style:none}.kpis li{border:1px solid #8a8a8a;border-radius:.4rem;padding:.6rem 1rem;min-width:9rem}
.kpis strong{display:block;font-size:1.5rem}.notice{border-left:6px solid #8a4b00;background:#fff6e5;padding:.6rem 1rem}
.chart{margin:1rem 0;max-width:48rem}.chart figcaption{font-weight:600}.chart-desc{margin:.2rem 0 .5rem;font-size:.9rem}
.bars{list-style:none;margin:0;padding:0}.bars li{margin:0 0 .6rem}.bar-label{display:block;overflow-wrap:anywhere}
.bar-row{display:flex;align-items:center;gap:.5rem}.bar-track{flex:1;height:1rem;background:#e6e6e6;border:1px solid #8a8a8a}
.bar{display:block;height:100%;background:#1d4f91;-webkit-print-color-adjust:exact;print-color-adjust:exact}.bar-value{min-width:5.5rem}
.flag{font-weight:700;color:#8b0000}.warning{border:4px solid #b00020;background:#fdecee;padding:.2rem 1rem;margin:1rem 0}.glossary dt{font-weight:700;float:left;clear:left;margin-right:.4rem}.glossary dd{margin:0 0 .2rem}.glossary{font-size:.95rem}.warning h2{margin-top:.6rem;border:0}
@page{size:A4;margin:12mm}
@media print{body{max-width:none;padding:0;font-size:10pt}h2,h3,caption{break-after:avoid}h2{margin-top:1.2rem}thead tr:first-child,tbody tr:first-child{break-before:avoid}figure{break-inside:avoid}thead{display:table-header-group}tr{break-inside:avoid}
.table-wrap{overflow:visible}table{font-size:7.5pt;width:100%}th,td{padding:.1rem .2rem}td{overflow-wrap:anywhere}th{overflow-wrap:break-word}th[scope=row]{min-width:0}
.kpis li{padding:.3rem .6rem;min-width:0}.kpis strong{font-size:1.2rem}.chart{margin:.4rem 0}.bars li{margin:0 0 .2rem}.bar-track{height:.6rem}details.unanswered>*:not(summary){display:none}}
`;

/** The report's content (header and sections), shown by the command's report.html and by the browser page. */
export function renderReportBody(f: Figures): string {
  const o = f.overall;
  const title = reportTitle(f);
  const agencyBars = f.byAgency.map((g) => ({ label: g.agency, value: g.upToDateRate, valueText: pct(g.upToDateRate) }));
  const action = f.learners.filter((l) => l.action !== null);
  const flagged = f.questions.filter((q) => q.flagged);
  const answered = f.questions.filter((q) => q.answered > 0);
  const unanswered = f.questions.filter((q) => q.answered === 0);
  const parts: string[] = [];
  parts.push(
    `<header><h1>${e(title)}</h1><p>Figures as of ${e(f.asOf)}. Refresher period ${f.refresherMonths} months: a completion before ${e(f.refresherCutoff)} needs a refresher. Pass mark ${f.course.passMark}%.</p></header>`,
  );
  if (f.courseMatch.verdict === 'other')
    parts.push(
      `<section class="warning" id="course-warning" aria-labelledby="course-warning-h"><h2 id="course-warning-h">Warning: these downloads seem to be from another course</h2>` +
        `<p>This report is for “${e(f.course.title)}”, version ${e(f.course.version)}.</p><ul>${f.courseMatch.reasons.map((r) => `<li>${e(r)}</li>`).join('')}</ul>` +
        `<p>The figures below come from these downloads, so they may not be about this course. In the LMS, check that you downloaded the reports from this course’s activity, and that this page was made for the course version your staff took.</p></section>`,
    );
  if (f.filesNotUsed.length > 0)
    parts.push(
      section(
        'files-not-used',
        'Files not used',
        `<p>Nothing in these files is in the figures:</p><ul>${f.filesNotUsed.map((x) => `<li><strong>${e(x.file)}</strong>: ${e(x.reason)}.</li>`).join('')}</ul>`,
      ),
    );
  if (f.filesPartlyUsed.length > 0)
    parts.push(
      section(
        'files-partly-used',
        'Files only partly used',
        `<p>Part of these files is not in the figures:</p><ul>${f.filesPartlyUsed.map((x) => `<li><strong>${e(x.file)}</strong>: ${e(x.reason)}.</li>`).join('')}</ul>`,
      ),
    );
  parts.push(
    section(
      'personal-data',
      'Personal data in this report',
      `<p class="notice">${e(f.personalData.statement)}</p><p>Fields about learners in this report and its CSV files: ${e(f.personalData.fields.join(', '))}.</p>`,
    ),
  );
  parts.push(
    section(
      'summary',
      'Summary',
      `<ul class="kpis"><li><strong>${num(o.learners)}</strong>learners</li><li><strong>${pct(o.completionRate)}</strong>completed</li>` +
        `<li><strong>${pct(o.passRate)}</strong>passed</li><li><strong>${pct(o.upToDateRate)}</strong>up to date</li>` +
        `<li><strong>${num(action.length)}</strong>need action</li><li><strong>${o.averageScore === null ? '–' : `${score(o.averageScore)}%`}</strong>average best score</li>` +
        `<li><strong>${o.learnersWithTime === 0 ? '–' : duration(o.averageTimeSeconds)}</strong>average time spent${o.learnersWithTime === 0 ? ' (not in the exports)' : ` (${num(o.learnersWithTime)} learners)`}</li></ul>` +
        `<div class="glossary"><p>What the words mean in this report:</p><dl>` +
        `<dt>Completed</dt><dd>the LMS recorded the course as finished.</dd>` +
        `<dt>Passed</dt><dd>completed with the final assessment passed (at least ${f.course.passMark}%). A learner can be completed but not passed, for example with a score under the pass mark: they need action.</dd>` +
        `<dt>In progress</dt><dd>started but not yet passed; this includes a learner who failed an attempt and may try again.</dd>` +
        `<dt>Up to date</dt><dd>completed on or after ${e(f.refresherCutoff)}, within the ${f.refresherMonths}-month refresher period.</dd></dl></div>` +
        (flagged.length > 0
          ? `<p>${flagged.length} question(s) are answered wrongly often (facility below ${pct(f.flagBelow)}): see <a href="#questions">Questions</a>.</p>`
          : ''),
    ),
  );
  parts.push(complianceSection(f));
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
  parts.push(
    section(
      'over-time',
      'Completions over time',
      barChart({
        id: 'chart-months',
        title: 'Completions per month',
        description: 'One bar per month: how many learners completed the course that month (their latest completion).',
        bars: f.completionsByMonth.map((m) => ({ label: m.month, value: m.completions, valueText: num(m.completions) })),
        max: Math.max(1, ...f.completionsByMonth.map((m) => m.completions)),
      }) +
        table(
          'Completions per month',
          ['Month', 'Completions'],
          f.completionsByMonth.map((m) => [m.month, num(m.completions)]),
        ),
    ),
  );
  parts.push(
    section(
      'scores',
      'Score distribution',
      barChart({
        id: 'chart-scores',
        title: 'Learners by best score',
        description: 'One bar per ten-point score band: how many learners have their best score in it.',
        bars: f.scoreDistribution.map((b) => ({ label: b.band, value: b.learners, valueText: num(b.learners) })),
        max: Math.max(1, ...f.scoreDistribution.map((b) => b.learners)),
      }) +
        table(
          'Learners by best score',
          ['Score band', 'Learners'],
          f.scoreDistribution.map((b) => [b.band, num(b.learners)]),
        ),
    ),
  );
  const shown = action.slice(0, HTML_LEARNER_LIMIT);
  parts.push(
    section(
      'action',
      'Who needs to complete or refresh the training',
      `<p>${num(action.length)} learner(s) have not completed or not passed, completed before ${e(f.refresherCutoff)}, or have no completion date.${action.length > shown.length ? ` The first ${num(shown.length)} are listed; all are in learners.csv.` : ''}</p>` +
        table(
          'Learners needing action',
          ['Name', 'Learner id', 'Email', 'Agency', 'Department', 'Status', 'Best score', 'Completed on', 'Action', 'Note'],
          shown.map((l) => [
            l.name || '(no name)',
            l.learnerId,
            l.email,
            l.agency,
            l.department,
            l.statusText,
            score(l.score),
            l.completedOn,
            l.action,
            l.note,
          ]),
          true,
          (i) => whose(shown[i]?.agency ?? '', shown[i]?.department ?? ''),
        ),
    ),
  );
  const disagree = f.learners.filter((l) => l.note.includes('disagree') || l.note.includes('another under'));
  if (disagree.length > 0)
    parts.push(
      section(
        'disagreements',
        'Where downloads disagree',
        `<p>For ${num(disagree.length)} learner(s) two downloads say different things. Each row says which one the report believed, and why.</p>` +
          table(
            'Learners whose downloads disagree',
            ['Name', 'Agency', 'Status shown', 'What the downloads say'],
            disagree.slice(0, HTML_LEARNER_LIMIT).map((l) => [l.name || '(no name)', l.agency, l.statusText, l.note]),
          ),
      ),
    );
  if (f.couldNotMatch.length > 0)
    parts.push(
      section(
        'could-not-match',
        'Could not match',
        `<p>${num(f.couldNotMatch.length)} record(s) could belong to more than one person, so they are not counted in any figure. Find the person in the LMS and, if needed, download again with ID numbers shown.</p>` +
          table(
            'Records not counted',
            ['Name', 'Learner id', 'Email', 'Agency', 'In file(s)', 'Why'],
            f.couldNotMatch.map((u) => [
              u.name || '(no name)',
              u.learnerId,
              u.email,
              u.agency,
              u.files.map((x) => x.split(/[\\/]/).pop()).join(', '),
              u.reason,
            ]),
          ),
      ),
    );
  parts.push(
    section(
      'modules',
      'Results by module',
      `<p>Share of answers correct for each module's objectives: its knowledge check and the final-assessment questions that test its objectives.</p>` +
        barChart({
          id: 'chart-modules',
          title: 'Share of answers correct, by module',
          description: 'One bar per module: the share of answers to its questions that were correct.',
          bars: f.modules.map((m) => ({
            label: m.title,
            value: m.facility ?? 0,
            valueText: m.facility === null ? 'no answers' : pct(m.facility),
          })),
          max: 1,
        }) +
        table(
          'Answers by module',
          ['Module', 'Module id', 'Answers', 'Correct', 'Share correct'],
          f.modules.map((m) => [m.title, m.id, num(m.answered), num(m.correct), pct(m.facility)]),
        ),
    ),
  );
  parts.push(
    section(
      'questions',
      'Questions',
      `<p>Facility is the share of answers that were correct. Questions below ${pct(f.flagBelow)} with at least ${f.minAnswers} answers are flagged: they point to a training gap or a badly worded question. Lowest facility first.</p>` +
        table(
          'Facility by question',
          ['Question', 'Question id', 'Where', 'Protocol references', 'Answers', 'Correct', 'Facility', 'Flag'],
          answered.map((q) => [
            q.text,
            q.id,
            q.source === 'check'
              ? `knowledge check (${q.modules.join(', ')})`
              : `final assessment (${q.modules.join(', ') || 'no module'})`,
            q.references.join('; '),
            num(q.answered),
            num(q.correct),
            pct(q.facility),
            q.flagged ? 'Most often wrong' : '',
          ]),
        ) +
        // Questions nobody answered in these downloads: one line, not a page of empty rows.
        (unanswered.length === 0
          ? ''
          : `<details class="unanswered"><summary>${num(unanswered.length)} question(s) have no answers in these downloads (show them)</summary><ul>${unanswered
              .map((q) => `<li>${e(q.text)} (${e(q.id)})</li>`)
              .join('')}</ul></details>`),
    ),
  );
  const dq = f.dataQuality;
  parts.push(
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
  );
  parts.push(
    section(
      'sources',
      'Exports read',
      table(
        'Exports read',
        ['File', 'Agency', 'Layout', 'Data rows', 'Attempts', 'Answers'],
        f.sources.map((s) => [s.file, s.agency ?? 'from a column', s.layout, num(s.dataRows), num(s.attempts), num(s.answers)]),
      ),
    ),
  );
  return parts.join('\n');
}

/** The compliance view: trained within the refresher period against the target, then who is overdue, due soon or never started. */
function complianceSection(f: Figures): string {
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

export function reportTitle(f: Figures): string {
  return `Training completion report: ${f.course.title} ${f.course.version}`;
}

export function renderHtml(f: Figures): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<title>${e(reportTitle(f))}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${renderReportBody(f)}
</main>
</body>
</html>
`;
}
