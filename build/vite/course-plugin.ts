// Vite plugin: serves the course as `virtual:course`, shows content errors in the dev overlay, reloads on content edits.
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { CourseError } from '../content/diagnostics.ts';
import { loadCourse, type LoadedCourse } from '../content/load.ts';
import { courseModuleSource, previewCourse } from './course-module.ts';
import { courseShell } from './course-shell.ts';
import { RESOLVED_VIRTUAL_COURSE_ID, VIRTUAL_COURSE_ID } from './virtual-course.ts';

export interface CoursePluginOptions {
  /** Folder holding course.yaml. */
  courseDir: string;
  /** A course already loaded by the caller (the build CLI), so it is not read twice. */
  loaded?: LoadedCourse;
  /**
   * Leave the course out of the bundle: the player imports it from `./course.js`, which the pipeline writes once
   * per edition (build/editions/inject.ts), so one player build serves every edition. @default false
   */
  external?: boolean;
}

/** The import the player's chunk keeps for the course module when it is external. */
export const EXTERNAL_COURSE_IMPORT = './course.js';

export function coursePlugin(options: CoursePluginOptions): Plugin {
  const courseDir = path.resolve(options.courseDir);
  // In dev the cache is dropped on every content edit; a build loads once (or reuses the CLI's course).
  let cached = options.loaded;
  return {
    name: 'maisp:course',
    resolveId(id) {
      if (id !== VIRTUAL_COURSE_ID) return undefined;
      return options.external ? { id: EXTERNAL_COURSE_IMPORT, external: true } : RESOLVED_VIRTUAL_COURSE_ID;
    },
    load(id) {
      if (id !== RESOLVED_VIRTUAL_COURSE_ID) return undefined;
      cached ??= tryLoad(courseDir, (message, loc) => this.error({ message, id: loc?.file, loc }));
      return courseModuleSource(cached);
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        try {
          cached ??= loadCourse(courseDir);
        } catch {
          return html; // content errors are reported by load(), in the overlay; the page keeps its plain shell
        }
        return courseShell(html, previewCourse(cached));
      },
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(courseDir);
      const onChange = (file: string) => {
        if (!path.resolve(file).startsWith(courseDir + path.sep)) return;
        cached = undefined;
        const mod = server.moduleGraph.getModuleById(RESOLVED_VIRTUAL_COURSE_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}

type Fail = (message: string, loc?: { file: string; line: number; column: number }) => never;

function tryLoad(courseDir: string, fail: Fail): LoadedCourse {
  try {
    return loadCourse(courseDir);
  } catch (e) {
    if (!(e instanceof CourseError)) throw e;
    const first = e.diagnostics[0];
    // The overlay shows one error with a code frame; the message lists all of them.
    fail(e.message, first ? { file: path.resolve(first.file), line: first.line, column: first.column - 1 } : undefined);
  }
}
