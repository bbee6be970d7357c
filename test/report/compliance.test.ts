// The compliance view: as of a date, with a refresher period and a target, who is trained, overdue (with days),
// due within 30 days (with the date) or never started, per agency and department.

import { describe, expect, test } from 'vitest';
import { fixture, report } from './helpers.ts';

// As of 30 June 2025 with a 12-month refresher: Olga passed 21 May 2024 (due 21 May 2025, 40 days overdue), Sam
// passed 10 July 2024 (due 10 July 2025, in 10 days).
const OPTS = { asOf: '2025-06-30', refresherMonths: 12 };

describe('compliance as of 2025-06-30, 12-month refresher, default target 95%', async () => {
  const { figures: f, read } = await report([{ file: fixture('compliance-learners.csv') }], OPTS);
  const row = (name: string) => f.learners.find((l) => l.name === name);

  test('each learner’s standing, refresher date and days overdue', () => {
    expect(row('Olga Overdue')).toMatchObject({ standing: 'overdue', dueOn: '2025-05-21', daysOverdue: 40 });
    expect(row('Sam Soon')).toMatchObject({ standing: 'due soon', dueOn: '2025-07-10', daysOverdue: null });
    expect(row('Tia Trained')).toMatchObject({ standing: 'trained', dueOn: '2026-03-01' });
    expect(row('Nia Never')).toMatchObject({ standing: 'never started', dueOn: null });
    expect(row('Ivo Inprogress')).toMatchObject({ standing: 'not trained', statusText: 'In progress' });
  });

  test('per agency and department: trained within the period, percent against the 95% target, overdue, due soon, never started', () => {
    expect(f.compliance.target).toBe(0.95);
    expect(
      f.compliance.groups.map((g) => [
        g.agency,
        g.department,
        g.learners,
        g.trained,
        g.rate,
        g.meetsTarget,
        g.overdue,
        g.dueSoon,
        g.neverStarted,
      ]),
    ).toEqual([
      ['Surrey NHS', '', 1, 1, 1, true, 0, 0, 0],
      ['Surrey NHS', 'Wards', 1, 1, 1, true, 0, 0, 0],
      ['Surrey Police', '', 5, 2, 0.4, false, 1, 1, 1],
      ['Surrey Police', 'Custody', 3, 1, 0.3333, false, 0, 0, 1],
      ['Surrey Police', 'Response', 2, 1, 0.5, false, 1, 1, 0],
    ]);
  });

  test('the report lists overdue with days, due soon with the date, never started; rows carry agency and department for the filter', async () => {
    const html = await read('report.html');
    const section = html.slice(html.indexOf('<h2 id="compliance">'), html.indexOf('<h2 id="agencies">'));
    expect(section).toContain('<h2 id="compliance">Compliance as of 2025-06-30</h2>');
    expect(section).toContain(
      '<tr data-agency="Surrey Police" data-department="Response"><th scope="row">Olga Overdue</th><td>Surrey Police</td><td>Response</td><td>2025-05-21</td><td>40</td>',
    );
    expect(section).toContain('<th scope="row">Sam Soon</th><td>Surrey Police</td><td>Response</td><td>2025-07-10</td>');
    expect(section).toMatch(/<h3>Never started \(1\)<\/h3>[\s\S]*Nia Never/);
    expect(section).toContain('<td>No (3 more needed)</td>');
  });

  test('a target of 40% is met by Surrey Police (2 of 5 trained)', async () => {
    const { figures: g } = await report([{ file: fixture('compliance-learners.csv') }], { ...OPTS, target: 0.4 });
    expect(g.compliance.groups.find((x) => x.agency === 'Surrey Police' && x.department === '')?.meetsTarget).toBe(true);
  });
});

describe('the player after a failed SCORM 2004 attempt with retries left (success “unknown”, completion incomplete)', async () => {
  const { figures: f } = await report([{ file: fixture('scorm2004-retry.csv') }], OPTS);

  test('is in progress and not yet passed, never failed: not trained, needs to complete', () => {
    expect(f.learners.find((l) => l.name === 'Rae Retry')).toMatchObject({
      status: 'incomplete',
      statusText: 'In progress',
      score: 60,
      action: 'not completed',
      standing: 'not trained',
    });
    expect(f.learners.filter((l) => l.status === 'failed').map((l) => l.name)).toEqual(['Fay Failed']);
  });
});
