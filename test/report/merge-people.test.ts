// One person, one row: downloads of the same people with ID numbers only, email addresses only, or both are merged
// into one row per person; what cannot be linked safely is listed once and not counted; disagreements are explained.

import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fixture, report } from './helpers.ts';

const people = (n: string): { file: string } => ({ file: fixture(`people/${n}`) });
const OPTS = { passMark: 80, asOf: '2025-06-30' };

describe('an ID-only and an email-only download of the same three people, with nothing linking them', async () => {
  const { figures: f, read } = await report([people('basic-ids-only.txt'), people('basic-emails-only.txt')], OPTS);

  test('each person is counted once: the email-only records go to “Could not match”, not into the figures', () => {
    expect(f.overall.learners).toBe(3);
    expect(f.learners.map((l) => [l.name, l.learnerId, l.agency])).toEqual([
      ['Cat Cole', 'P-003', 'Surrey Police'],
      ['Ann Able', 'P-001', 'Surrey Police'],
      ['Ben Bold', 'P-002', 'Surrey Police'],
    ]);
    expect(f.couldNotMatch.map((u) => [u.name, u.email, u.reason.slice(0, 60)])).toEqual(
      ['Ann Able', 'Ben Bold', 'Cat Cole'].map((n) => [
        n,
        `${n.toLowerCase().replace(' ', '.')}@police.example`,
        'another download has a person of the same name with an ID nu',
      ]),
    );
  });

  test('the report has a plain “Could not match” section listing each record once', async () => {
    const html = await read('report.html');
    const section = html.slice(html.indexOf('<h2 id="could-not-match">'));
    expect(section).toMatch(
      /^<h2 id="could-not-match">Could not match<\/h2>\n<p>3 record\(s\) could belong to more than one person, so they are not counted/,
    );
    expect(section.match(/<th scope="row">Ann Able<\/th>/g)).toHaveLength(1);
  });
});

describe('the same two downloads with a gradebook that has both ID numbers and email addresses', async () => {
  const { figures: f, read } = await report(
    [people('basic-ids-only.txt'), people('basic-emails-only.txt'), people('gradebook-ids-and-emails.csv')],
    OPTS,
  );

  test('three people, one row each, joined by email address; nobody left unmatched', () => {
    expect(f.overall.learners).toBe(3);
    expect(f.couldNotMatch).toEqual([]);
    expect(f.learners.map((l) => [l.name, l.agency, l.email])).toEqual([
      ['Cat Cole', 'Surrey Police', 'cat.cole@police.example'],
      ['Ann Able', 'Surrey Police', 'ann.able@police.example'],
      ['Ben Bold', 'Surrey Police', 'ben.bold@police.example'],
    ]);
    expect(f.learners[1]?.note).toBe('Matched across downloads by email address.');
  });

  test('Ben passed in the basic report and failed (70) in the gradebook: the row says which was believed and why', async () => {
    const ben = f.learners.find((l) => l.name === 'Ben Bold');
    expect(ben).toMatchObject({ status: 'passed', score: 85, action: null });
    expect(ben?.note).toContain(
      'The downloads disagree: basic-ids-only.txt says Passed (85%), gradebook-ids-and-emails.csv says Failed (70%). The report shows Passed, because basic-ids-only.txt states the status, while gradebook-ids-and-emails.csv gives only a score, which the report read against the pass mark of 80%.',
    );
    const html = await read('report.html');
    expect(html).toContain('<h2 id="disagreements">Where downloads disagree</h2>');
    expect(await read('learners.csv')).toContain('The downloads disagree: basic-ids-only.txt says Passed (85%)');
  });
});

describe('all 17 real Moodle downloads', async () => {
  const lab = readdirSync(fixture('moodle-lab'))
    .filter((n) => /\.(txt|csv)$/.test(n))
    .map((n) => ({ file: fixture(`moodle-lab/${n}`) }));
  const { figures: f } = await report(lab, { passMark: 80, asOf: '2026-11-30' });

  test('give the lab’s 7 learners, each once, in their agencies (none under “(no agency given)”)', () => {
    expect(lab).toHaveLength(17);
    expect(f.overall.learners).toBe(7);
    expect(f.couldNotMatch).toEqual([]);
    expect(new Set(f.learners.map((l) => l.agency))).toEqual(new Set(['Northern Health Agency', 'Revenue & Customs Service']));
  });

  test('Zoë, Completed in the completion download but 75 under an 80% pass mark, needs action and her row says why', () => {
    const zoe = f.learners.find((l) => l.name === 'Zoë Lefèvre');
    expect(zoe).toMatchObject({ statusText: 'Completed', score: 75, action: 'not passed' });
    expect(zoe?.note).toMatch(
      /The downloads disagree: completion_progress__\S+ says Completed, \S+ says Failed \(75%\)\. The report shows Completed/,
    );
  });
});
