// Resolves a path an author wrote (a module, bank, image, linked file or logo) once, to a file inside course/ or a problem.
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { quote } from './diagnostics.ts';

/** A path that resolved to a regular file inside the course folder, after every symlink. */
export interface CourseFile {
  abs: string;
  /** Relative to the course folder, with `/`: how the build names it in the zip. */
  rel: string;
}

/** Why a path cannot be used, in the author's terms. */
export interface PathProblem {
  problem: 'outside' | 'missing' | 'not-a-file' | 'bad-encoding' | 'bad-name';
  message: string;
  hint: string;
}

/**
 * Asset names travel into the manifest's hrefs, the zip's entry names and the player's URLs; a name outside this set
 * failed only inside the generated manifest (a non-ASCII name), far from the line that used it.
 */
const ASSET_NAME = /^[A-Za-z0-9._/-]+$/;

export interface ResolveOptions {
  /** What the path names, for messages: "image", "linked file", "logo", "module file", "bank file". */
  what: string;
  /** The path is written URL-style in Markdown (`%20`, `?query`, `#fragment`). @default false */
  url?: boolean;
  /** The file is copied into the zip as an asset, so its name must be one a manifest and a URL carry as it is. */
  asset?: boolean;
}

/**
 * Resolves `written` (relative to `fromDir`) to a file inside `courseDir`: absolute paths, `../` out of the folder and
 * symlinks (of the file or of any folder above it) that lead outside are refused, so nothing outside course/ is ever
 * read into a zip.
 */
export function resolveCoursePath(courseDir: string, fromDir: string, written: string, options: ResolveOptions): CourseFile | PathProblem {
  const { what } = options;
  let clean = written.replace(/\\/g, '/');
  if (options.url) {
    clean = clean.split(/[?#]/)[0] ?? '';
    try {
      clean = decodeURI(clean);
    } catch {
      return {
        problem: 'bad-encoding',
        message: `${what} ${quote(written)} has a broken %-escape`,
        hint: 'write the file name as it is, or escape only spaces (%20); a % must be followed by two hex digits of a whole UTF-8 character',
      };
    }
  }
  const outside: PathProblem = {
    problem: 'outside',
    message: `${what} ${quote(written)} is outside the course folder`,
    hint: 'move the file into the course folder (images and documents into course/assets) and give a relative path to it',
  };
  if (path.isAbsolute(clean) || /^[A-Za-z]:/.test(clean) || clean.includes('\0')) return outside;
  const abs = path.resolve(fromDir, clean);
  const rel = path.relative(courseDir, abs);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return outside;
  const relPosix = rel.split(path.sep).join('/');
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    return {
      problem: 'missing',
      message: `${what} ${quote(written)} does not exist (looked for ${relPosix})`,
      hint: `check the file name and its case, relative to ${fromDir === courseDir ? 'the course folder' : 'the file that names it'}`,
    };
  }
  const realRel = path.relative(realCourseDir(courseDir), real);
  if (realRel.startsWith('..') || path.isAbsolute(realRel))
    return {
      problem: 'outside',
      message: `${what} ${quote(written)} is a link to ${real}, outside the course folder`,
      hint: 'copy the file itself into the course folder instead of linking to it: the zip must hold only what course/ holds',
    };
  if (!statSync(real).isFile())
    return {
      problem: 'not-a-file',
      message: `${what} ${quote(written)} is a folder, not a file`,
      hint: 'name a file inside it, e.g. assets/logo.svg',
    };
  if (options.asset && !ASSET_NAME.test(relPosix))
    return {
      problem: 'bad-name',
      message: `${what} ${quote(written)} has a name with characters an LMS package cannot carry safely`,
      hint: `rename the file using only letters a-z, digits, "-", "_" and ".", e.g. ${quote(suggestName(relPosix))}`,
    };
  return { abs, rel: relPosix };
}

/** A source file the loader reads by a fixed name (course.yaml, a module's .check.yaml): a problem if it leads outside. */
export function escapesCourse(courseDir: string, file: string): PathProblem | null {
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return null; // Missing: the caller reports that in its own words.
  }
  const rel = path.relative(realCourseDir(courseDir), real);
  if (!rel.startsWith('..') && !path.isAbsolute(rel)) return null;
  return {
    problem: 'outside',
    message: `${path.basename(file)} is a link to ${real}, outside the course folder`,
    hint: 'copy the file itself into the course folder instead of linking to it: the zip must hold only what course/ holds',
  };
}

export const isPathProblem = (r: CourseFile | PathProblem): r is PathProblem => 'problem' in r;

const realDirs = new Map<string, string>();
function realCourseDir(courseDir: string): string {
  let real = realDirs.get(courseDir);
  if (real === undefined) {
    real = realpathSync(courseDir);
    realDirs.set(courseDir, real);
  }
  return real;
}

function suggestName(rel: string): string {
  return rel
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._/-]+/g, '-')
    .toLowerCase();
}
