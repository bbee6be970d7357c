// Which SCORM version this player was built for. Each zip gets its own player (build/pipeline.ts), so a 1.2
// package talks to window.API even in an LMS that also offers API_1484_11, and ships no 2004 code (and back).

declare const __SCORM_TARGET__: 'scorm12' | 'scorm2004' | undefined;

/** Set by Vite's `define` in a package build; undefined in dev and tests, where both versions are found. */
export const BUILD_TARGET: 'scorm12' | 'scorm2004' | undefined = typeof __SCORM_TARGET__ === 'undefined' ? undefined : __SCORM_TARGET__;
