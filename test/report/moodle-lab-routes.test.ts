// The test-out route through a real Moodle 4.5.6 (fixtures/moodle-lab-routes, see its README): the core path's
// 2.0.0 zips, Ada Passer tested out and passed, Ben Failer tested out and failed, then each chose Save and exit;
// Lea Rner is enrolled and never opened the activity. The files are Moodle's Interactions report, text format,
// all columns, all users, byte for byte. Read with the course model `npm run report` reads (the build's whole course).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCourse } from '../../build/content/load.ts';
import { EMPTY_INTERACTIONS } from '../../build/report/3-rows/read-export.ts';
import { SECTORS } from '../../src/model/sectors.ts';
import { fixture, report } from './helpers.ts';

const course = loadCourse(path.resolve(import.meta.dirname, '../../course'), { sectors: SECTORS }).course;
const lab = (name: string): string => fixture(`moodle-lab-routes/${name}`);
const OPTS = { course, asOf: '2026-12-07' };
const ADA = 'labroutea@example.com';
const BEN = 'labrouteb@example.com';
const LEA = 'learner@example.com';

/** The cells after the SCO column of a learner's row: the interactions, four cells each. */
function interactionCells(file: string, email: string): string[] {
  const row = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .find((l) => l.split('\t')[1] === email);
  return row?.split('\t').slice(7) ?? [];
}

describe('SCORM 1.2: Moodle lists the route as interaction 0 and the report names each route', async () => {
  const file = lab('interactions-scorm12.txt');
  const { figures: f, read } = await report([{ file, agency: 'Lab agency' }], OPTS);
  const row = (email: string) => f.learners.find((l) => l.email === email);

  test('Moodle shows the route cells as Question route.test-out.1, Response a/b, Right answer a, Result correct/wrong', () => {
    expect(interactionCells(file, ADA).slice(0, 4)).toEqual(['route.test-out.1', 'a', 'a', 'correct']);
    expect(interactionCells(file, BEN).slice(0, 4)).toEqual(['route.test-out.1', 'b', 'a', 'wrong']);
  });

  test('Ada’s row says she tested out, Ben’s that he was sent to the modules he missed, Lea’s gives no route', () => {
    expect(row(ADA)).toMatchObject({ route: 'tested-out', statusText: 'Passed' });
    expect(row(ADA)?.note).toContain('Tested out');
    expect(row(BEN)).toMatchObject({ route: 'sent-to-modules', statusText: 'Failed' });
    expect(row(BEN)?.note).toContain('sent to the modules they missed');
    expect(row(LEA)?.route).toBeNull();
  });

  test('the per-path table counts 1 tested out and 1 sent to modules on All staff, in the page and the CSVs', async () => {
    expect(f.routes).toEqual([{ path: 'All staff', testedOut: 1, sentToModules: 1 }]);
    expect(await read('report.html')).toContain('Took the assessment from the start screen (test-out)');
    const figures = await read('figures.csv');
    expect(figures).toContain('route,,,All staff,,tested_out,1');
    expect(figures).toContain('route,,,All staff,,sent_to_modules,1');
    const learners = (await read('learners.csv')).split(/\r?\n/);
    expect(learners.find((l) => l.includes(ADA))).toMatch(/,tested-out$/);
    expect(learners.find((l) => l.includes(BEN))).toMatch(/,sent-to-modules$/);
  });

  test('the route record is not an answer: 24 answers (12 each), all to this course’s questions', () => {
    expect(f.courseMatch.verdict).toBe('this');
    expect(f.dataQuality.byKind.map((k) => k.kind)).not.toContain('bad-interaction-id');
    expect(f.questions.reduce((n, q) => n + q.answered, 0)).toBe(24);
  });
});

describe('SCORM 2004: Moodle 4.5’s interactions report shows no interaction, so no route reaches the report', async () => {
  // report/interactions reads only SCORM 1.2 element names (cmi.interactions_N.id, .student_response); a 2004 SCO's
  // cmi.interactions.N.id / .learner_response are stored (mdl_scorm_scoes_value) but never shown in this report.
  const file = lab('interactions-scorm2004.txt');
  const { figures: f } = await report([{ file, agency: 'Lab agency' }], OPTS);

  test('Moodle gives one empty Question 0 / Response 0 / Right answer 0 / Result 0 set for every learner', () => {
    const header = readFileSync(file, 'utf8').split(/\r?\n/)[0]?.split('\t').slice(7);
    expect(header).toEqual(['"Question 0"', '"Response 0"', '"Right answer 0"', '"Result 0"']);
    for (const email of [ADA, BEN, LEA]) expect(interactionCells(file, email)).toEqual(['', '', '', '']);
  });

  test('the report says beside the file that its answer columns are empty, and to use the SCORM 1.2 zip in Moodle', () => {
    expect(f.filesPartlyUsed).toEqual([{ file, reason: EMPTY_INTERACTIONS }]);
  });

  test('statuses and scores still arrive (Ada Passed 100, Ben Failed 58) but every route is blank and no route table', () => {
    expect(f.learners.find((l) => l.email === ADA)).toMatchObject({ statusText: 'Passed', score: 100, route: null });
    expect(f.learners.find((l) => l.email === BEN)).toMatchObject({ statusText: 'Failed', score: 58, route: null });
    expect(f.routes).toEqual([]);
  });
});
