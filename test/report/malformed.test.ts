// Malformed exports: each bad-input case gives a message with file and line and is counted, and the run never throws.

import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURES, report } from './helpers.ts';

const bad = (name: string): string => join(FIXTURES, 'malformed', name);

describe('malformed exports', async () => {
  const files = [
    'unknown-layout.csv',
    'moodle-missing-column.txt',
    'generic-missing-status.csv',
    'empty.csv',
    'bad-values.csv',
    'bad-interactions.csv',
    'does-not-exist.csv',
  ];
  const { figures: f, read } = await report(files.map((n) => ({ file: bad(n) })));
  const issues = (file: string) =>
    f.dataQuality.listed.filter((i) => i.file === bad(file)).map((i) => [i.kind, i.line, i.rowsExcluded, i.message]);

  test('an unknown layout names the header and counts every data row it could not read', () => {
    expect(issues('unknown-layout.csv')).toEqual([
      [
        'unknown-layout',
        1,
        2,
        expect.stringMatching(
          /^the report does not know this kind of file: its first row reads “foo, bar, baz”\. It takes a Moodle SCORM basic .* learner_id and status; none of its 2 row\(s\) were used$/,
        ),
      ],
    ]);
  });

  test('missing columns are named for Moodle and generic layouts', () => {
    expect(issues('moodle-missing-column.txt')).toEqual([
      [
        'missing-column',
        1,
        1,
        'this file looks like a Moodle SCORM report but lacks the column “Last accessed on”; none of its 1 row(s) were used',
      ],
    ]);
    expect(issues('generic-missing-status.csv')).toEqual([
      ['missing-column', 1, 1, 'this file looks like a generic learners CSV but lacks the column “status”; none of its 1 row(s) were used'],
    ]);
  });

  test('an empty file and a missing file are reported, not thrown', () => {
    expect(issues('empty.csv')).toEqual([['unknown-layout', 0, 0, 'the file is empty; download it again from the LMS']]);
    expect(issues('does-not-exist.csv')).toEqual([
      ['unreadable-file', 0, 0, expect.stringMatching(/^the file could not be opened \(ENOENT.*; save it again and choose the new copy$/)],
    ]);
  });

  test('bad dates, scores and durations keep the row with a blank value; bad status, short rows, duplicates and a stray quote leave it out', () => {
    expect(issues('bad-values.csv')).toEqual([
      ['bad-score', 2, 0, 'score: unreadable score "abc"; left blank'],
      ['bad-date', 3, 0, 'completion date: no such date "31/02/2025"; left blank'],
      ['bad-score', 3, 0, 'score: score "150" is outside 0–100; left blank'],
      ['bad-date', 4, 0, 'completion date: unreadable date "yesterday"; left blank'],
      ['bad-duration', 4, 0, 'time spent: unreadable time spent "lots"; left blank'],
      ['bad-status', 5, 1, 'unknown status "finished"; row not counted (use passed, completed, failed, in progress or not started)'],
      ['bad-row', 6, 1, 'row has 6 fields where the header has 7'],
      ['missing-learner', 7, 1, 'row has no learner_id; not counted'],
      ['duplicate-row', 9, 1, 'duplicate row: attempt 1 of this learner is already on line 8; counted once'],
      [
        'bad-row',
        10,
        1,
        expect.stringMatching(
          /^a quotation mark \("\) on line 10 is never closed, so line 10 \(the last line\) could not be read and is left out\./,
        ),
      ],
    ]);
    expect(f.overall.learners).toBe(4);
    expect(f.overall.completed).toBe(4);
  });

  test('interaction rows with unknown questions, bad ids, bad results, repeats or unknown learners are each listed', () => {
    expect(issues('bad-interactions.csv')).toEqual([
      [
        'unknown-question',
        3,
        1,
        'an answer to question “aims.no-such-question.1”, which version 1.0.0 of this course does not have (the download may be from another version); left out',
      ],
      [
        'bad-interaction-id',
        4,
        1,
        'an answer to question “nonsense”, which is not a question of this course (its questions are named like “final.q1.1”); left out',
      ],
      ['bad-result', 5, 1, 'result "maybe" is neither correct nor wrong/incorrect; answer not counted'],
      ['duplicate-row', 6, 1, 'the same answer (question “aims.aims-q-who.1”) appears twice for this learner; counted once'],
      [
        'missing-learner',
        7,
        0,
        '1 answer(s) from learner "ZZ" of Surrey NHS, who is in no learner export; counted in question figures only',
      ],
    ]);
    expect(f.questions.find((q) => q.id === 'aims-q-who')).toMatchObject({ answered: 1, correct: 1 });
  });

  test('the data-quality counts by kind add up over all files', () => {
    expect(Object.fromEntries(f.dataQuality.byKind.map((k) => [k.kind, [k.count, k.rowsExcluded]]))).toEqual({
      'bad-date': [2, 0],
      'bad-duration': [1, 0],
      'bad-interaction-id': [1, 1],
      'bad-result': [1, 1],
      'bad-row': [2, 2],
      'bad-score': [2, 0],
      'bad-status': [1, 1],
      'duplicate-row': [2, 2],
      'missing-column': [2, 2],
      'missing-learner': [2, 1],
      'unknown-layout': [2, 2],
      'unknown-question': [1, 1],
      'unreadable-file': [1, 0],
    });
    expect(f.dataQuality.total).toBe(20);
  });

  test('the issues appear in the HTML data-quality section and in data-quality.csv with file and line', async () => {
    const html = await read('report.html');
    expect(html).toContain('20 problem(s) found in the downloads.');
    expect(html).toContain('unknown status &quot;finished&quot;');
    const csv = await read('data-quality.csv');
    expect(csv).toContain(`bad-date,${bad('bad-values.csv')},3,0,"completion date: no such date ""31/02/2025""; left blank"\r\n`);
  });

  test('the Moodle interactions report without Question/Result columns says which Moodle options to tick', async () => {
    const { figures } = await report([{ file: join(FIXTURES, 'malformed', 'moodle-responses-only.txt'), agency: 'Surrey Police' }]);
    expect(figures.dataQuality.listed.map((i) => [i.kind, i.line, i.message])).toEqual([
      ['missing-column', 1, expect.stringContaining('tick "Summary of question" and "Summary of result"')],
      ['missing-column', 1, expect.stringContaining('no "ID number" column')],
    ]);
    expect(figures.overall.learners).toBe(1);
  });
});
