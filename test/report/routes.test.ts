// Who tested out (issue 22, item 5; issue 24): the player records the test-out route as the interaction
// `route.test-out.1` (Moodle 4.5's objectives report leaves objective cells empty, its interactions report lists
// every interaction), and the report names each learner's route and counts them per path.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { strongerRoute } from '../../build/report/0-shared/types.ts';
import { EMPTY_INTERACTIONS } from '../../build/report/3-rows/read-export.ts';
import { fixtureCourse, report, tempDir } from './helpers.ts';

const path = (id: string, title: string) => ({ id, title, summary: '', modules: [], minutes: 30, testOut: id === 'core' });
const HEAD = 'Name\tEmail address\tDepartment\tAttempt\tStarted on\tLast accessed on\tScore';
const WHEN = 'Monday, 3 March 2025, 9:00 AM\tMonday, 3 March 2025, 9:40 AM';

async function file(name: string, lines: string[]): Promise<string> {
  const f = join(await tempDir(), name);
  await writeFile(f, lines.join('\n'));
  return f;
}

describe('a Moodle interactions download of the core path with test-out records (1.2 letters, 2004 words)', async () => {
  const course = { ...(await fixtureCourse()), paths: [path('core', 'All staff'), path('manager', 'Managers')] };
  const sco = 'MAISP test course – All staff: Surrey Police';
  const download = await file('core-interactions.txt', [
    `${HEAD}\t${sco}\tQuestion 0\tResponse 0\tResult 0\tQuestion 1\tResponse 1\tResult 1`,
    `Alice Able\talice@police.example\tResponse\t1\t${WHEN}\t100\t100/100\troute.test-out.1\ta\tcorrect\tfinal.final-q1.1\ta\tcorrect`,
    `Bob Baker\tbob@police.example\tResponse\t1\t${WHEN}\t50\t50/100\troute.test-out.1\tfailed\tincorrect\tfinal.final-q1.1\tb\twrong`,
    `Carol Cole\tcarol@police.example\tCID\t1\t${WHEN}\t90\t90/100\tfinal.final-q1.1\ta\tcorrect\t\t\t`,
  ]);
  const { figures: f, read } = await report([{ file: download, agency: 'Surrey Police' }], { course });
  const row = (email: string) => f.learners.find((l) => l.email === email);

  test("each learner's row says the route: Alice tested out, Bob was sent to modules, Carol took the full course", () => {
    expect(row('alice@police.example')?.route).toBe('tested-out');
    expect(row('alice@police.example')?.note).toContain('Tested out');
    expect(row('bob@police.example')?.route).toBe('sent-to-modules');
    expect(row('bob@police.example')?.note).toContain('sent to the modules they missed');
    expect(row('carol@police.example')?.route).toBeNull();
  });

  test('the route record is not an answer: question figures and the course match are unchanged by it', () => {
    expect(f.courseMatch.verdict).toBe('this');
    expect(f.dataQuality.byKind.map((k) => k.kind)).not.toContain('bad-interaction-id');
    expect(f.questions.find((q) => q.id === 'final-q1')?.answered).toBe(3);
  });

  test('per path: All staff has 1 tested out and 1 sent to modules; the page and the CSVs say so', async () => {
    expect(f.routes).toEqual([{ path: 'All staff', testedOut: 1, sentToModules: 1 }]);
    const html = await read('report.html');
    expect(html).toContain('Took the assessment from the start screen (test-out)');
    expect(await read('figures.csv')).toContain('route,,,All staff,,tested_out,1');
    const learners = (await read('learners.csv')).split(/\r?\n/);
    expect(learners[0]).toMatch(/,route$/);
    expect(learners.find((l) => l.includes('alice@police.example'))).toMatch(/,tested-out$/);
  });
});

test('a generic interactions file carries the route too, by its result', async () => {
  const course = { ...(await fixtureCourse()), paths: [path('core', 'All staff')] };
  const learners = await file('learners.csv', ['learner_id,name,status,score,agency', 'N001,Nia North,passed,100,Surrey NHS']);
  const answers = await file('interactions.csv', ['learner_id,interaction_id,result,agency', 'N001,route.test-out.1,correct,Surrey NHS']);
  const { figures: f } = await report([{ file: learners }, { file: answers }], { course });
  expect(f.learners.map((l) => l.route)).toEqual(['tested-out']);
});

test('downloads without route records: no route table, every route blank', async () => {
  const { figures: f, read } = await report([
    { file: join(import.meta.dirname, 'fixtures', 'moodle-interactions-police.txt'), agency: 'Surrey Police' },
  ]);
  expect(f.routes).toEqual([]);
  expect(f.learners.every((l) => l.route === null)).toBe(true);
  expect(await read('report.html')).not.toContain('test-out');
});

test('a Moodle interactions download whose answer columns are all empty (a SCORM 2004 activity in Moodle 4.5) says so beside the file', async () => {
  const course = { ...(await fixtureCourse()), paths: [path('core', 'All staff')] };
  const sco = 'MAISP test course – All staff: Surrey Police';
  const download = await file('core-2004-interactions.txt', [
    `${HEAD}\t${sco}\tQuestion 0\tResponse 0\tRight answer 0\tResult 0`,
    `Lea Rner\tlea@police.example\tResponse\t-\t-\t-\t-\tNot attempted\t\t\t\t`,
    `Ada Passer\tada@police.example\tResponse\t1\t${WHEN}\t100\t100\t\t\t\t`,
  ]);
  const { figures: f, read } = await report([{ file: download, agency: 'Surrey Police' }], { course });
  expect(f.filesPartlyUsed).toEqual([{ file: download, reason: EMPTY_INTERACTIONS }]);
  expect(await read('report.html')).toContain('use the course’s SCORM 1.2 zip');
  expect(f.learners.find((l) => l.email === 'ada@police.example')?.status).toBe('passed');
});

test('an interactions download where nobody started has no such warning', async () => {
  const course = { ...(await fixtureCourse()), paths: [path('core', 'All staff')] };
  const download = await file('nobody.txt', [
    `${HEAD}\tMAISP test course – All staff\tQuestion 0\tResponse 0\tResult 0`,
    `Lea Rner\tlea@police.example\tResponse\t-\t-\t-\t-\tNot attempted\t\t\t`,
  ]);
  const { figures: f } = await report([{ file: download, agency: 'Surrey Police' }], { course });
  expect(f.filesPartlyUsed).toEqual([]);
});

test('of two route records for one learner, a pass stands whichever is read first', () => {
  expect(strongerRoute(undefined, 'sent-to-modules')).toBe('sent-to-modules');
  expect(strongerRoute('sent-to-modules', 'tested-out')).toBe('tested-out');
  expect(strongerRoute('tested-out', 'sent-to-modules')).toBe('tested-out');
});
