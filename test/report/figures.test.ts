// Fixture exports from three agencies (Moodle basic + interactions, generic, mapped) give known figures, asserted exactly.

import { describe, expect, test } from 'vitest';
import { loadMapping } from '../../build/report/load-mapping.ts';
import { fixture, report } from './helpers.ts';

async function fullReport() {
  const mapping = await loadMapping(fixture('council-mapping.yaml'));
  return report(
    [
      { file: fixture('moodle-basic-police.txt'), agency: 'Surrey Police' },
      { file: fixture('moodle-interactions-police.txt'), agency: 'Surrey Police' },
      { file: fixture('generic-learners-nhs.csv') },
      { file: fixture('generic-interactions-nhs.csv') },
      { file: fixture('council-lms.csv'), agency: 'Surrey County Council', mapping },
    ],
    { minAnswers: 2 },
  );
}

describe('report over three agencies’ exports', async () => {
  const { figures: f, read } = await fullReport();

  test('overall completion, pass and up-to-date counts, average score and time match the fixtures', () => {
    expect(f.overall).toEqual({
      agency: 'All agencies',
      department: '',
      learners: 10,
      completed: 6,
      passed: 6,
      upToDate: 5,
      completionRate: 0.6,
      passRate: 0.6,
      upToDateRate: 0.5,
      averageScore: 75.43,
      averageTimeSeconds: 1500,
      learnersWithTime: 5,
    });
  });

  test('each agency gets its own learners, completions and averages', () => {
    expect(f.byAgency.map((g) => [g.agency, g.learners, g.completed, g.passed, g.upToDate, g.averageScore, g.averageTimeSeconds])).toEqual([
      ['Surrey County Council', 2, 1, 1, 1, 88, 1500],
      ['Surrey NHS', 4, 2, 2, 2, 61.67, 1500],
      ['Surrey Police', 4, 3, 3, 2, 85, null],
    ]);
  });

  test('departments are reported within their agency', () => {
    expect(f.byDepartment.map((g) => [g.agency, g.department, g.learners, g.completed])).toEqual([
      ['Surrey County Council', "Children's Services", 2, 1],
      ['Surrey NHS', 'Admin', 2, 0],
      ['Surrey NHS', 'Wards', 2, 2],
      ['Surrey Police', 'CID', 2, 1],
      ['Surrey Police', 'Response', 2, 2],
    ]);
  });

  test('completions per month use each learner’s latest completion (Moodle "Last accessed on", generic completed_on, mapped d/m/y)', () => {
    expect(f.completionsByMonth).toEqual([
      { month: '2024-06', completions: 1 },
      { month: '2025-01', completions: 1 },
      { month: '2025-02', completions: 1 },
      { month: '2025-03', completions: 1 },
      { month: '2025-04', completions: 1 },
      { month: '2025-05', completions: 1 },
    ]);
  });

  test('score distribution counts best scores per ten-point band (Moodle 60/100 then 80/100 counts 80; mapped 0.88 counts 88)', () => {
    expect(f.scoreDistribution.map((b) => b.learners)).toEqual([0, 0, 0, 0, 1, 1, 0, 0, 3, 2]);
  });

  test('learners needing action: not completed, or completed before the 12-month cutoff', () => {
    expect(f.refresherCutoff).toBe('2024-06-30');
    expect(f.learners.filter((l) => l.action).map((l) => [l.name, l.action])).toEqual([
      ['Jack Jay', 'not completed'],
      ['Gina Gale', 'not completed'],
      ['Hal Hunt', 'not completed'],
      ['Dan Dunn', 'not completed'],
      ['Bob Baker', 'refresher due'],
    ]);
  });

  test('question facility maps interaction ids back to questions, lowest first, flagging those under 60%', () => {
    expect(f.questions.map((q) => [q.id, q.answered, q.correct, q.facility, q.flagged])).toEqual([
      ['aims-q-who', 4, 1, 0.25, true],
      ['final-q2', 3, 1, 0.3333, true],
      ['final-q1', 4, 3, 0.75, false],
      ['aims-q-legal', 2, 2, 1, false],
      ['sharing-q-basis', 0, 0, null, false],
    ]);
    expect(f.questions[1]?.text).toBe("A caller asks for a pupil's address. What do you do first?");
    expect(f.questions[1]?.references).toEqual(['¶12', '¶17–19']);
  });

  test('module results pool its check and the assessment questions on its objectives', () => {
    expect(f.modules.map((m) => [m.id, m.answered, m.correct, m.facility])).toEqual([
      ['aims', 10, 6, 0.6],
      ['sharing', 3, 1, 0.3333],
    ]);
  });

  test('the duplicate Moodle row is listed; attempts repeated by the interactions report are merged and counted', () => {
    expect(f.dataQuality.byKind).toEqual([
      { kind: 'duplicate-row', count: 1, rowsExcluded: 1 },
      // The police downloads have no ID number column (Moodle's default identity fields): one note each, rows kept.
      { kind: 'missing-column', count: 2, rowsExcluded: 0 },
    ]);
    expect(f.dataQuality.listed.find((i) => i.kind === 'duplicate-row')).toMatchObject({
      file: fixture('moodle-basic-police.txt'),
      line: 7,
    });
    expect(f.dataQuality.mergedRows).toBe(3);
  });

  test('the CSV and JSON carry the same overall figures as the model', async () => {
    const csv = await read('figures.csv');
    expect(csv).toContain('overall,All agencies,,,,learners,10\r\n');
    expect(csv).toContain('question,,,aims-q-who,Which organisations can sign up to the MAISP?,facility,0.25\r\n');
    const json = JSON.parse(await read('figures.json')) as typeof f;
    expect(json.overall).toEqual(f.overall);
    expect((await read('learners.csv')).split('\r\n')[0]).toBe(
      'agency,department,learner_id,name,email,status,score,completed_on,action,note,route',
    );
  });

  test('without pseudonymising, the report states that it holds names and emails', async () => {
    expect(f.personalData.pseudonymised).toBe(false);
    expect(f.personalData.fields).toContain('email address');
    expect(await read('report.html')).toContain('This report contains personal data');
  });
});
