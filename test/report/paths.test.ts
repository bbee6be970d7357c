// Course paths in the completion report (issue 22, item 5): a download names its path by its SCO title, as Moodle
// showed the path zips' titles in the lab; a person on two paths is two trainings, counted on each path and never
// merged into one row; the report gives figures per path.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixtureCourse, report, tempDir } from './helpers.ts';

const HEAD = 'Name\tEmail address\tDepartment\tAttempt\tStarted on\tLast accessed on\tScore';
const path = (id: string, title: string) => ({ id, title, summary: '', modules: [], minutes: 30, testOut: id === 'core' });

async function download(name: string, sco: string, rows: string[]): Promise<string> {
  const file = join(await tempDir(), name);
  await writeFile(file, [`${HEAD}\t${sco}`, ...rows].join('\n'));
  return file;
}

describe('two paths, one person on both', async () => {
  const course = { ...(await fixtureCourse()), paths: [path('core', 'All staff'), path('manager', 'Managers')] };
  const core = await download('core-basic.txt', 'MAISP test course – All staff: Surrey Police', [
    'Alice Able\talice@police.example\tResponse\t1\tMonday, 3 March 2025, 9:00 AM\tMonday, 3 March 2025, 9:40 AM\t90\tPassed',
    'Bob Baker\tbob@police.example\tResponse\t1\tTuesday, 4 March 2025, 9:00 AM\tTuesday, 4 March 2025, 9:40 AM\t85\tPassed',
  ]);
  const manager = await download('manager-basic.txt', 'MAISP test course – Managers: Surrey Police', [
    'Alice Able\talice@police.example\tResponse\t1\tMonday, 3 March 2025, 10:00 AM\tMonday, 3 March 2025, 10:20 AM\t0\tincomplete',
  ]);
  const { figures: f, read } = await report(
    [
      { file: core, agency: 'Surrey Police' },
      { file: manager, agency: 'Surrey Police' },
    ],
    { course },
  );

  test('the path titles name this course: no other-course warning', () => {
    expect(f.courseMatch).toEqual({ verdict: 'this', reasons: [] });
  });

  test('each download says which path it is from', () => {
    expect(f.sources.map((s) => s.layout)).toEqual([
      'Moodle SCORM basic report, path “All staff”',
      'Moodle SCORM basic report, path “Managers”',
    ]);
  });

  test('Alice on both paths is two trainings, not one person merged: passed on one, in progress on the other', () => {
    const alice = f.learners.filter((l) => l.email === 'alice@police.example');
    expect(alice).toHaveLength(2);
    expect(alice.map((l) => l.status).sort()).toEqual(['incomplete', 'passed']);
  });

  test('figures per path: All staff 2 learners both passed, Managers 1 learner none completed', async () => {
    expect(f.byPath.map((g) => [g.agency, g.learners, g.passed, g.completed])).toEqual([
      ['All staff', 2, 2, 2],
      ['Managers', 1, 0, 0],
    ]);
    const html = await read('report.html');
    expect(html).toContain('By course path');
  });
});

test('without paths in the downloads, the report has no per-path figures', async () => {
  const { figures: f } = await report([
    { file: join(import.meta.dirname, 'fixtures', 'moodle-basic-police.txt'), agency: 'Surrey Police' },
  ]);
  expect(f.byPath).toEqual([]);
});
