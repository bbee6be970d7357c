// Serves the real course's SCORM 2004 package (built once by the global setup) over HTTP with a log of every request,
// and starts Chromium, for the player's tests in a real browser.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Course } from '../../src/model/course.ts';
import { launchChromium } from '../support/chromium.ts';
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

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
};

export interface PackageServer {
  origin: string;
  /** Paths requested, in order (without the origin). */
  requests: string[];
  close: () => Promise<void>;
}

/** Serves `dir` read-only on 127.0.0.1; anything outside it is a 404. */
export async function servePackage(dir: string): Promise<PackageServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(url.pathname);
    const file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
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
