// Real Moodle 4.5 downloads (fixtures/moodle-lab, see its README): figures checked against values worked out by hand.

import { describe, expect, test } from 'vitest';
import type { Figures } from '../../build/report/6-figures/figures.ts';
import { fixture, report } from './helpers.ts';

const lab = (name: string): string => fixture(`moodle-lab/${name}`);
const NHA = 'Northern Health Agency';
const RCS = 'Revenue & Customs Service';
// The lab's SCO passes at 75 (README "Scoring rules"); the figures are for a week after the lab's 22 November 2026.
const OPTS = { passMark: 75, asOf: '2026-11-30' };

const statusOf = (f: Figures): Record<string, string> => Object.fromEntries(f.learners.map((l) => [l.name, l.statusText]));
const agencyRow = (f: Figures) => f.byAgency.map((g) => [g.agency, g.learners, g.completed, g.passed, g.upToDate, g.averageScore]);

describe('basic report with Track details (the SCO column)', async () => {
  const { figures: f, read } = await report([{ file: lab('scorm_basic__details_all-users.txt') }], OPTS);

  test('the escaped institution "Revenue &amp; Customs Service" becomes one agency named with a plain &', () => {
    expect(f.byAgency.map((g) => g.agency)).toEqual([NHA, RCS]);
  });

  test('average score counts only raw scores: (100 + 0 + 75 + 100 + 25) / 5 = 60, by agency 200/3 and 100/2', () => {
    expect(f.overall.averageScore).toBe(60);
    expect(agencyRow(f)).toEqual([
      [NHA, 4, 2, 2, 2, 66.67],
      [RCS, 3, 1, 1, 1, 50],
    ]);
  });

  test('Dev Patel’s Incomplete attempt with Score 0 has no score: not in the 0–9 band, best score blank', () => {
    expect(f.scoreDistribution.map((b) => b.learners)).toEqual([1, 0, 1, 0, 0, 0, 0, 1, 0, 2]);
    expect(f.learners.find((l) => l.name === 'Dev Patel')).toMatchObject({ status: 'incomplete', score: null });
    expect(f.learners.find((l) => l.name === 'Bob =SUM(1+1)')).toMatchObject({ status: 'failed', score: 0 });
  });

  test('statuses are words: Emma’s second attempt passes, Gareth never started', () => {
    expect(statusOf(f)).toEqual({
      "Aoife O'Neill": 'Passed',
      'Bob =SUM(1+1)': 'Failed',
      'Emma Jones': 'Passed',
      'Gareth Hughes': 'Not started',
      'Dev Patel': 'In progress',
      'Farah Khan': 'Failed',
      'Zoë Lefèvre': 'Passed',
    });
  });

  test('completions are the three Moodle marks Completed (Aoife, Zoë, Emma on attempt 2), all in November 2026', () => {
    expect(f.overall).toMatchObject({ learners: 7, completed: 3, passed: 3, upToDate: 3 });
    expect(f.completionsByMonth).toEqual([{ month: '2026-11', completions: 3 }]);
    expect(f.learners.filter((l) => l.action).map((l) => l.name)).toEqual(['Bob =SUM(1+1)', 'Gareth Hughes', 'Farah Khan', 'Dev Patel']);
  });

  test('no &amp; survives into the HTML, the CSVs or the JSON', async () => {
    const html = await read('report.html');
    expect(html).toContain('Revenue &amp; Customs Service');
    expect(html).not.toContain('&amp;amp;');
    for (const name of ['figures.json', 'figures.csv', 'learners.csv']) {
      const text = await read(name);
      expect(text).toContain(RCS);
      expect(text).not.toContain('&amp;');
    }
    expect(await read('learners.csv')).toContain(
      `${RCS},Operations,RCS-2002,Dev Patel,dev.patel@rcs.example.org,In progress,,,not completed`,
    );
  });
});

describe('basic report with Moodle’s default preferences (no SCO column)', async () => {
  const { figures: f } = await report([{ file: lab('scorm_basic__default-prefs.txt') }], OPTS);

  test('a learner with Score 0 and nothing else is in progress or not started, never failed', () => {
    expect(f.learners.filter((l) => l.score === null && l.status === 'unknown').map((l) => l.name)).toEqual(['Bob =SUM(1+1)', 'Dev Patel']);
    expect(statusOf(f)['Dev Patel']).toBe('In progress or not started (not in the export)');
    expect(f.learners.filter((l) => l.status === 'failed').map((l) => l.name)).toEqual(['Farah Khan']);
  });

  test('averages leave the zeros out: (100 + 75 + 100 + 25) / 4 = 75; 100 and 50 by agency', () => {
    expect(f.overall.averageScore).toBe(75);
    expect(agencyRow(f)).toEqual([
      [NHA, 4, 2, 2, 2, 100],
      [RCS, 3, 1, 1, 1, 50],
    ]);
    expect(f.scoreDistribution.map((b) => b.learners)).toEqual([0, 0, 1, 0, 0, 0, 0, 1, 0, 2]);
  });

  test('the data-quality list says the status column is missing and how to get it', () => {
    expect(f.dataQuality.listed).toEqual([
      expect.objectContaining({
        kind: 'missing-column',
        line: 1,
        rowsExcluded: 0,
        message: expect.stringMatching(/no status column .*set "Track details" \(Details\) to Yes/),
      }),
    ]);
  });

  test('read with the interactions report (which has the SCO column), the stronger rows win and nothing conflicts', async () => {
    const { figures: both } = await report(
      [{ file: lab('scorm_basic__default-prefs.txt') }, { file: lab('scorm_interactions__all-columns_all-users.txt') }],
      OPTS,
    );
    expect(statusOf(both)['Bob =SUM(1+1)']).toBe('Failed');
    expect(statusOf(both)['Dev Patel']).toBe('In progress');
    expect(both.overall.averageScore).toBe(60);
    expect(both.dataQuality.mergedRows).toBe(8);
    expect(both.dataQuality.byKind.map((k) => [k.kind, k.count])).toEqual([
      // The lab SCO's ids (m3-q-…-a1) are another package's, not <module>.<question>.<attempt>: 26 answers listed.
      ['bad-interaction-id', 26],
      ['missing-column', 1],
    ]);
  });
});

describe('gradebook plain-text export', async () => {
  const comma = await report([{ file: lab('gradebook_txt__defaults.csv') }], OPTS);
  const tab = await report([{ file: lab('gradebook_txt__real-pct-letter_feedback_all-enrolments_tab.csv') }], OPTS);

  test('comma layout: grades against the pass mark give passed/failed, "-" gives no score and no status', () => {
    const f = comma.figures;
    expect(f.sources[0]?.layout).toBe('Moodle gradebook export');
    expect(f.learners.map((l) => [l.name, l.learnerId, l.agency, l.department, l.statusText, l.score])).toEqual([
      ['Bob =SUM(1+1)', 'NHA-1002', NHA, 'Finance, Procurement and Estates', 'Failed', 0],
      ['Gareth Hughes', 'NHA-1004', NHA, 'Finance, Procurement and Estates', 'In progress or not started (not in the export)', null],
      ["Aoife O'Neill", 'NHA-1001', NHA, 'Records Management', 'Passed', 100],
      ['Emma Jones', 'NHA-1003', NHA, 'Records Management', 'Passed', 100],
      ['Farah Khan', 'RCS-2003', RCS, 'Information Governance', 'Failed', 25],
      ['Zoë Lefèvre', 'RCS-2001', RCS, 'Information Governance', 'Passed', 75],
      ['Dev Patel', 'RCS-2002', RCS, 'Operations', 'In progress or not started (not in the export)', null],
    ]);
    expect(f.overall).toMatchObject({ learners: 7, completed: 3, passed: 3, upToDate: 0, averageScore: 60 });
  });

  test('comma layout: the data-quality list says grades are points and there are no completion dates', () => {
    expect(comma.figures.dataQuality.listed.map((i) => i.message)).toEqual([
      expect.stringContaining('as points ("Real")'),
      expect.stringContaining('has no completion dates'),
    ]);
  });

  test('tab layout with Percentage, Letter, Feedback and Suspended columns gives the same learners and figures', () => {
    const strip = (f: Figures) => ({ learners: f.learners, overall: f.overall, byAgency: f.byAgency, bands: f.scoreDistribution });
    expect(strip(tab.figures)).toEqual(strip(comma.figures));
    expect(tab.figures.dataQuality.listed.map((i) => i.message)).toEqual([expect.stringContaining('has no completion dates')]);
  });

  test('with the default-preferences basic report, the gradebook’s 0.00 shows Bob failed and dates come from the report', async () => {
    const { figures: f } = await report(
      [{ file: lab('scorm_basic__default-prefs.txt') }, { file: lab('gradebook_txt__defaults.csv') }],
      OPTS,
    );
    expect(statusOf(f)).toMatchObject({
      'Bob =SUM(1+1)': 'Failed',
      'Gareth Hughes': 'Not started',
      'Dev Patel': 'In progress or not started (not in the export)',
    });
    expect(f.overall).toMatchObject({ learners: 7, completed: 3, upToDate: 3, averageScore: 60 });
  });
});

describe('other lab downloads', () => {
  test('the objectives report’s short attempt rows (a Moodle 4.5 bug) are read, not rejected, and the bug is explained', async () => {
    const { figures: f } = await report([{ file: lab('scorm_objectives__with-scores_all-users.txt') }], OPTS);
    expect(f.overall).toMatchObject({ learners: 7, completed: 3, averageScore: 60 });
    expect(f.dataQuality.listed.map((i) => [i.kind, i.message])).toEqual([['missing-column', expect.stringContaining('Moodle 4.5 bug')]]);
  });

  test('the email-only identity download keys learners by email and takes the agency from --agency', async () => {
    const { figures: f } = await report([{ file: lab('scorm_basic__details_all-users__identity-email-only.txt'), agency: RCS }], OPTS);
    expect(f.byAgency.map((g) => [g.agency, g.learners, g.averageScore])).toEqual([[RCS, 7, 60]]);
    expect(f.learners.find((l) => l.name === 'Dev Patel')).toMatchObject({ learnerId: '', email: 'dev.patel@rcs.example.org' });
  });

  test('the default interactions download (responses only) says which options to tick and counts no answers', async () => {
    const { figures: f } = await report([{ file: lab('scorm_interactions__default-prefs.txt') }], OPTS);
    expect(f.dataQuality.listed.map((i) => i.message)).toEqual([expect.stringContaining('tick "Summary of question"')]);
    expect(f.questions.every((q) => q.answered === 0)).toBe(true);
  });
});

describe('interactions download with questions and responses but no results', async () => {
  const { figures: f } = await report([{ file: fixture('moodle-question-response.txt') }], OPTS);

  test('answers are scored from the decoded response (1.2 letters, t/f) against the course model', () => {
    const q = Object.fromEntries(f.questions.map((x) => [x.id, [x.answered, x.correct]]));
    expect(q).toMatchObject({ 'final-q1': [2, 1], 'final-q2': [2, 2], 'aims-q-legal': [2, 1] });
  });

  test('a response that names no option is listed, not counted', () => {
    expect(f.dataQuality.listed.map((i) => [i.kind, i.line, i.message])).toEqual([
      ['missing-column', 1, expect.stringContaining('no "ID number" column')],
      ['bad-result', 4, 'interaction "final.final-q1.1": response "z" names no option of the question; answer not counted'],
    ]);
  });
});
