// The top of the report: its title and terms, then what the reader must know before trusting a figure: downloads that
// seem to be from another course, files not or only partly used, and the personal data the report holds.

import { escapeHtml as e } from '../escape.ts';
import type { Figures } from '../../6-figures/figures.ts';
import { section } from './table.ts';

export function reportTitle(f: Figures): string {
  return `Training completion report: ${f.course.title} ${f.course.version}`;
}

const fileList = (files: { file: string; reason: string }[]): string =>
  `<ul>${files.map((x) => `<li><strong>${e(x.file)}</strong>: ${e(x.reason)}.</li>`).join('')}</ul>`;

/** The header, the other-course warning, the files not or partly used (when there are any) and the personal data note. */
export function openingSections(f: Figures): string[] {
  const parts: string[] = [];
  parts.push(
    `<header><h1>${e(reportTitle(f))}</h1><p>Figures as of ${e(f.asOf)}. Refresher period ${f.refresherMonths} months: a completion before ${e(f.refresherCutoff)} needs a refresher. Pass mark ${f.course.passMark}%.</p></header>`,
  );
  if (f.courseMatch.verdict === 'other')
    parts.push(
      `<section class="warning" id="course-warning" aria-labelledby="course-warning-h"><h2 id="course-warning-h">Warning: these downloads seem to be from another course</h2>` +
        `<p>This report is for “${e(f.course.title)}”, version ${e(f.course.version)}.</p><ul>${f.courseMatch.reasons.map((r) => `<li>${e(r)}</li>`).join('')}</ul>` +
        `<p>The figures below come from these downloads, so they may not be about this course. In the LMS, check that you downloaded the reports from this course’s activity, and that this page was made for the course version your staff took.</p></section>`,
    );
  if (f.filesNotUsed.length > 0)
    parts.push(section('files-not-used', 'Files not used', `<p>Nothing in these files is in the figures:</p>${fileList(f.filesNotUsed)}`));
  if (f.filesPartlyUsed.length > 0)
    parts.push(
      section(
        'files-partly-used',
        'Files only partly used',
        `<p>Part of these files is not in the figures:</p>${fileList(f.filesPartlyUsed)}`,
      ),
    );
  parts.push(
    section(
      'personal-data',
      'Personal data in this report',
      `<p class="notice">${e(f.personalData.statement)}</p><p>Fields about learners in this report and its CSV files: ${e(f.personalData.fields.join(', '))}.</p>`,
    ),
  );
  return parts;
}
