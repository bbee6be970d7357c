// The whole build: load and check the course, build the player with Vite, package each SCORM target, write the course model.
import { mkdtempSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build as viteBuild } from 'vite';
import type { Course, ScormTarget } from '../src/model/course.ts';
import type { Diagnostic } from './content/diagnostics.ts';
import { loadCourse } from './content/load.ts';
import { contentReport, readCoverage } from './content-report/content-report.ts';
import { checkResumeBudget } from './content/resume-budget.ts';
import { packageCourse, type PackagedZip } from './package/index.ts';
import { playerConfig } from './vite/config.ts';
import { courseJson } from './vite/course-module.ts';
import { reportPageHtml } from './report/page/build-page.ts';

export interface BuildOptions {
  /** Folder holding course.yaml. @default 'course' */
  courseDir?: string;
  /** Where the zips and the course model go. @default 'dist' */
  outDir?: string;
}

export interface BuildResult {
  course: Course;
  zips: PackagedZip[];
  /** The course model JSON the completion report (and the browser tests) read. */
  modelFile: string;
  /** Every file written next to the zips: the course model and the content report. */
  written: { file: string; bytes: number; note: string }[];
  /** Content problems the course chose to only warn about (assessment.yaml `leakChecks`). */
  warnings: Diagnostic[];
}

/** Throws CourseError (content mistakes) or PackageError (a package that fails its self-check); writes nothing then. */
export async function buildCourse(options: BuildOptions = {}): Promise<BuildResult> {
  const outDir = path.resolve(options.outDir ?? 'dist');
  const loaded = loadCourse(options.courseDir ?? 'course');
  const { course } = loaded;
  checkResumeBudget(course, loaded.courseDir);
  // The player is built outside outDir so a failed build leaves outDir as it was.
  const work = mkdtempSync(path.join(os.tmpdir(), 'maisp-build-'));
  try {
    // One player per target, each built for its own SCORM version: a 1.2 zip must talk to window.API even in an
    // LMS that offers both APIs, and the other version's code stays out of its bundle.
    const playerDir: Partial<Record<ScormTarget, string>> = {};
    for (const target of course.targets) {
      playerDir[target] = path.join(work, `player-${target}`);
      const config = playerConfig({ courseDir: loaded.courseDir, outDir: playerDir[target], loaded, target });
      await viteBuild({ ...config, configFile: false, logLevel: 'warn' });
    }
    // Built before anything is written, so a failure leaves outDir as it was.
    const reportPage = await reportPageHtml(course);
    mkdirSync(outDir, { recursive: true });
    const zips = await packageCourse({ course, playerDir, outDir });
    const written = [
      // The IG officer's completion report page, named plainly so it is easy to find on a shared drive.
      { name: 'report.html', text: reportPage, note: 'completion report page (open in a browser)', plain: true },
      { name: 'course.json', text: courseJson(course), note: 'course model (read by npm run report)' },
      {
        name: 'content-report.json',
        text: JSON.stringify(contentReport(course, readCoverage(loaded.courseDir)), null, 2),
        note: 'content report',
      },
    ].map(({ name, text, note, plain }) => {
      // Written beside the player first, then renamed: a reader never sees half a file.
      const file = path.join(outDir, plain ? name : `${course.id}-${course.version}-${name}`);
      writeFileSync(path.join(work, name), text);
      renameSync(path.join(work, name), file);
      return { file, bytes: Buffer.byteLength(text), note };
    });
    return {
      course,
      zips,
      modelFile: written.find((w) => w.file.endsWith('-course.json'))?.file ?? '',
      written,
      warnings: loaded.warnings,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
