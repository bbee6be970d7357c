// The `npm run report` command: per-file --agency and --mapping, exit codes, and messages for usage mistakes.

import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { fixture, tempDir } from './helpers.ts';

const run = promisify(execFile);
const TSX = resolve('node_modules/.bin/tsx');
const CLI = resolve('build/cli/report.ts');

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [CLI, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('report command', () => {
  test('two agencies’ exports with --agency and --mapping give one report and exit 0, writing only to --out', async () => {
    const cwd = await tempDir();
    const r = await cli(
      [
        '--agency',
        'Surrey NHS',
        fixture('generic-learners-nhs.csv'),
        '--agency',
        'Surrey County Council',
        '--mapping',
        fixture('council-mapping.yaml'),
        fixture('council-lms.csv'),
        '--course',
        fixture('course.json'),
        '--out',
        'out',
        '--as-of',
        '2025-06-30',
      ],
      cwd,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('6 learners, 3 completed, 3 up to date; 0 data-quality issue(s)');
    expect(r.stdout).toContain(
      `read ${fixture('council-lms.csv')}: generic learners CSV mapped by ${fixture('council-mapping.yaml')}, 2 data rows`,
    );
    expect(await readdir(cwd)).toEqual(['out']);
    expect((await readdir(join(cwd, 'out'))).sort()).toEqual([
      'data-quality.csv',
      'figures.csv',
      'figures.json',
      'learners.csv',
      'report.html',
    ]);
  }, 30_000);

  test.for<[string[], string]>([
    [['x.csv'], 'report: give --out <folder>'],
    [['--out', 'o'], 'report: give at least one export file'],
    [['x.csv', '--out', 'o'], 'report: no dist/*-course.json: run npm run build first, or give --course <file>'],
    [['x.csv', '--out', 'o', '--refresher-months', 'twelve'], 'report: --refresher-months must be a number from 1 to 120, not "twelve"'],
    [['--bogus'], 'report: unknown option --bogus'],
  ])('%j fails with exit 2 and "%s"', { timeout: 30_000 }, async ([args, message]) => {
    const r = await cli([...args], await tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(message);
  });

  test('a mapping file with an unknown field names the file and the field', async () => {
    const r = await cli(['--mapping', fixture('malformed/bad-mapping.yaml'), 'x.csv', '--out', 'o'], await tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${fixture('malformed/bad-mapping.yaml')}: columns: unknown field "staff_number" for layout learners`);
  }, 30_000);
});
