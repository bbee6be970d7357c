// The reports whose report.html is kept byte for byte in fixtures/html-golden/: the 17 Moodle lab downloads (the sample
// an officer drops on the page) together and in groups, plus fixtures that reach the sections the lab does not (the
// compliance lists, paths, files not or partly used, flagged questions, more learners than the HTML lists).
// html-golden.test.ts renders each and compares; the files were written by the renderer before it was split in files.

import { createReadStream, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import type { Course } from '../../src/model/course.ts';
import { makeReport, type CoreOptions } from '../../build/report/report-core.ts';
import type { ExportSource } from '../../build/report/3-rows/row-input.ts';
import { fixture, fixtureCourse } from './helpers.ts';

export interface GoldenCase {
  /** The fixture's name: fixtures/html-golden/<name>.html, or <name>.sha256 (its SHA-256) for a page too big to keep. */
  name: string;
  html: () => Promise<string>;
  /** Keep only the SHA-256 of the page (the 2,050-learner one is 0.8 MB). */
  hashOnly?: true;
}

type Options = Omit<CoreOptions, 'course'> & { course?: Course };

/** A file as the page hands it to the core: its name only (no folder), so the HTML is the same wherever it runs. */
const onDisk = (path: string, agency?: string): ExportSource => ({
  file: basename(path),
  chunks: () => createReadStream(path),
  ...(agency === undefined ? {} : { agency }),
});

const inMemory = (file: string, text: string): ExportSource => ({
  file,
  chunks: async function* () {
    yield new TextEncoder().encode(text);
  },
});

async function html(inputs: ExportSource[], o: Options): Promise<string> {
  const result = await makeReport(inputs, { ...o, course: o.course ?? (await fixtureCourse()) });
  return result.output('report.html');
}

const LAB = readdirSync(fixture('moodle-lab'))
  .filter((n) => /\.(txt|csv)$/.test(n))
  .sort();
const lab = (pick: (name: string) => boolean): ExportSource[] => LAB.filter(pick).map((n) => onDisk(fixture(`moodle-lab/${n}`)));
// The lab's SCO passes at 75 (its README, "Scoring rules"); a week after the lab's 22 November 2026.
const LAB_OPTS = { passMark: 75, asOf: '2026-11-30' };

const HEAD = 'Name\tEmail address\tDepartment\tAttempt\tStarted on\tLast accessed on\tScore';
const path = (id: string, title: string) => ({ id, title, summary: '', modules: [], minutes: 30, testOut: id === 'core' });

/** 2,050 learners who never started: more than the HTML lists (HTML_LEARNER_LIMIT, 2,000). */
const manyLearners = (): string =>
  'learner_id,name,email,agency,department,status,score,completed_on\n' +
  Array.from({ length: 2050 }, (_, i) => `L${i},Learner ${i},l${i}@example.org,Agency ${i % 3},Dept ${i % 5},not attempted,,\n`).join('');

export const GOLDEN_CASES: GoldenCase[] = [
  {
    name: 'lab-all-17',
    html: () =>
      html(
        lab(() => true),
        LAB_OPTS,
      ),
  },
  {
    name: 'lab-basic-details',
    html: () =>
      html(
        lab((n) => n === 'scorm_basic__details_all-users.txt'),
        LAB_OPTS,
      ),
  },
  {
    name: 'lab-interactions',
    html: () =>
      html(
        lab((n) => n.startsWith('scorm_interactions__')),
        LAB_OPTS,
      ),
  },
  {
    name: 'lab-default-prefs',
    html: () =>
      html(
        lab((n) => n.includes('default-prefs')),
        LAB_OPTS,
      ),
  },
  {
    name: 'lab-gradebook-completion',
    html: () =>
      html(
        lab((n) => /^(gradebook|completion)/.test(n)),
        LAB_OPTS,
      ),
  },
  {
    name: 'people-three-shapes',
    html: () =>
      html(
        ['basic-ids-only.txt', 'basic-emails-only.txt', 'gradebook-ids-and-emails.csv'].map((n) => onDisk(fixture(`people/${n}`))),
        { asOf: '2025-06-30', passMark: 80 },
      ),
  },
  {
    name: 'people-could-not-match',
    html: () =>
      html(
        ['basic-ids-only.txt', 'basic-emails-only.txt'].map((n) => onDisk(fixture(`people/${n}`))),
        { asOf: '2025-06-30', passMark: 80 },
      ),
  },
  {
    name: 'compliance',
    html: () => html([onDisk(fixture('compliance-learners.csv'))], { asOf: '2025-06-30', refresherMonths: 12, target: 0.4 }),
  },
  {
    name: 'generic-nhs-questions',
    html: () =>
      html([onDisk(fixture('generic-learners-nhs.csv')), onDisk(fixture('generic-interactions-nhs.csv'))], {
        asOf: '2025-06-30',
        minAnswers: 1,
      }),
  },
  {
    name: 'files-not-and-partly-used',
    html: () =>
      html(
        [
          onDisk(fixture('generic-learners-nhs.csv')),
          onDisk(fixture('malformed/unknown-layout.csv')),
          onDisk(fixture('encodings/unclosed-quote.csv')),
          onDisk(fixture('malformed/bad-values.csv')),
        ],
        { asOf: '2025-06-30' },
      ),
  },
  {
    name: 'two-paths',
    html: async () =>
      html(
        [
          inMemory(
            'core-basic.txt',
            `${HEAD}\tMAISP test course – All staff: Surrey Police\n` +
              'Alice Able\talice@police.example\tResponse\t1\tMonday, 3 March 2025, 9:00 AM\tMonday, 3 March 2025, 9:40 AM\t90\tPassed\n',
          ),
          inMemory(
            'manager-basic.txt',
            `${HEAD}\tMAISP test course – Managers: Surrey Police\n` +
              'Alice Able\talice@police.example\tResponse\t1\tMonday, 3 March 2025, 10:00 AM\tMonday, 3 March 2025, 10:20 AM\t0\tincomplete\n',
          ),
        ],
        {
          asOf: '2025-06-30',
          course: { ...(await fixtureCourse()), paths: [path('core', 'All staff'), path('manager', 'Managers')] },
        },
      ),
  },
  { name: 'over-the-html-limit', hashOnly: true, html: () => html([inMemory('many.csv', manyLearners())], { asOf: '2025-06-30' }) },
];
