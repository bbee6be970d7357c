// What staff get wrong: the share of answers correct per module, then per question (lowest first, the weak ones
// flagged), with the questions nobody answered folded into one line.

import { escapeHtml as e } from '../escape.ts';
import type { Figures } from '../../6-figures/figures.ts';
import { barChart } from '../charts.ts';
import { num, pct } from './format.ts';
import { section, table } from './table.ts';

export function questionSections(f: Figures): string[] {
  const answered = f.questions.filter((q) => q.answered > 0);
  const unanswered = f.questions.filter((q) => q.answered === 0);
  return [
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
  ];
}
