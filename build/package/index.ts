// Packages a validated course and the built player into one self-checked SCORM zip per target.
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Course, ScormTarget } from '../../src/model/course.ts';
import { renderManifest } from './manifest.ts';
import { readPlayerFiles } from './player-files.ts';
import { readSchemaFiles, type PackageFile } from './schemas.ts';
import { selfCheckAll } from './self-check.ts';
import { zipName } from './targets.ts';
import { writeZip } from './zip-writer.ts';

export interface PackageOptions {
  /** Validated course model. */
  course: Course;
  /**
   * Folder with the built player: index.html at its root, assets/** (Vite output); or one such folder per
   * target, when each target's player is built for its own SCORM version; or per target the files themselves.
   */
  playerDir: string | Readonly<Partial<Record<ScormTarget, string | readonly PackageFile[]>>>;
  /** Where the zips go, e.g. dist/; created if missing. */
  outDir: string;
  /** The zip's file name. @default `<id>-<version>-<target>.zip` (zipName) */
  zipName?: (target: ScormTarget) => string;
}

export interface PackagedZip {
  target: ScormTarget;
  /** Path of the zip written. */
  file: string;
  bytes: number;
  /** Number of entries in the zip. */
  files: number;
}

export class PackageError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`packaging failed with ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PackageError';
    this.problems = problems;
  }
}

interface Built extends PackagedZip {
  tmpFile: string;
}

/**
 * Writes `<outDir>/<course.id>-<course.version>-scorm12.zip` / `-scorm2004.zip` for each of course.targets.
 * Each zip is written into a temporary folder inside outDir (so the final rename is atomic), self-checked,
 * and only when every target passed are they renamed into place. On any failure the temporary folder is
 * removed, so are older zips of the same names (a stale zip must never pass for this build's output), and
 * a PackageError lists every problem found.
 */
export async function packageCourse(options: PackageOptions): Promise<PackagedZip[]> {
  const [outcome] = await packageCourses([options]);
  if (!outcome) throw new PackageError(['nothing to package']);
  if (!outcome.ok) throw outcome.error;
  return outcome.zips;
}

export type PackageOutcome = { ok: true; zips: PackagedZip[] } | { ok: false; error: PackageError };

/**
 * packageCourse for several courses (one per edition), each succeeding or failing on its own; the self-check's
 * schema validation runs once per target for all of them.
 */
export async function packageCourses(jobs: readonly PackageOptions[]): Promise<PackageOutcome[]> {
  const started = await Promise.all(jobs.map((job) => startJob(job)));
  for (const target of ['scorm12', 'scorm2004'] as const) {
    // A zip whose player clashes with the reserved names is reported for that alone, as before the check.
    const zips = started.flatMap((j) =>
      j.kind === 'written' ? j.built.filter((b) => b.zip.target === target && b.problems.length === 0) : [],
    );
    const found = await selfCheckAll(
      zips.map((b) => b.zip.tmpFile),
      target,
    );
    zips.forEach((b, i) => b.problems.push(...(found[i] ?? []).map((p) => `${path.basename(b.zip.file)}: ${p}`)));
  }
  return Promise.all(started.map((j) => finishJob(j)));
}

type Started =
  | { kind: 'failed'; job: PackageOptions; finalFiles: string[]; tmpDir: string; error: unknown }
  | { kind: 'written'; job: PackageOptions; finalFiles: string[]; tmpDir: string; built: { zip: Built; problems: string[] }[] };

async function startJob(job: PackageOptions): Promise<Started> {
  const { course, playerDir, outDir } = job;
  const name = job.zipName ?? ((t: ScormTarget) => zipName(course.id, course.version, t));
  const targets = [...new Set(course.targets)];
  const finalFiles = targets.map((t) => path.join(outDir, name(t)));
  await mkdir(outDir, { recursive: true });
  const tmpDir = await mkdtemp(path.join(outDir, '.packaging-'));
  try {
    const problems: string[] = [];
    if (targets.length === 0) problems.push('course.targets is empty: there is nothing to package');
    for (const t of targets) {
      if (/[/\\]/.test(name(t))) problems.push(`course id and version make the file name "${name(t)}", which is not a plain name`);
    }
    const sourceFor = (t: ScormTarget) => (typeof playerDir === 'string' ? playerDir : (playerDir[t] ?? ''));
    const players = await Promise.all(targets.map((t) => readPlayer(sourceFor(t), problems)));
    if (problems.length > 0) throw new PackageError([...new Set(problems)]);
    const built = await Promise.all(targets.map((t, i) => buildOne(course, t, name(t), players[i] ?? [], tmpDir, outDir)));
    return { kind: 'written', job, finalFiles, tmpDir, built };
  } catch (error) {
    return { kind: 'failed', job, finalFiles, tmpDir, error };
  }
}

async function finishJob(started: Started): Promise<PackageOutcome> {
  try {
    if (started.kind === 'failed') throw started.error;
    const found = started.built.flatMap((b) => b.problems);
    if (found.length > 0) throw new PackageError(found);
    for (const b of started.built) await rename(b.zip.tmpFile, b.zip.file);
    return { ok: true, zips: started.built.map(({ zip: { target, file, bytes, files } }) => ({ target, file, bytes, files })) };
  } catch (e) {
    await Promise.all(started.finalFiles.map((f) => rm(f, { force: true })));
    if (e instanceof PackageError) return { ok: false, error: e };
    return { ok: false, error: new PackageError([`unexpected error while packaging: ${(e as Error).message}`]) };
  } finally {
    await rm(started.tmpDir, { recursive: true, force: true });
  }
}

async function readPlayer(playerDir: string | readonly PackageFile[], problems: string[]): Promise<PackageFile[]> {
  if (typeof playerDir !== 'string') return [...playerDir];
  let player: PackageFile[] = [];
  try {
    player = await readPlayerFiles(playerDir);
  } catch (e) {
    problems.push(`cannot read the player folder ${playerDir}: ${(e as Error).message}`);
    return player;
  }
  if (!player.some((f) => f.name === 'index.html')) {
    problems.push(`${playerDir} has no index.html at its root: build the player (vite build) first`);
  }
  return player;
}

async function buildOne(
  course: Course,
  target: ScormTarget,
  name: string,
  player: PackageFile[],
  tmpDir: string,
  outDir: string,
): Promise<{ zip: Built; problems: string[] }> {
  const schemas = await readSchemaFiles(target);
  const reserved = new Set(['imsmanifest.xml', ...schemas.map((s) => s.name)]);
  const clashes = player
    .filter((f) => reserved.has(f.name))
    .map((f) => `${name}: the player has a file ${f.name}, which the package reserves for its manifest or schemas`);
  const manifest = await renderManifest(
    course,
    target,
    player.map((f) => f.name),
  );
  const files = [{ name: 'imsmanifest.xml', data: Buffer.from(manifest, 'utf8') }, ...schemas, ...player];
  const tmpFile = path.join(tmpDir, name);
  const bytes = await writeZip(tmpFile, files);
  // The self-check runs afterwards, for every course's zips of this target at once (packageCourses).
  return { zip: { target, file: path.join(outDir, name), bytes, files: files.length, tmpFile }, problems: clashes };
}
