// The people the officer has to act on: who needs to complete or refresh the training, whose downloads disagree (and
// which one the report believed), and the records that could not be matched to one person.

import { escapeHtml as e } from '../escape.ts';
import type { Figures } from '../../6-figures/figures.ts';
import { num, score } from './format.ts';
import { HTML_LEARNER_LIMIT, section, table, whose } from './table.ts';

/** Learners needing action, who need completing or refreshing (the summary counts them too). */
export const needingAction = (f: Figures): Figures['learners'] => f.learners.filter((l) => l.action !== null);

/** The action list, then where downloads disagree and what could not be matched (each when there is any). */
export function learnerSections(f: Figures, action: Figures['learners']): string[] {
  const parts: string[] = [];
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
  return parts;
}
