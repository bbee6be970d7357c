// Renders the figures as one self-contained, printable HTML file: inline CSS, HTML charts, no script, nothing fetched.
// The content and the style sheet are in html/ (one file per part of the page); this is the document around them.

import { escapeHtml as e } from './escape.ts';
import type { Figures } from '../6-figures/figures.ts';
import { reportTitle } from './html/opening-sections.ts';
import { renderReportBody } from './html/report-body.ts';
import { REPORT_CSS } from './html/report-css.ts';

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
