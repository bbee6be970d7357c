// The report page's HTML around its inline script: the form, the IG officer's instructions and a CSP that allows no request.

import type { Course } from '../../../src/model/course.ts';
import { escapeHtml as e } from '../7-render/escape.ts';
import { OUTPUT_FILES } from '../report-core.ts';
import { REPORT_CSS } from '../7-render/html/report-css.ts';

/** Only the page's own inline script (by hash) and inline styles: no connect, no fetch, no form post, no frame. */
export function pagePolicy(scriptHash: string): string {
  return `default-src 'none'; script-src '${scriptHash}'; style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'`;
}

const PAGE_CSS = `
.steps{max-width:48rem}.drop{border:3px dashed #1d4f91;border-radius:.5rem;padding:1.2rem;margin:1rem 0;text-align:center}
.drop.over{background:#e8eef7}input[type=file]{max-width:100%}.files{list-style:none;padding:0}.files li{border:1px solid #8a8a8a;border-radius:.4rem;padding:.6rem .8rem;margin:.5rem 0}.files .name{font-weight:600;overflow-wrap:anywhere;margin:0}label{font-weight:600}input,button{font:inherit}input[type=text]{width:100%;min-width:10rem;box-sizing:border-box}
.file-problem{border-left:6px solid #b00020;background:#fdecee;padding:.4rem .8rem;margin:.4rem 0}.field{margin:.8rem 0}.filters{border:1px solid #8a8a8a;border-radius:.4rem;padding:.2rem 1rem;margin:1rem 0}.filters select{display:block;margin-top:.2rem;padding:.3rem;font:inherit;max-width:100%}.field input{display:block;margin-top:.2rem;padding:.3rem}.field input[type=number]{width:8rem}
button{padding:.45rem 1rem;border:2px solid #1d4f91;border-radius:.3rem;background:#fff;color:#1d4f91;cursor:pointer;margin:.2rem .4rem .2rem 0}
button.primary{background:#1d4f91;color:#fff}button:disabled{opacity:.55;cursor:not-allowed}
:focus-visible{outline:3px solid #8a4b00;outline-offset:2px}progress{width:100%;max-width:48rem;height:1.2rem}
.saves{display:flex;flex-wrap:wrap}#report{border-top:4px solid #1d4f91;margin-top:1.5rem}
#report>section{content-visibility:auto;contain-intrinsic-size:auto 60rem}
@media print{.no-print{display:none!important}#report{border:0;margin:0}#report>section{content-visibility:visible}}
`;

/** Which downloads to take from Moodle and how: the same advice as the README, for someone with no terminal. */
const HELP = `
<h3>Which files to download from Moodle</h3>
<ul>
<li><strong>SCORM basic report</strong>: in the course, open the SCORM activity, then <em>Reports</em> → <em>Basic report</em>. Under <em>Preferences</em> set <em>Track details</em> to <em>Yes</em> and save, then <em>Download in text format</em>. Without <em>Track details</em> the download has no status column and learners with no score show as “in progress or not started”.</li>
<li><strong>SCORM interactions report</strong> (for the question figures): <em>Reports</em> → <em>Interactions report</em>; tick <em>Summary of question</em>, <em>Summary of responses</em> and <em>Summary of result</em>, save, then <em>Download in text format</em>.</li>
<li>Or the <strong>gradebook</strong>: <em>Grades</em> → <em>Export</em> → <em>Plain text file</em>, with the SCORM activity ticked. It gives scores and pass or fail, but no completion dates and no question figures.</li>
<li>And the <strong>activity completion</strong> download, for who completed and when: in the course, <em>Reports</em> → <em>Activity completion</em>, set <em>Include</em> to <em>SCORM package</em>, then either download (UTF-8 or Excel-compatible). With the gradebook it gives scores and dates.</li>
<li>Ask your Moodle administrator to show <em>ID number</em> and <em>Institution</em> in the downloads (<em>Show user identity</em>). Without ID number, do not mix the SCORM reports with the gradebook: they would match learners differently.</li>
<li>Other LMSs: a CSV file with one row per learner and at least the columns <em>learner_id</em> and <em>status</em> (passed, completed, failed, in progress or not started); <em>name</em>, <em>email</em>, <em>agency</em>, <em>department</em>, <em>score</em> and <em>completed_on</em> are used when present.</li>
</ul>
<p>Give every file from the same agency the same agency name below, or leave it blank when the file has an <em>Institution</em> column.</p>`;

export function pageHtml(course: Course, script: string, scriptHash: string): string {
  const title = `Completion report: ${course.title} ${course.version}`;
  // JSON inside a script element: "<" is escaped so no text in the course can close the element.
  const model = JSON.stringify(course).replace(/</g, '\\u003c');
  const saves = OUTPUT_FILES.map((n) => `<button type="button" id="save-${n.replace('.', '-')}">Save ${e(n)}</button>`).join('');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${pagePolicy(scriptHash)}">
<meta name="referrer" content="no-referrer">
<title>${e(title)}</title>
<style>${REPORT_CSS}${PAGE_CSS}</style>
</head>
<body>
<main>
<div class="no-print steps">
<h1>${e(title)}</h1>
<p class="notice"><strong>Your data stays on this computer.</strong> This page works out the report inside your web browser. It sends nothing anywhere and makes no network request: you can open it from a shared drive with the network cable out. The files you choose contain personal data; so does the report.</p>
<section aria-labelledby="step-files">
<h2 id="step-files">1. Choose the LMS downloads</h2>
${HELP}
<div class="drop" id="drop">
<p>Drop the files here, or</p>
<label for="files">Choose files</label>
<input type="file" id="files" multiple accept=".txt,.csv,.tsv,text/csv,text/plain,text/tab-separated-values">
</div>
<div id="file-table" hidden><h3 id="files-heading">Files chosen</h3><ul class="files" id="file-rows" aria-labelledby="files-heading"></ul></div>
</section>
<section aria-labelledby="step-settings">
<h2 id="step-settings">2. Settings</h2>
<div class="field"><label for="as-of">Figures as of</label><input type="date" id="as-of" required></div>
<div class="field"><label for="refresher-months">Refresher period in months (an older completion needs a refresher)</label><input type="number" id="refresher-months" min="1" max="120" value="12" required></div>
<div class="field"><label for="target">Compliance target: percent of staff trained within the refresher period</label><input type="number" id="target" min="0" max="100" value="95" required></div>
<div class="field"><label for="pass-mark">Pass mark in percent (used where the download gives a score instead of a status)</label><input type="number" id="pass-mark" min="0" max="100" required></div>
<div class="field"><label for="flag-below">Flag questions answered correctly by fewer than this percentage</label><input type="number" id="flag-below" min="0" max="100" value="60" required></div>
<div class="field"><label for="min-answers">… and only when they have at least this many answers</label><input type="number" id="min-answers" min="1" value="5" required></div>
<button type="button" class="primary" id="run" disabled>Make the report</button>
<p id="status" role="status" aria-live="polite">Choose at least one file.</p>
<progress id="progress" max="1" value="0" aria-labelledby="status" hidden></progress>
</section>
</div>
<section id="output" aria-labelledby="output-heading" hidden>
<h2 id="output-heading" class="no-print" tabindex="-1">3. Save or print the report</h2>
<div class="saves no-print">${saves}<button type="button" id="print">Print</button></div>
<div class="no-print filters" id="filters" hidden>
<h3 id="filters-heading">Show only</h3>
<div class="field"><label for="filter-agency">Agency</label><select id="filter-agency"></select></div>
<div class="field"><label for="filter-department">Department</label><select id="filter-department"></select></div>
<p>The lists and tables below, and the printout, show only the agency and department chosen here.</p>
</div>
<div id="report"></div>
</section>
<section class="no-print steps" aria-labelledby="check-heading">
<h2 id="check-heading">Check a printed record of completion</h2>
<p>Every record of completion printed from this course (version ${e(course.version)}) carries a verification code worked out from the learner ID, the course and the completion date. Type what the record shows. The page says only whether they match. A match shows that the learner ID, version and date on the paper are the ones the course printed together; it does not prove who made the record, so check the name and score in the LMS. In Moodle the learner ID is the person's username.</p>
<div class="field"><label for="check-learner">Learner ID (as printed on the record)</label><input type="text" id="check-learner" autocomplete="off"></div>
<div class="field"><label for="check-date">Completion date</label><input type="date" id="check-date"></div>
<div class="field"><label for="check-code">Verification code</label><input type="text" id="check-code" autocomplete="off" spellcheck="false"></div>
<button type="button" id="check-run">Check the code</button>
<p id="check-result" role="status" aria-live="polite"></p>
</section>
</main>
<script type="application/json" id="course-model">${model}</script>
<script>${script}</script>
</body>
</html>
`;
}
