// The whole build: check the course, build the player once per SCORM target, then package each edition with it.
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build as viteBuild } from 'vite';
import type { Course, ScormTarget } from '../src/model/course.ts';
import { SECTORS } from '../src/model/sectors.ts';
import { CourseError, type Diagnostic } from './content/diagnostics.ts';
import { CONTACT_NAMES, type EditionSettings } from './content/edition-file.ts';
import { editionIds, missingContactDiagnostics, readEditions, UnknownEditionError, type EditionRead } from './content/editions.ts';
import { loadCourse, type LoadedCourse } from './content/load.ts';
import { ReadCache } from './content/read-cache.ts';
import { contentReport } from './content-report/content-report.ts';
import { checkResumeBudget } from './content/resume-budget.ts';
import { editionCourseFiles, editionPlayer } from './editions/inject.ts';
import { removeStaleZips, replaceFolder } from './editions/output.ts';
import { packageCourses, PackageError, type PackagedZip, type PackageOptions } from './package/index.ts';
import { readPlayerFiles } from './package/player-files.ts';
import type { PackageFile } from './package/schemas.ts';
import { TARGETS, zipName } from './package/targets.ts';
import { reportPageHtml } from './report/page/build-page.ts';
import { playerConfig } from './vite/config.ts';
import { courseJson } from './vite/course-module.ts';

export interface BuildOptions {
  /** Folder holding course.yaml. @default 'course' */
  courseDir?: string;
  /** Where the edition folders, the course model and the content report go. @default 'dist' */
  outDir?: string;
  /** Ids of the editions to build (`generic` is course.yaml alone). @default every edition, generic first */
  editions?: readonly string[];
  /**
   * Build editions whose required contacts are empty too. Every edition of a draft build is marked as a draft
   * on every page, in its LMS title and in its zip's name. @default false
   */
  draft?: boolean;
}

/** One edition's outcome: its zips in `<outDir>/<edition>/`, or why it failed (its old zips are then removed). */
export type EditionBuild =
  | {
      id: string;
      ok: true;
      course: Course;
      /** One model per course path (course.yaml `paths:`), or [course]. */ paths: Course[];
      zips: PackagedZip[];
      folder: string;
      draftNote: string | null;
      warnings: Diagnostic[];
    }
  | { id: string; ok: false; error: CourseError | PackageError; removed: string[] };

export interface BuildResult {
  /** The course model (the generic edition's; every edition has the same ids). */
  course: Course;
  editions: EditionBuild[];
  /** Every zip written, all editions. */
  zips: PackagedZip[];
  /** The course model JSON the completion report (and the browser tests) read. */
  modelFile: string;
  /** Every file written beside the edition folders: the course model and the content report. */
  written: { file: string; bytes: number; note: string }[];
  /** Author warnings (e.g. leak checks set to `warning` in assessment.yaml): printed, they do not stop the build. */
  warnings: Diagnostic[];
}

/** Some editions failed; the others were built. `result` says which is which. */
export class EditionBuildError extends Error {
  constructor(readonly result: BuildResult) {
    const failed = result.editions.filter((e) => !e.ok);
    super(failed.map((e) => `edition "${e.id}" was not built:\n\n${e.ok ? '' : e.error.message}`).join('\n\n'));
    this.name = 'EditionBuildError';
  }
}

/**
 * Throws CourseError when the course itself has mistakes (then no edition is built, and the selected editions'
 * old zips are removed), EditionBuildError when only some editions failed (the others are in place).
 */
export async function buildCourse(options: BuildOptions = {}): Promise<BuildResult> {
  const outDir = path.resolve(options.outDir ?? 'dist');
  const courseDir = path.resolve(options.courseDir ?? 'course');
  const cache = new ReadCache();
  let base: LoadedCourse;
  let whole: LoadedCourse;
  let reads: EditionRead[];
  try {
    base = loadCourse(courseDir, { cache });
    // Every sector's content at once (build/content/sector-filter.ts): the ids the report must know, and the largest
    // resume data any edition can make.
    whole = loadCourse(courseDir, { cache, sectors: SECTORS });
    checkResumeBudget(whole.course, whole.courseDir);
    for (const c of whole.pathCourses) checkResumeBudget(c, whole.courseDir);
    reads = readEditions(courseDir, options.editions);
  } catch (e) {
    // Whatever stopped the build, a zip of an earlier build must not look current (README: "dist/ never holds...").
    if (!(e instanceof UnknownEditionError)) await removeSelectedZips(courseDir, outDir, options.editions);
    throw e;
  }

  mkdirSync(outDir, { recursive: true });
  // Everything is written under one fresh folder inside outDir and renamed into place edition by edition.
  const staging = mkdtempSync(path.join(outDir, '.building-'));
  const work = mkdtempSync(path.join(os.tmpdir(), 'maisp-build-'));
  /** Editions whose fresh folder is in place: an error after that leaves them, and removes only the others' zips. */
  const placed = new Set<string>();
  try {
    const planned = reads.map((read) => plan(read, base, courseDir, options.draft ?? false, cache));
    const targets = [...new Set(planned.flatMap((p) => (p.kind === 'ready' ? p.course.targets : [])))];
    const players = await buildPlayers(base, targets, work);
    // Built before anything is written, so a failure leaves outDir as it was.
    const reportPage = await reportPageHtml(whole.course);
    const jobs: PackageOptions[] = [];
    const assetData = new Map<string, Buffer>();
    const readAsset = (rel: string) =>
      assetData.get(rel) ?? assetData.set(rel, readFileSync(path.join(courseDir, rel))).get(rel) ?? Buffer.alloc(0);
    // One job per edition and path: the path's zips go in the edition's folder, named for the path.
    const jobsOf = new Map<string, number>();
    for (const p of planned) {
      if (p.kind !== 'ready') continue;
      jobsOf.set(p.id, p.paths.length);
      for (const c of p.paths) {
        const courseFiles = editionCourseFiles(c, readAsset);
        const playerDir: Partial<Record<ScormTarget, readonly PackageFile[]>> = {};
        for (const t of c.targets) playerDir[t] = editionPlayer({ player: players[t] ?? [], courseFiles, draftNote: p.draftNote });
        jobs.push({ course: c, playerDir, outDir: path.join(staging, p.id), zipName: (t) => editionZipName(c, t) });
      }
    }
    const outcomes = await packageCourses(jobs);

    const editions: EditionBuild[] = [];
    let job = 0;
    for (const p of planned) {
      const folder = path.join(outDir, p.id);
      const mine = p.kind === 'ready' ? outcomes.slice(job, (job += jobsOf.get(p.id) ?? 0)) : [];
      // An edition is built whole or not at all: one path that fails to package fails its edition.
      const outcome = mine.find((o) => !o.ok) ?? mine[0];
      if (p.kind === 'ready' && outcome?.ok) {
        await replaceFolder(path.join(staging, p.id), folder, path.join(staging, `${p.id}.old`));
        placed.add(p.id);
        const zips = mine.flatMap((o) => (o.ok ? o.zips : [])).map((z) => ({ ...z, file: path.join(folder, path.basename(z.file)) }));
        editions.push({ id: p.id, ok: true, course: p.course, paths: p.paths, zips, folder, draftNote: p.draftNote, warnings: p.warnings });
      } else {
        const error = p.kind === 'failed' ? p.error : outcome && !outcome.ok ? outcome.error : new PackageError(['not packaged']);
        editions.push({ id: p.id, ok: false, error, removed: await removeStaleZips(folder) });
      }
    }
    // Zips of the layout before editions (dist/<id>-<version>-<target>.zip) would look current beside the new ones.
    await Promise.all(
      Object.keys(TARGETS).map((t) =>
        rm(path.join(outDir, zipName(base.course.id, base.course.version, t as ScormTarget)), { force: true }),
      ),
    );

    const written = writeModel(base, whole, staging, outDir, reportPage);
    const result: BuildResult = {
      course: base.course,
      editions,
      zips: editions.flatMap((e) => (e.ok ? e.zips : [])),
      modelFile: written.find((w) => w.file.endsWith('-course.json'))?.file ?? '',
      written,
      warnings: base.warnings,
    };
    if (editions.some((e) => !e.ok)) throw new EditionBuildError(result);
    return result;
  } catch (e) {
    if (!(e instanceof EditionBuildError)) await removeSelectedZips(courseDir, outDir, options.editions, placed);
    throw e;
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Removes the older zips of the editions this build was asked for (every edition when none was named), except `keep`. */
async function removeSelectedZips(
  courseDir: string,
  outDir: string,
  only: readonly string[] | undefined,
  keep: ReadonlySet<string> = new Set(),
): Promise<void> {
  let ids: readonly string[] = only ?? [];
  if (ids.length === 0) {
    try {
      ids = ['generic', ...editionIds(courseDir)];
    } catch {
      ids = ['generic'];
    }
  }
  // Only edition ids name folders here: an --edition value is not yet checked when loading fails.
  const safe = ids.filter((id) => /^[a-z0-9][a-z0-9-]*$/.test(id) && !keep.has(id));
  await Promise.all(safe.map((id) => removeStaleZips(path.join(outDir, id))));
}

/**
 * `<id>-<version>-<edition>[-draft][-<path>]-<target>.zip`: a draft can never pass for the zip to publish by its name,
 * and a path's zip says which path it is.
 */
export function editionZipName(course: Course, target: ScormTarget): string {
  const draft = course.edition.draft ? '-draft' : '';
  const pathPart = course.path ? `-${course.path.id}` : '';
  return `${course.id}-${course.version}-${course.edition.id}${draft}${pathPart}-${TARGETS[target].suffix}.zip`;
}

type Planned =
  | { kind: 'ready'; id: string; course: Course; paths: Course[]; draftNote: string | null; warnings: Diagnostic[] }
  | { kind: 'failed'; id: string; error: CourseError };

/** What an edition will be: its course model and draft note, or the mistakes that stop it. */
function plan(read: EditionRead, base: LoadedCourse, courseDir: string, draftBuild: boolean, cache: ReadCache): Planned {
  if (!read.ok) return { kind: 'failed', id: read.id, error: read.error };
  const { settings } = read;
  const missing = missingContactDiagnostics(settings, CONTACT_NAMES);
  // The generic edition is the template editions are made from, and an edition file may say `draft: true`:
  // with contacts missing, either is built as a draft, marked on every page.
  const generic = read.id === 'generic';
  if (missing.length > 0 && !draftBuild && !generic && !settings.draftInFile)
    return { kind: 'failed', id: read.id, error: new CourseError(missing) };
  const note = draftNote(settings, draftBuild, generic);
  let loaded: LoadedCourse;
  try {
    loaded = generic ? base : loadCourse(courseDir, { edition: settings, cache });
  } catch (e) {
    if (e instanceof CourseError) return { kind: 'failed', id: read.id, error: e };
    throw e;
  }
  const marked = (c: Course): Course => ({ ...c, edition: { ...c.edition, draft: note !== null } });
  return {
    kind: 'ready',
    id: read.id,
    course: marked(loaded.course),
    paths: loaded.pathCourses.map(marked),
    draftNote: note,
    warnings: missing,
  };
}

/** Why an edition is a draft, in words a learner or an LMS administrator opening it understands; null if it is not. */
function draftNote(settings: EditionSettings, draftBuild: boolean, generic: boolean): string | null {
  const reasons: string[] = [];
  if (settings.missing.length > 0) {
    const names = settings.missing.map((m) => CONTACT_NAMES[m.key]).join(', ');
    reasons.push(`contacts not yet filled in (${names})`);
  }
  if (settings.draftInFile) reasons.push('its edition file is marked draft');
  if (draftBuild) reasons.push('it was built as a draft');
  if (reasons.length === 0) return null;
  const what = generic ? 'the generic edition' : `the ${settings.edition.name} edition`;
  return `this is ${what} of the course, not for use with learners: ${reasons.join('; ')}.`;
}

/** One Vite build per SCORM target, with the course left out (build/editions/inject.ts puts each edition's in). */
async function buildPlayers(
  base: LoadedCourse,
  targets: readonly ScormTarget[],
  work: string,
): Promise<Partial<Record<ScormTarget, PackageFile[]>>> {
  const players: Partial<Record<ScormTarget, PackageFile[]>> = {};
  // One player per target, each built for its own SCORM version: a 1.2 zip must talk to window.API even in an
  // LMS that offers both APIs, and the other version's code stays out of its bundle.
  for (const target of targets) {
    const outDir = path.join(work, `player-${target}`);
    const config = playerConfig({ courseDir: base.courseDir, outDir, loaded: base, target, externalCourse: true });
    await viteBuild({ ...config, configFile: false, logLevel: 'warn' });
    players[target] = await readPlayerFiles(outDir);
  }
  return players;
}

function writeModel(base: LoadedCourse, whole: LoadedCourse, staging: string, outDir: string, reportPage: string): BuildResult['written'] {
  const { course } = whole;
  return [
    // The IG officer's completion report page, named plainly so it is easy to find on a shared drive.
    { name: 'report.html', text: reportPage, note: 'completion report page (open in a browser)', plain: true },
    { name: 'course.json', text: courseJson(course), note: 'course model, the same ids in every edition (read by npm run report)' },
    {
      name: 'content-report.json',
      text: JSON.stringify(contentReport(base.course, base.coverage), null, 2),
      note: 'content report',
    },
  ].map(({ name, text, note, plain }: { name: string; text: string; note: string; plain?: boolean }) => {
    // Written in the staging folder first, then renamed: a reader never sees half a file.
    const file = path.join(outDir, plain ? name : `${course.id}-${course.version}-${name}`);
    writeFileSync(path.join(staging, name), text);
    renameSync(path.join(staging, name), file);
    return { file, bytes: Buffer.byteLength(text), note };
  });
}
