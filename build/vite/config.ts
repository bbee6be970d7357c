// The Vite configuration for the player, shared by `vite` (dev), the build CLI and the tests.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InlineConfig } from 'vite';
import type { ScormTarget } from '../../src/model/course.ts';
import type { LoadedCourse } from '../content/load.ts';
import { coursePlugin } from './course-plugin.ts';
import { cspPlugin } from './csp-plugin.ts';
import { devOverlayPlugin } from './dev-overlay-plugin.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface PlayerConfigOptions {
  /** Folder holding course.yaml. @default 'course' */
  courseDir?: string;
  /** Where `vite build` writes the player. @default 'dist/player' */
  outDir?: string;
  loaded?: LoadedCourse;
  /** Build the player for one SCORM version only (each zip's player talks to its own LMS API). @default both */
  target?: ScormTarget;
  /** Build the player without the course in it (see CoursePluginOptions.external). @default false */
  externalCourse?: boolean;
}

/**
 * JSX compiles to Preact's h() calls (the classic transform): about 260 bytes smaller gzip'd than the automatic
 * runtime's jsx(type, { children }) calls, which kept the player over its 20 KB budget. It is the same in dev,
 * in tests and in a package build, whatever NODE_ENV says. TypeScript still checks JSX against Preact's types.
 */
export const PREACT_JSX = {
  jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment', development: false },
  jsxInject: `import { h, Fragment } from 'preact'`,
} as const;

export function playerConfig(options: PlayerConfigOptions = {}): InlineConfig {
  const courseDir = path.resolve(PROJECT_ROOT, options.courseDir ?? 'course');
  return {
    root: path.join(PROJECT_ROOT, 'templates'),
    // Relative URLs: an LMS serves the package from a folder it chooses.
    base: './',
    publicDir: false,
    plugins: [coursePlugin({ courseDir, loaded: options.loaded, external: options.externalCourse }), cspPlugin(), devOverlayPlugin()],
    // src/runtime/build-target.ts reads this; undefined (dev, tests) keeps both SCORM versions.
    define: options.target ? { __SCORM_TARGET__: JSON.stringify(options.target) } : {},
    // Pages in templates/ load ../src/...; a browser asks for that as /src/..., which is outside the Vite root.
    resolve: { alias: [{ find: /^\/src\//, replacement: `${path.join(PROJECT_ROOT, 'src')}/` }] },
    oxc: PREACT_JSX,
    server: { fs: { allow: [PROJECT_ROOT] } },
    build: {
      outDir: path.resolve(PROJECT_ROOT, options.outDir ?? 'dist/player'),
      emptyOutDir: true,
      // Keep every file a file: CSP img-src stays 'self' in practice and the manifest lists them all.
      assetsInlineLimit: 0,
      // The polyfill is an inline script, which the CSP forbids; every LMS browser supports modulepreload or ignores it.
      modulePreload: { polyfill: false },
      // Class fields natively (Safari 15+, Chrome/Edge 94+, Firefox 93+, all older than any supported LMS browser):
      // lowering them to es2020 added defineProperty helpers to every class.
      target: 'es2022',
      reportCompressedSize: false,
      // The course chunk grows with the course; its size is reported by `npm run bench`, not warned about.
      chunkSizeWarningLimit: 100_000,
      rollupOptions: {
        input: { index: path.join(PROJECT_ROOT, 'templates/index.html') },
        output: {
          // The course content in a chunk of its own, so the player's size can be measured without it.
          manualChunks: (id: string) => (id.includes('virtual:course') ? 'course' : undefined),
        },
      },
    },
  };
}
