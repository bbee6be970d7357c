// Turns the one player Vite built per SCORM target into one edition's player: its course data, assets and draft marker.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Course } from '../../src/model/course.ts';
import { ASSET_MARKER_PATTERN } from '../content/markdown.ts';
import type { PackageFile } from '../package/schemas.ts';
import { EXTERNAL_COURSE_IMPORT } from '../vite/course-plugin.ts';

/**
 * Why a file beside the player and not a rebuild or a fetch: the player chunk imports `./course.js` (the course
 * module is external to the Vite build, see course-plugin.ts), so every edition shares one compiled player and
 * only this small module differs. It stays a static ES module import: no fetch, nothing the CSP (script-src
 * 'self') or the no-network rule forbids, and it works from file:// as well as from any LMS.
 */
export interface EditionPlayerOptions {
  /** The player as Vite built it for one target, with the course external. */
  player: readonly PackageFile[];
  /** The edition's course module and assets (editionCourseFiles), the same for every target. */
  courseFiles: EditionCourseFiles;
  /** Shown on every page of a draft; null for an edition ready to publish. */
  draftNote: string | null;
}

export interface EditionCourseFiles {
  /** `course-<hash>.js`, to sit beside the player's entry chunk. */
  courseName: string;
  courseJs: Buffer;
  /** Only the assets this edition's course names (another edition's logo stays out), each under a content hash. */
  assets: PackageFile[];
}

const hash = (data: Buffer | string) => createHash('sha256').update(data).digest('base64url').slice(0, 8);

/**
 * The edition's course as an ES module, its asset markers (`@@asset:rel@@`) replaced by the hashed copies' paths.
 * `readAsset` reads a course-relative file; the pipeline caches it across editions.
 */
export function editionCourseFiles(course: Course, readAsset: (courseRelative: string) => Buffer): EditionCourseFiles {
  const assets = new Map<string, PackageFile>();
  const json = JSON.stringify(course, (_key, value: unknown) =>
    typeof value === 'string' && value.includes('@@asset:')
      ? value.replace(ASSET_MARKER_PATTERN, (_m, rel: string) => {
          let file = assets.get(rel);
          if (!file) {
            const data = readAsset(rel);
            const ext = path.extname(rel);
            file = { name: `assets/${path.basename(rel, ext)}-${hash(data)}${ext}`, data };
            assets.set(rel, file);
          }
          // Relative to index.html, where every <img> and link of the course is resolved.
          return file.name;
        })
      : value,
  );
  // JSON.parse of one string literal: the engine parses data faster than an object literal of the same size.
  const courseJs = Buffer.from(`export default JSON.parse(${JSON.stringify(json)});\n`, 'utf8');
  return { courseName: `course-${hash(courseJs)}.js`, courseJs, assets: [...assets.values()] };
}

/** The player of one target with the edition's course module, assets and (for a draft) marker put in. */
export function editionPlayer(options: EditionPlayerOptions): PackageFile[] {
  const { courseName, courseJs, assets } = options.courseFiles;
  const importer = options.player.filter((f) => f.name.endsWith('.js') && f.data.includes(`"${EXTERNAL_COURSE_IMPORT}"`));
  if (importer.length !== 1) throw new Error(`expected one player chunk importing ${EXTERNAL_COURSE_IMPORT}, found ${importer.length}`);
  const entry = importer[0] as PackageFile;
  const entryData = Buffer.from(entry.data.toString('utf8').replace(`"${EXTERNAL_COURSE_IMPORT}"`, `"./${courseName}"`), 'utf8');
  // The entry chunk's name follows its new content, so an LMS cache never pairs it with another edition's course.
  const entryName = entry.name.replace(/-[\w-]+\.js$/, `-${hash(entryData)}.js`);
  const entryDir = path.posix.dirname(entry.name);
  const coursePath = `${entryDir}/${courseName}`;

  const html = options.player.find((f) => f.name === 'index.html');
  if (!html) throw new Error('the player has no index.html');
  let page = html.data.toString('utf8');
  if (!page.includes(`./${entry.name}"`)) throw new Error(`index.html does not load ./${entry.name}`);
  page = page.replace(`./${entry.name}"`, `./${entryName}"`);
  // The course module is fetched with the player, not after it has been parsed (as Vite's own preload did).
  page = page.replace('</head>', `  <link rel="modulepreload" crossorigin href="./${coursePath}">\n  </head>`);
  const extra: PackageFile[] = [];
  if (options.draftNote !== null) {
    // In the page itself, outside #app: on every screen, on the printed record, and before any script runs.
    page = page.replace(
      '<body>',
      `<body>\n    <p class="draft-marker" role="note"><strong>Draft:</strong> ${escapeHtml(options.draftNote)}</p>`,
    );
    page = page.replace('</head>', `  <link rel="stylesheet" href="./${entryDir}/draft.css">\n  </head>`);
    extra.push({ name: `${entryDir}/draft.css`, data: Buffer.from(DRAFT_CSS, 'utf8') });
  }

  return [
    ...options.player.filter((f) => f !== entry && f !== html),
    { name: 'index.html', data: Buffer.from(page, 'utf8') },
    { name: entryName, data: entryData },
    { name: coursePath, data: courseJs },
    ...assets,
    ...extra,
  ];
}

/** Its own file, only in drafts: a publishable zip's player carries none of it (the player has a size budget). */
const DRAFT_CSS = `/* The draft marker (build/editions/inject.ts): black on yellow, 19.6:1, on screen and on paper. */
.draft-marker {
  margin: 0;
  padding: 0.5rem 1rem;
  background: #ffdd00;
  color: #0b0c0c;
  border-bottom: 3px solid #0b0c0c;
  text-align: center;
  font-weight: 400;
}
/* On a phone it stays readable but leaves the first screen to the course. */
@media (max-width: 40em) {
  .draft-marker {
    padding: 0.25rem 0.625rem;
    font-size: 0.875rem;
    text-align: left;
  }
}
@media print {
  .draft-marker {
    border: 2px solid #000;
  }
}
`;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
