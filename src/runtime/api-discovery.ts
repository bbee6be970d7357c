// Finds the LMS's SCORM API object: up the parent chain to the top, then the opener and its parents (pipwerks' search).

import { BUILD_TARGET } from './build-target.ts';

/** The SCORM 1.2 API (`window.API`, RTE 3.3.6.1). */
export interface Scorm12Api {
  LMSInitialize(p: ''): string;
  LMSFinish(p: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(p: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/** The SCORM 2004 API (`window.API_1484_11`, RTE 3.1.2). */
export interface Scorm2004Api {
  Initialize(p: ''): string;
  Terminate(p: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(p: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
  GetDiagnostic(code: string): string;
}

export type FoundApi = { version: 'scorm2004'; api: Scorm2004Api } | { version: 'scorm12'; api: Scorm12Api };

/** The parts of a window the search reads; a real `Window` fits. */
export interface WindowLike {
  parent?: unknown;
  top?: unknown;
  opener?: unknown;
}

/** Levels climbed per chain. 500 is pipwerks' classic bound; real LMS frame sets are under 10 deep. */
export const MAX_DEPTH = 500;

/** Reads a property, treating a cross-origin SecurityError as "not here" rather than a failure. */
function read(win: unknown, key: string): unknown {
  try {
    return win !== null && typeof win === 'object' ? (win as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

function apiIn(win: unknown): FoundApi | null {
  // A packaged player looks only for its own version's API. Without a build target (dev, tests), 2004 first:
  // an LMS that offers both launched us as 2004 only if it exposes API_1484_11 (pipwerks' order).
  if (BUILD_TARGET !== 'scorm12') {
    const a2004 = read(win, 'API_1484_11');
    if (a2004 && typeof (a2004 as Scorm2004Api).Initialize === 'function') return { version: 'scorm2004', api: a2004 as Scorm2004Api };
  }
  if (BUILD_TARGET !== 'scorm2004') {
    const a12 = read(win, 'API');
    if (a12 && typeof (a12 as Scorm12Api).LMSInitialize === 'function') return { version: 'scorm12', api: a12 as Scorm12Api };
  }
  return null;
}

/** Walks `win` and its parents until the top (a window whose parent is itself). */
function searchUp(start: unknown, maxDepth: number): FoundApi | null {
  let win = start;
  for (let depth = 0; win && depth <= maxDepth; depth++) {
    const found = apiIn(win);
    if (found) return found;
    const parent = read(win, 'parent');
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

/** Finds the API for `win`: its own frame and parents first, then the window that opened it and that one's parents. */
export function findApi(win: WindowLike, maxDepth = MAX_DEPTH): FoundApi | null {
  const own = searchUp(win, maxDepth);
  if (own) return own;
  // An LMS that opens the course in a pop-up keeps the API in the opener (or its frames' top).
  const top = read(win, 'top');
  const opener = read(win, 'opener') ?? (top && top !== win ? read(top, 'opener') : undefined);
  return opener ? searchUp(opener, maxDepth) : null;
}
