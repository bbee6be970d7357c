// Plain words: what an IG officer reads (the report and the page) has no terminal commands, option names or the
// report's internal kind ids, and says once what Completed, Passed and In progress mean.

import { readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { reportPageHtml } from '../../build/report/page/build-page.ts';
import { ISSUE_TEXT } from '../../build/report/0-shared/types.ts';
import { fixture, fixtureCourse, report } from './helpers.ts';

const lab = readdirSync(fixture('moodle-lab'))
  .filter((n) => /\.(txt|csv)$/.test(n))
  .map((n) => ({ file: fixture(`moodle-lab/${n}`) }));

/** Text a reader sees: tags, attribute values and the style sheet left out. */
const visible = (html: string): string =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ');

test('the report from the 17 lab downloads and the page speak no terminal and no internal names', async () => {
  const { read } = await report([...lab, { file: fixture('malformed/unknown-layout.csv') }], { passMark: 80, asOf: '2026-11-30' });
  // The file names are the officer's own (one fixture is called unknown-layout.csv): left out of the check.
  const texts = {
    report: visible(await read('report.html')).replaceAll('unknown-layout.csv', ''),
    page: visible(await reportPageHtml(await fixtureCourse())),
  };
  for (const [where, text] of Object.entries(texts)) {
    expect(text, where).not.toMatch(/npm |--[a-z]|report guide|&lt;module&gt;|interaction id/);
    for (const kind of Object.keys(ISSUE_TEXT)) expect(text, `${where}: ${kind}`).not.toContain(kind);
  }
});

test('Completed, Passed and In progress are explained once, where the summary first uses them; the average score has a %', async () => {
  const { read } = await report([{ file: fixture('moodle-lab/scorm_basic__details_all-users.txt') }], { passMark: 75, asOf: '2026-11-30' });
  const html = await read('report.html');
  expect(html.match(/<dt>Completed<\/dt>/g)).toHaveLength(1);
  expect(html).toContain('<dt>Passed</dt><dd>completed with the final assessment passed (at least 75%).');
  expect(html).toContain(
    '<dt>In progress</dt><dd>started but not yet passed; this includes a learner who failed an attempt and may try again.',
  );
  expect(html).toContain('<strong>60%</strong>average best score');
  expect(html.indexOf('<dt>Completed</dt>')).toBeLessThan(html.indexOf('id="agencies"'));
});
