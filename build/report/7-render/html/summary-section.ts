// The summary: the headline figures, what the report's words mean (Completed and Passed told apart once, where they
// first appear), and a pointer to the questions most often answered wrongly.

import { escapeHtml as e } from '../escape.ts';
import type { Figures } from '../../6-figures/figures.ts';
import { duration, num, pct, score } from './format.ts';
import { section } from './table.ts';

/** `needAction` is how many learners need action (the body counts them once for this and their list). */
export function summarySection(f: Figures, needAction: number): string {
  const o = f.overall;
  const flagged = f.questions.filter((q) => q.flagged);
  return section(
    'summary',
    'Summary',
    `<ul class="kpis"><li><strong>${num(o.learners)}</strong>learners</li><li><strong>${pct(o.completionRate)}</strong>completed</li>` +
      `<li><strong>${pct(o.passRate)}</strong>passed</li><li><strong>${pct(o.upToDateRate)}</strong>up to date</li>` +
      `<li><strong>${num(needAction)}</strong>need action</li><li><strong>${o.averageScore === null ? '–' : `${score(o.averageScore)}%`}</strong>average best score</li>` +
      `<li><strong>${o.learnersWithTime === 0 ? '–' : duration(o.averageTimeSeconds)}</strong>average time spent${o.learnersWithTime === 0 ? ' (not in the exports)' : ` (${num(o.learnersWithTime)} learners)`}</li></ul>` +
      `<div class="glossary"><p>What the words mean in this report:</p><dl>` +
      `<dt>Completed</dt><dd>the LMS recorded the course as finished.</dd>` +
      `<dt>Passed</dt><dd>completed with the final assessment passed (at least ${f.course.passMark}%). A learner can be completed but not passed, for example with a score under the pass mark: they need action.</dd>` +
      `<dt>In progress</dt><dd>started but not yet passed; this includes a learner who failed an attempt and may try again.</dd>` +
      `<dt>Up to date</dt><dd>completed on or after ${e(f.refresherCutoff)}, within the ${f.refresherMonths}-month refresher period.</dd></dl></div>` +
      (flagged.length > 0
        ? `<p>${flagged.length} question(s) are answered wrongly often (facility below ${pct(f.flagBelow)}): see <a href="#questions">Questions</a>.</p>`
        : ''),
  );
}
