// packageCourse end to end: the zips it writes, their reproducibility, and that a failure leaves nothing behind.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { PackageError, packageCourse } from '../../build/package/index.ts';
import { readSchemaFiles } from '../../build/package/schemas.ts';
import { readZipEntries, readZipEntry } from '../../build/package/zip-reader.ts';
import { fixtureCourse, makeWorkspace, type Workspace } from './fixture.ts';

let ws: Workspace;
beforeAll(async () => {
  ws = await makeWorkspace();
});
afterAll(() => ws.cleanup());
afterEach(() => rm(ws.outDir, { recursive: true, force: true }));

const run = promisify(execFile);
const sha256 = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

describe('packageCourse writes self-checked zips', () => {
  test('both targets are written as <id>-<version>-<target>.zip with their reported sizes and entry counts', async () => {
    const result = await packageCourse({ course: fixtureCourse(), playerDir: ws.playerDir, outDir: ws.outDir });
    expect(result.map((r) => path.basename(r.file))).toEqual(['fixture-1.2.3-scorm12.zip', 'fixture-1.2.3-scorm2004.zip']);
    expect((await readdir(ws.outDir)).sort()).toEqual(['fixture-1.2.3-scorm12.zip', 'fixture-1.2.3-scorm2004.zip']);
    for (const r of result) {
      expect((await stat(r.file)).size).toBe(r.bytes);
      expect(readZipEntries(await readFile(r.file))).toHaveLength(r.files);
    }
  });

  test.for(['scorm12', 'scorm2004'] as const)(
    'the %s zip holds the manifest and every schema file at its root, and the player',
    async (target) => {
      const [r] = await packageCourse({ course: fixtureCourse({ targets: [target] }), playerDir: ws.playerDir, outDir: ws.outDir });
      const names = readZipEntries(await readFile(r!.file)).map((e) => e.name);
      const schemas = (await readSchemaFiles(target)).map((s) => s.name);
      expect(names).toEqual(['imsmanifest.xml', ...schemas, 'assets/app.css', 'assets/app.js', 'index.html'].sort());
    },
  );

  test('entries are sorted, dated 2000-01-01 00:00:00 and mode 0644, deflated', async () => {
    const [r] = await packageCourse({ course: fixtureCourse({ targets: ['scorm2004'] }), playerDir: ws.playerDir, outDir: ws.outDir });
    const zip = await readFile(r!.file);
    const entries = readZipEntries(zip);
    const names = entries.map((e) => e.name);
    expect(names).toEqual([...names].sort());
    for (const e of entries) {
      // DOS date: (year-1980)<<9 | month<<5 | day; time 0 = midnight.
      expect([e.name, e.dosDate, e.dosTime, e.mode, e.method]).toEqual([e.name, (20 << 9) | (1 << 5) | 1, 0, 0o644, 8]);
    }
    expect(
      readZipEntry(
        zip,
        entries.find((e) => e.name === 'assets/app.js')!,
      ).toString(),
    ).toBe('console.log("player");\n'.repeat(50));
  });
});

describe('reproducible output', () => {
  test('two builds of the same input give byte-identical zips (same sha256)', async () => {
    const first = await packageCourse({ course: fixtureCourse(), playerDir: ws.playerDir, outDir: path.join(ws.outDir, 'a') });
    const second = await packageCourse({ course: fixtureCourse(), playerDir: ws.playerDir, outDir: path.join(ws.outDir, 'b') });
    for (const [i, r] of first.entries()) expect(await sha256(r.file)).toBe(await sha256(second[i]!.file));
  });

  test('builds in processes whose time zones are 14 hours apart give the same sha256', async () => {
    // Separate processes, because a Date built from local fields is fixed when the module loads:
    // only a process started in another zone shows a local-time dependency (two machines, two zones).
    const script = fileURLToPath(new URL('./package-in-tz.ts', import.meta.url));
    const hashes = await Promise.all(
      ['Pacific/Kiritimati', 'America/Los_Angeles'].map(async (tz) => {
        const out = path.join(ws.outDir, tz.replace('/', '-'));
        const { stdout } = await run(process.execPath, ['--import', 'tsx', script, ws.playerDir, out], {
          env: { ...process.env, TZ: tz },
        });
        return stdout;
      }),
    );
    expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(hashes[1]).toBe(hashes[0]);
  });

  test('a change in one player file changes the zip', async () => {
    const [before] = await packageCourse({
      course: fixtureCourse({ targets: ['scorm12'] }),
      playerDir: ws.playerDir,
      outDir: path.join(ws.outDir, 'x'),
    });
    const css = path.join(ws.playerDir, 'assets', 'app.css');
    const original = await readFile(css);
    try {
      await writeFile(css, 'body { margin: 1px; }\n');
      const [after] = await packageCourse({
        course: fixtureCourse({ targets: ['scorm12'] }),
        playerDir: ws.playerDir,
        outDir: path.join(ws.outDir, 'y'),
      });
      expect(await sha256(after!.file)).not.toBe(await sha256(before!.file));
    } finally {
      await writeFile(css, original);
    }
  });
});

describe('a failed packaging leaves no zip', () => {
  async function expectFailure(run: Promise<unknown>): Promise<string[]> {
    const error = await run.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PackageError);
    return (error as PackageError).problems;
  }

  test('pass mark 150 fails the 2004 manifest (the 1.2 one carries no pass mark), and outDir is left empty', async () => {
    const base = fixtureCourse();
    const course = fixtureCourse({ assessment: { ...base.assessment, passMark: 150 } });
    const problems = await expectFailure(packageCourse({ course, playerDir: ws.playerDir, outDir: ws.outDir }));
    expect(problems.filter((p) => p.startsWith('fixture-1.2.3-scorm12.zip'))).toEqual([]);
    expect(problems).toContainEqual(
      expect.stringMatching(/^fixture-1\.2\.3-scorm2004\.zip: imsmanifest\.xml:\d+: .*minNormalizedMeasure.*1\.5/),
    );
    expect(await readdir(ws.outDir)).toEqual([]);
  });

  test('a failure removes a stale zip of the same name, so an old build never passes for this one', async () => {
    await mkdir(ws.outDir, { recursive: true });
    await writeFile(path.join(ws.outDir, 'fixture-1.2.3-scorm2004.zip'), 'stale');
    await writeFile(path.join(ws.outDir, 'other.txt'), 'not ours');
    const base = fixtureCourse();
    const course = fixtureCourse({ targets: ['scorm2004'], assessment: { ...base.assessment, passMark: 150 } });
    const problems = await expectFailure(packageCourse({ course, playerDir: ws.playerDir, outDir: ws.outDir }));
    expect(problems.join('\n')).toContain('minNormalizedMeasure');
    expect(await readdir(ws.outDir)).toEqual(['other.txt']);
  });

  test('a player folder without index.html fails with a message saying to build the player', async () => {
    const empty = path.join(ws.root, 'empty-player');
    await mkdir(empty, { recursive: true });
    const problems = await expectFailure(packageCourse({ course: fixtureCourse(), playerDir: empty, outDir: ws.outDir }));
    expect(problems).toEqual([`${empty} has no index.html at its root: build the player (vite build) first`]);
    expect(await readdir(ws.outDir)).toEqual([]);
  });

  test('a missing player folder fails with a PackageError, not a raw fs error', async () => {
    const problems = await expectFailure(
      packageCourse({ course: fixtureCourse(), playerDir: path.join(ws.root, 'nope'), outDir: ws.outDir }),
    );
    expect(problems[0]).toMatch(/^cannot read the player folder .*nope: ENOENT/);
  });

  test('a player file named like a schema file is rejected as a clash', async () => {
    const player = path.join(ws.root, 'clash-player');
    await mkdir(player, { recursive: true });
    await writeFile(path.join(player, 'index.html'), '<!doctype html>');
    await writeFile(path.join(player, 'xml.xsd'), '<x/>');
    const problems = await expectFailure(
      packageCourse({ course: fixtureCourse({ targets: ['scorm2004'] }), playerDir: player, outDir: ws.outDir }),
    );
    expect(problems).toEqual([
      'fixture-1.2.3-scorm2004.zip: the player has a file xml.xsd, which the package reserves for its manifest or schemas',
    ]);
    expect(await readdir(ws.outDir)).toEqual([]);
  });
});
