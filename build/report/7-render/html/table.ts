// The report page's building blocks: a section under its heading, and an accessible table that scrolls on a phone.

import { escapeHtml as e } from '../escape.ts';

export type Cell = string | number | null;

/** Learners listed in one HTML table; the full list is always in learners.csv. */
export const HTML_LEARNER_LIMIT = 2000;

/** `data-agency` and `data-department` on a row, so the page can filter it (the department '' for an agency's row). */
export const whose = (agency: string, department: string): string => ` data-agency="${e(agency)}" data-department="${e(department)}"`;

export function table(caption: string, head: string[], rows: Cell[][], rowHeader = true, attrs?: (i: number) => string): string {
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

export function section(id: string, title: string, body: string): string {
  return `<section aria-labelledby="${id}"><h2 id="${id}">${e(title)}</h2>\n${body}\n</section>`;
}
