// Serves the real course's SCORM 2004 package (built once by the global setup) over HTTP with a log of every request,
// and starts Chromium, for the player's tests in a real browser.
import { createServer, type Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Course } from '../../src/model/course.ts';
import { packageHandler } from '../../build/preview/package-handler.ts';
import { launchChromium } from '../../build/bench/chromium.ts';
import { builtCourse } from './built-course.ts';

export interface BuiltPackage {
  /** The unzipped SCORM 2004 package. */
  dir: string;
  /** Every file name in the zip. */
  files: string[];
  /** The course model the build wrote next to the zips (where the keyboard run reads the right answers). */
  course: Course;
}

export function builtPackage(): BuiltPackage {
  const built = builtCourse();
  return { dir: built.unzipped('scorm2004'), files: built.files('scorm2004'), course: built.course };
}

export interface PlayerSite {
  pkg: BuiltPackage;
  server: PackageServer;
  browser: Browser;
}

/** Registers hooks that serve the package and start Chromium for this test file; read the fields inside tests. */
export function usePlayerSite(): PlayerSite {
  const site = {} as PlayerSite;
  beforeAll(async () => {
    site.pkg = builtPackage();
    site.server = await servePackage(site.pkg.dir);
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

export interface PackageServer {
  origin: string;
  /** Paths requested, in order (without the origin). */
  requests: string[];
  close: () => Promise<void>;
}

/** Serves `dir` read-only on 127.0.0.1; anything outside it is a 404. */
export async function servePackage(dir: string): Promise<PackageServer> {
  const requests: string[] = [];
  const serve = packageHandler(dir);
  const server: Server = createServer((req, res) => {
    requests.push(new URL(req.url ?? '/', 'http://x').pathname);
    serve(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
