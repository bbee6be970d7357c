// Course match first: downloads from another course or version get a plain warning at the top of the report, and a
// file the report cannot read is named with its reason instead of giving an empty report.

import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { matchCourse, namesThisCourse, pathOfName, noEvidence } from '../../build/report/3-rows/course-match.ts';
import { NoReportError } from '../../build/report/report-core.ts';
import { fixture, report } from './helpers.ts';

const LAB = readdirSync(fixture('moodle-lab'))
  .filter((n) => /\.(txt|csv)$/.test(n))
  .map((n) => ({ file: fixture(`moodle-lab/${n}`) }));
const OPTS = { passMark: 75, asOf: '2026-11-30' };

describe('downloads from another course', async () => {
  const { figures: f, read } = await report(LAB, OPTS);

  test('the 17 lab downloads (activity “Data Protection & Security Awareness (Module 3)”) are found to be another course’s', () => {
    expect(LAB).toHaveLength(17);
    expect(f.courseMatch.verdict).toBe('other');
    expect(f.courseMatch.reasons[0]).toContain('“Data Protection & Security Awareness (Module 3)”');
    expect(f.courseMatch.reasons[0]).toContain('“Module 3 - Personal Data Quiz”');
    expect(f.courseMatch.reasons[1]).toMatch(/^None of the \d+ answers in the downloads is to a question of this course version/);
    expect(f.courseMatch.reasons[1]).toContain('“m3-q-consent-withdrawn-a1”');
  });

  test('the warning is the first thing in the report, before the personal-data notice and the summary', async () => {
    const html = await read('report.html');
    const warning = html.indexOf('Warning: these downloads seem to be from another course');
    expect(warning).toBeGreaterThan(html.indexOf('<h1>'));
    expect(warning).toBeLessThan(html.indexOf('id="personal-data"'));
  });
});

describe('downloads from this course', async () => {
  const { figures: f, read } = await report(
    [
      { file: fixture('moodle-basic-police.txt'), agency: 'Surrey Police' },
      { file: fixture('moodle-interactions-police.txt'), agency: 'Surrey Police' },
      { file: fixture('generic-learners-nhs.csv') },
      { file: fixture('generic-interactions-nhs.csv') },
    ],
    { asOf: '2025-06-30' },
  );

  test('an edition’s SCO title (“<course>: <agency>”) and the course’s question ids give no warning', async () => {
    expect(f.courseMatch).toEqual({ verdict: 'this', reasons: [] });
    expect(await read('report.html')).not.toContain('from another course');
  });
});

describe('matchCourse', () => {
  const course = { title: 'MAISP test course', version: '1.0.0', paths: [{ id: 'core', title: 'All staff' }] };
  test('the course title, an edition’s and a draft’s name the course; another name does not', () => {
    expect(namesThisCourse('MAISP test course', course)).toBe(true);
    expect(namesThisCourse('maisp test course: Surrey Police', course)).toBe(true);
    expect(namesThisCourse('MAISP test course (DRAFT, not for learners)', course)).toBe(true);
    expect(namesThisCourse('MAISP test course 2', course)).toBe(false);
    expect(namesThisCourse('Fire safety', course)).toBe(false);
  });

  test('a path’s zip title (“<course> – <path>”, as Moodle showed it in the lab) names the course and its path', () => {
    const draft = 'MAISP test course – All staff (DRAFT, not for learners)';
    expect(namesThisCourse(draft, course)).toBe(true);
    expect(pathOfName(draft, course)).toBe('core');
    expect(pathOfName('MAISP test course – All staff: Surrey Police', course)).toBe('core');
    expect(pathOfName('MAISP test course – Everyone else', course)).toBeNull();
    expect(namesThisCourse('MAISP test course – Everyone else', course)).toBe(false);
    expect(matchCourse(course, [{ file: 'a.txt', evidence: { ...noEvidence(), scoTitles: [draft] } }]).verdict).toBe('this');
  });

  test('answers partly to unknown questions say the downloads may mix versions', () => {
    const e = { ...noEvidence(), knownAnswers: 8, foreignAnswers: 2, foreignIds: ['final.gone.1'] };
    expect(matchCourse(course, [{ file: 'a.txt', evidence: e }]).reasons).toEqual([
      '2 of 10 answers are to questions this course version does not have (such as “final.gone.1”): the downloads may mix course versions.',
    ]);
  });
});

describe('a file the report does not know', () => {
  test('among good files: the report is made and names the file with its reason under “Files not used”', async () => {
    const { figures: f, read } = await report([
      { file: fixture('generic-learners-nhs.csv') },
      { file: fixture('malformed/unknown-layout.csv') },
    ]);
    expect(f.overall.learners).toBeGreaterThan(0);
    expect(f.filesNotUsed).toEqual([
      {
        file: fixture('malformed/unknown-layout.csv'),
        reason: expect.stringMatching(/^the report does not know this kind of file: its first row reads “foo, bar, baz”/),
      },
    ]);
    expect(await read('report.html')).toMatch(
      /<h2 id="files-not-used">Files not used<\/h2>[\s\S]*unknown-layout\.csv<\/strong>: the report does not know/,
    );
  });

  test('alone: no report is made (not an empty one); the error names each file with its reason', async () => {
    const error = await report([{ file: fixture('malformed/unknown-layout.csv') }, { file: fixture('malformed/empty.csv') }]).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NoReportError);
    expect((error as NoReportError).files.map((x) => [x.file.split('/').pop(), x.reason.split(':')[0]])).toEqual([
      ['unknown-layout.csv', 'the report does not know this kind of file'],
      ['empty.csv', 'the file is empty'],
    ]);
  });
});
