// The report page's script: the officer picks or drops LMS downloads, the shared core reads them here in the browser.

import type { Course } from '../../../src/model/course.ts';
import { makeReport, NoReportError, OUTPUT_FILES, today, type CoreResult, type OutputFile } from '../report-core.ts';
import type { SourceSummary } from '../3-rows/read-export.ts';
import type { ExportSource } from '../3-rows/row-input.ts';
import { renderReportBody } from '../7-render/html/report-body.ts';
import { codeMatches, MATCH_MEANS } from '../verify-code.ts';

interface Picked {
  file: File;
  agency: HTMLInputElement;
  /** Why the file could not be used, or what part of it could not, shown beside it after a run; hidden when it was read whole. */
  problem: HTMLParagraphElement;
}

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page has no #${id}`);
  return el as T;
};

const course = JSON.parse($('course-model').textContent ?? '{}') as Course;
const picked: Picked[] = [];
let result: CoreResult | null = null;

const fileInput = $<HTMLInputElement>('files');
const list = $<HTMLUListElement>('file-rows');
const listTable = $<HTMLDivElement>('file-table');
let fileCount = 0;
const runButton = $<HTMLButtonElement>('run');
const status = $<HTMLParagraphElement>('status');
const progress = $<HTMLProgressElement>('progress');
const output = $<HTMLElement>('output');
const reportBox = $<HTMLDivElement>('report');

$<HTMLInputElement>('as-of').value = today();
$<HTMLInputElement>('pass-mark').value = String(course.assessment.passMark);

function addFiles(files: FileList | null): void {
  for (const file of Array.from(files ?? [])) {
    const row = document.createElement('li');
    const name = document.createElement('p');
    name.className = 'name';
    name.textContent = `${file.name} (${Math.max(1, Math.round(file.size / 1024)).toLocaleString('en-GB')} KB)`;
    const field = document.createElement('div');
    field.className = 'field';
    const agency = document.createElement('input');
    agency.type = 'text';
    agency.id = `agency-${++fileCount}`;
    agency.autocomplete = 'organization';
    const label = document.createElement('label');
    label.htmlFor = agency.id;
    label.textContent = `Agency for ${file.name} (leave blank to use its Institution column)`;
    field.append(label, agency);
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = `Remove ${file.name}`;
    const problem = document.createElement('p');
    problem.className = 'file-problem';
    problem.id = `problem-${fileCount}`;
    problem.hidden = true;
    agency.setAttribute('aria-describedby', problem.id);
    const entry: Picked = { file, agency, problem };
    remove.addEventListener('click', () => {
      picked.splice(picked.indexOf(entry), 1);
      row.remove();
      refresh();
      fileInput.focus();
    });
    row.append(name, problem, field, remove);
    list.append(row);
    picked.push(entry);
  }
  refresh();
}

function refresh(): void {
  listTable.hidden = picked.length === 0;
  runButton.disabled = picked.length === 0;
  if (picked.length > 0 && !result) say(`${picked.length} file(s) chosen. Set the agencies if you need to, then make the report.`);
}

function say(text: string): void {
  status.textContent = text;
}

/** Lets the page paint and answer input: a task of its own after anything already queued (clicks, frames). */
const yieldToPage = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/** At most this long between yields, so a click or a key press is answered within a frame or two. */
const BUDGET_MS = 50;
/**
 * Chromium hands a file's stream over in chunks of up to a megabyte; one such chunk takes the tokenizer longer
 * than the budget, so the reader gets them in slices of this size.
 */
const SLICE = 64 * 1024;

/** Streams a file's bytes in slices, counting them for the progress bar and yielding to the page every BUDGET_MS. */
async function* chunksOf(file: File, onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  let paused = performance.now();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    for (let at = 0; at < value.length; at += SLICE) {
      const slice = value.subarray(at, at + SLICE);
      onBytes(slice.length);
      if (performance.now() - paused > BUDGET_MS) {
        await yieldToPage();
        paused = performance.now();
      }
      yield slice;
    }
  }
}

function numberFrom(id: string, min: number, max: number, label: string): number {
  const input = $<HTMLInputElement>(id);
  const n = Number(input.value);
  if (input.value.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
    input.focus();
    throw new RangeError(`${label} must be a number from ${min} to ${max}.`);
  }
  return n;
}

async function run(): Promise<void> {
  const asOf = $<HTMLInputElement>('as-of').value;
  let options;
  try {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new RangeError('Give the date the figures are for.');
    options = {
      asOf,
      refresherMonths: numberFrom('refresher-months', 1, 120, 'The refresher period'),
      passMark: numberFrom('pass-mark', 0, 100, 'The pass mark'),
      flagBelow: numberFrom('flag-below', 0, 100, 'The flag threshold') / 100,
      minAnswers: numberFrom('min-answers', 1, 1e9, 'The least number of answers'),
      target: numberFrom('target', 0, 100, 'The compliance target') / 100,
    };
  } catch (err) {
    say((err as Error).message);
    return;
  }
  runButton.disabled = true;
  const total = picked.reduce((n, p) => n + p.file.size, 0) || 1;
  let done = 0;
  let shown = 0;
  progress.hidden = false;
  progress.value = 0;
  const sources: ExportSource[] = picked.map((p, i) => {
    const agency = p.agency.value.trim();
    return {
      file: p.file.name,
      ...(agency !== '' ? { agency } : {}),
      chunks: () =>
        chunksOf(p.file, (n) => {
          done += n;
          const share = done / total;
          if (share - shown >= 0.01 || share === 1) {
            shown = share;
            progress.value = share;
            say(`Reading file ${i + 1} of ${picked.length}, ${p.file.name}: ${Math.round(share * 100)}% of all files read.`);
          }
        }),
    };
  });
  for (const p of picked) p.problem.hidden = true;
  const inRun = [...picked];
  let read = 0;
  const showProblem = (p: Picked | undefined, s: SourceSummary): void => {
    if (!p) return;
    p.problem.textContent = s.problem !== null ? `Not used: ${s.problem}.` : s.warning !== null ? `Partly used: ${s.warning}.` : '';
    p.problem.hidden = s.problem === null && s.warning === null;
  };
  try {
    say('Reading the files…');
    result = await makeReport(sources, {
      course,
      ...options,
      onSource: (s) => showProblem(inRun[read++], s),
      pause: async () => {
        say('All files read. Working out the figures…');
        await yieldToPage();
      },
    });
    progress.value = 1;
    say('Figures ready. Showing the report…');
    await yieldToPage();
    reportBox.innerHTML = renderReportBody(result.figures);
    setUpFilters();
    output.hidden = false;
    const f = result.figures;
    const warn =
      f.courseMatch.verdict === 'other' ? ' Warning: these downloads seem to be from another course (see the top of the report).' : '';
    const unused = f.filesNotUsed.length > 0 ? ` ${f.filesNotUsed.length} file(s) could not be used: the reason is beside each.` : '';
    const partly =
      f.filesPartlyUsed.length > 0 ? ` ${f.filesPartlyUsed.length} file(s) could only be partly used: what to do is beside each.` : '';
    say(
      `Report ready: ${f.overall.learners.toLocaleString('en-GB')} learners, ${f.dataQuality.total.toLocaleString('en-GB')} data-quality issue(s).${warn}${unused}${partly} It is below; save or print it with the buttons.`,
    );
    $<HTMLHeadingElement>('output-heading').focus();
  } catch (err) {
    result = null;
    output.hidden = true;
    reportBox.textContent = '';
    if (err instanceof NoReportError)
      say(`No report made: none of the ${err.files.length} file(s) could be used. The reason is beside each file.`);
    else say(`The report could not be made: ${(err as Error).message}. Check that the files are LMS downloads and try again.`);
  } finally {
    progress.hidden = true;
    runButton.disabled = picked.length === 0;
  }
}

const filterAgency = $<HTMLSelectElement>('filter-agency');
const filterDepartment = $<HTMLSelectElement>('filter-department');

function options(select: HTMLSelectElement, all: string, values: string[]): void {
  select.replaceChildren(...[['', all], ...values.map((v) => [v, v])].map(([value = '', text = '']) => new Option(text, value)));
}

/** Agencies and departments from the compliance table, for the two filters; hidden when there is nothing to choose. */
function setUpFilters(): void {
  const groups = result?.figures.compliance.groups ?? [];
  options(filterAgency, 'All agencies', [...new Set(groups.map((g) => g.agency))]);
  options(filterDepartment, 'All departments', [...new Set(groups.filter((g) => g.department !== '').map((g) => g.department))].sort());
  $<HTMLDivElement>('filters').hidden = groups.length <= 2;
  applyFilters();
}

/** Hides the rows of other agencies and departments (on screen and in print) and says on the report what is shown. */
function applyFilters(): void {
  const agency = filterAgency.value;
  const department = filterDepartment.value;
  for (const row of Array.from(reportBox.querySelectorAll<HTMLElement>('[data-agency]'))) {
    const d = row.dataset.department ?? '';
    row.hidden = (agency !== '' && row.dataset.agency !== agency) || (department !== '' && d !== '' && d !== department);
  }
  const note = reportBox.querySelector<HTMLParagraphElement>('#filter-note');
  if (note) {
    note.hidden = agency === '' && department === '';
    note.textContent = `Shown: ${agency || 'all agencies'}, ${department || 'all departments'}. Rows of others are left out of the tables and lists below.`;
  }
}
filterAgency.addEventListener('change', applyFilters);
filterDepartment.addEventListener('change', applyFilters);

const TYPES: Record<OutputFile, string> = {
  'report.html': 'text/html',
  'figures.json': 'application/json',
  'figures.csv': 'text/csv',
  'learners.csv': 'text/csv',
  'data-quality.csv': 'text/csv',
};

/** Makes the file only now (figures.json for 100,000 learners is large), after saying so on the page. */
async function save(name: OutputFile): Promise<void> {
  if (!result) return;
  say(`Preparing ${name}…`);
  await yieldToPage();
  const url = URL.createObjectURL(new Blob([result.output(name)], { type: `${TYPES[name]};charset=utf-8` }));
  say(`${name} is ready: your browser saves it or asks where to put it.`);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

fileInput.addEventListener('change', () => {
  addFiles(fileInput.files);
  fileInput.value = '';
});
const drop = $<HTMLDivElement>('drop');
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  addFiles(e.dataTransfer?.files ?? null);
});
runButton.addEventListener('click', () => void run());
for (const name of OUTPUT_FILES) {
  $<HTMLButtonElement>(`save-${name.replace('.', '-')}`).addEventListener('click', () => void save(name));
}
$<HTMLButtonElement>('print').addEventListener('click', () => window.print());
refresh();

// Checking a printed record: the same code the player printed, recomputed from what the officer types.
$<HTMLButtonElement>('check-run').addEventListener('click', () => {
  const learnerId = $<HTMLInputElement>('check-learner').value.trim();
  const completedOn = $<HTMLInputElement>('check-date').value;
  const typed = $<HTMLInputElement>('check-code').value;
  const out = $<HTMLParagraphElement>('check-result');
  if (!learnerId || !completedOn || !typed) {
    out.textContent = 'Fill in the learner ID, the completion date and the code, as the record shows them.';
    return;
  }
  // Only match or no match: the page never shows the code the course would give, or anyone could make one.
  out.textContent = codeMatches({ learnerId, courseId: course.id, version: course.version, completedOn }, typed)
    ? `Match: the code fits learner ID ${learnerId}, ${course.title} version ${course.version}, completed on ${completedOn}. ${MATCH_MEANS}`
    : `No match: the code does not fit learner ID ${learnerId}, ${course.title} version ${course.version}, completed on ${completedOn}. Check each detail against the record (the ID exactly as printed, the date); if they are right, the record was changed or was not made by this course version.`;
});
