// Moodle's activity completion download (both encodings) against the lab's database read-back, alone and merged with other downloads.

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Figures } from '../../build/report/6-figures/figures.ts';
import { NoReportError } from '../../build/report/report-core.ts';
import { fixture, report } from './helpers.ts';

const lab = (name: string): string => fixture(`moodle-lab/${name}`);
const OPTS = { passMark: 75, asOf: '2026-11-30' };
const ACTIVITY = 'Data Protection & Security Awareness (Module 3)';

/** A TSV read-back from the lab's database (fixtures/moodle-lab/_groundtruth), as objects by column name. */
function groundTruth(name: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(lab(`_groundtruth/${name}`), 'utf8')
    .trimEnd()
    .split('\n');
  const cols = (head ?? '').split('\t');
  return rows.map((r) => Object.fromEntries(r.split('\t').map((v, i) => [cols[i] ?? '', v])));
}

const users = groundTruth('db_users_grades.tsv');
// The activity completes on "Require status: Passed" (README): Moodle marks it when lesson_status becomes passed.
const passedOn = new Map(
  groundTruth('db_scorm_tracks.tsv')
    .filter((t) => t.element === 'cmi.core.lesson_status' && t.value === 'passed')
    .map((t) => [t.username ?? '', (t.modified_utc ?? '').slice(0, 10)]),
);
const expectedLearners = users
  .map((u) => ({
    learnerId: u.idnumber,
    name: `${u.firstname} ${u.lastname}`,
    email: u.email,
    agency: u.institution,
    department: u.department,
    status: passedOn.has(u.username ?? '') ? 'completed' : 'not-completed',
    completedOn: passedOn.get(u.username ?? '') ?? null,
  }))
  .sort((a, b) => (a.learnerId ?? '').localeCompare(b.learnerId ?? ''));

const learnersOf = (f: Figures) =>
  f.learners
    .map((l) => ({
      learnerId: l.learnerId,
      name: l.name,
      email: l.email,
      agency: l.agency,
      department: l.department,
      status: l.status,
      completedOn: l.completedOn,
    }))
    .sort((a, b) => a.learnerId.localeCompare(b.learnerId));

describe.for<[string, string]>([
  ['UTF-8 comma download', 'completion_progress__utf8.csv'],
  ['Excel-compatible UTF-16LE tab download', 'completion_progress__excel-utf16le.csv'],
])('activity completion, %s', async ([, file]) => {
  const { figures: f } = await report([{ file: lab(file) }], OPTS);

  test('is read as the completion download of the SCORM activity, its &amp; in the heading decoded', () => {
    expect(f.sources.map((s) => [s.layout, s.dataRows, s.attempts])).toEqual([
      [`Moodle activity completion download of "${ACTIVITY}"`, 7, 7],
    ]);
  });

  test('every learner, agency and department is the database’s; completed on the day lesson_status became passed', () => {
    expect(passedOn.size).toBe(3);
    expect(learnersOf(f)).toEqual(expectedLearners);
  });

  test('figures: 7 learners, 3 completed and up to date (Aoife, Emma, Zoë in November 2026), by agency 2 of 4 and 1 of 3', () => {
    expect(f.overall).toMatchObject({ learners: 7, completed: 3, passed: 3, upToDate: 3, averageScore: null });
    expect(f.byAgency.map((g) => [g.agency, g.learners, g.completed, g.upToDate])).toEqual([
      ['Northern Health Agency', 4, 2, 2],
      ['Revenue & Customs Service', 3, 1, 1],
    ]);
    expect(f.completionsByMonth).toEqual([{ month: '2026-11', completions: 3 }]);
  });

  test('"Not completed" is shown as such, never as failed or not started', () => {
    expect(f.learners.filter((l) => l.status === 'not-completed').map((l) => l.statusText)).toEqual(
      Array(4).fill('Not completed (in progress, failed or not started: not in the export)'),
    );
  });

  test('the data-quality list has one missing-column note: no scores or answers in this download', () => {
    expect(f.dataQuality.listed.map((i) => [i.kind, i.line, i.rowsExcluded, i.message])).toEqual([
      ['missing-column', 1, 0, expect.stringContaining('has no scores and no answers')],
    ]);
  });
});

describe('activity completion merged with the other downloads', () => {
  test('both encodings give the same learners and figures', async () => {
    const a = (await report([{ file: lab('completion_progress__utf8.csv') }], OPTS)).figures;
    const b = (await report([{ file: lab('completion_progress__excel-utf16le.csv') }], OPTS)).figures;
    expect(b.learners).toEqual(a.learners);
    expect(b.byAgency).toEqual(a.byAgency);
  });

  test('with the gradebook: its scores give pass and fail, the completion download the dates (3 up to date)', async () => {
    const { figures: f } = await report(
      [{ file: lab('gradebook_txt__defaults.csv') }, { file: lab('completion_progress__excel-utf16le.csv') }],
      OPTS,
    );
    expect(f.overall).toMatchObject({ learners: 7, completed: 3, passed: 3, upToDate: 3, averageScore: 60 });
    expect(Object.fromEntries(f.learners.map((l) => [l.name, [l.statusText, l.score, l.completedOn]]))).toEqual({
      "Aoife O'Neill": ['Passed', 100, '2026-11-22'],
      'Bob =SUM(1+1)': ['Failed', 0, null],
      'Emma Jones': ['Passed', 100, '2026-11-22'],
      'Farah Khan': ['Failed', 25, null],
      'Zoë Lefèvre': ['Passed', 75, '2026-11-22'],
      'Dev Patel': ['In progress or not started (not in the export)', null, null],
      'Gareth Hughes': ['In progress or not started (not in the export)', null, null],
    });
    expect(f.dataQuality.byKind.map((k) => k.kind)).toEqual(['missing-column']);
  });

  test('with the basic report: every learner as the basic report alone has them, nothing conflicting', async () => {
    const basic = (await report([{ file: lab('scorm_basic__details_all-users.txt') }], OPTS)).figures;
    const both = (await report([{ file: lab('scorm_basic__details_all-users.txt') }, { file: lab('completion_progress__utf8.csv') }], OPTS))
      .figures;
    expect(both.learners).toEqual(basic.learners);
    expect(both.overall).toEqual(basic.overall);
    expect(both.dataQuality.byKind.map((k) => k.kind)).toEqual(['missing-column']);
  });
});

describe('activity completion with several activities and every completion state', async () => {
  const { figures: f } = await report([{ file: fixture('moodle-completion-activities.csv') }]);

  test('the activity named after the course ("MAISP test course: …") is read, not the others', () => {
    expect(f.sources[0]?.layout).toBe('Moodle activity completion download of "MAISP test course: Surrey Police"');
  });

  test('achieved pass grade is passed, did not achieve is failed, set by someone counts as set, "Finished" is left out', () => {
    expect(f.learners.map((l) => [l.name, l.status, l.completedOn]).sort()).toEqual([
      ['Ann Able', 'passed', '2025-03-04'],
      ['Ben Bold', 'failed', null],
      ['Cal Cole', 'completed', '2025-02-01'],
      ['Dee Dunn', 'not-completed', null],
      ['Fay Ford', 'completed', null],
    ]);
    expect(f.dataQuality.listed.filter((i) => i.kind !== 'missing-column').map((i) => [i.kind, i.line, i.message])).toEqual([
      ['bad-status', 6, expect.stringContaining('reads "Finished", not a Moodle completion state')],
      ['bad-date', 7, 'completion date: no such date "31 February 2025"; left blank'],
    ]);
  });

  test('a download with no activity named after the course makes no report: the file is named with the reason', async () => {
    const error = await report([{ file: fixture('malformed/moodle-completion-no-course-activity.csv') }]).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NoReportError);
    expect((error as NoReportError).files).toEqual([
      {
        file: fixture('malformed/moodle-completion-no-course-activity.csv'),
        reason: expect.stringMatching(/lists "Announcements", "Quiz".*set "Include" to "SCORM package"/),
      },
    ]);
  });
});

describe('downloads that lack a column', async () => {
  const { figures: f, read } = await report(
    [
      { file: lab('scorm_basic__default-prefs.txt') },
      { file: lab('scorm_basic__details_all-users__identity-email-only.txt') },
      { file: fixture('malformed/moodle-completion-no-course-activity.csv') },
      { file: fixture('malformed/bad-values.csv') },
    ],
    OPTS,
  );
  const notes = f.dataQuality.listed.filter((i) => i.kind === 'missing-column');

  test('each is filed as missing-column: no status column, no ID number, no Institution, no SCORM activity', () => {
    expect(notes.map((i) => [i.file.split('/').pop(), i.line, i.rowsExcluded, i.message])).toEqual([
      ['scorm_basic__default-prefs.txt', 1, 0, expect.stringMatching(/^this Moodle download has no status column/)],
      ['scorm_basic__details_all-users__identity-email-only.txt', 1, 0, expect.stringMatching(/^this download has no "ID number" column/)],
      [
        'scorm_basic__details_all-users__identity-email-only.txt',
        1,
        0,
        expect.stringMatching(/^this download has no "Institution" column/),
      ],
      [
        'moodle-completion-no-course-activity.csv',
        1,
        1,
        expect.stringMatching(/^this file looks like a Moodle activity completion download but lacks an activity named after the course/),
      ],
    ]);
  });

  test('the HTML lists them as one group, first, apart from the other kinds', async () => {
    const html = await read('report.html');
    const section = html.slice(html.indexOf('<h2 id="data-quality">'), html.indexOf('<h2 id="sources">'));
    const tables = section.split('<caption>').slice(2);
    expect(tables.map((t) => t.slice(0, t.indexOf('</caption>')))).toEqual([
      'Columns missing from a download',
      'Rows that could not be read',
      'Dates that could not be read',
      'Scores that could not be read',
      'Status words the report does not know',
      'Times spent that could not be read',
      'Rows without a learner, or answers from learners no file lists',
      'Rows repeated in one download',
    ]);
    const group = tables[0] ?? '';
    expect(group.match(/<tr><th scope="row">/g)).toHaveLength(notes.length);
    expect(group).toContain('set &quot;Include&quot; to &quot;SCORM package&quot;');
    expect(tables.slice(1).join('')).not.toContain('column');
  });
});
