// Builds the real course once (shared by the player's e2e files through a lock and a source stamp), unzips the
// SCORM 2004 zip and serves it over HTTP with a log of every request, for tests in real Chromium.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Course } from '../../src/model/course.ts';
import { buildCourse } from '../../build/pipeline.ts';
import { readZipEntries, readZipEntry } from '../../build/package/zip-reader.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CACHE = path.join(ROOT, 'test-results/ui-e2e');
const LOCK = `${CACHE}.lock`;

export interface BuiltPackage {
  /** The unzipped SCORM 2004 package. */
  dir: string;
  /** Every file name in the zip. */
  files: string[];
  /** The course model the build wrote next to the zips (where the keyboard run reads the right answers). */
  course: Course;
}

/** Newest modification time under the folders the build reads: rebuild only when a source changed. */
function sourcesStamp(): string {
  let newest = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      const s = statSync(full);
      if (s.isDirectory()) walk(full);
      else newest = Math.max(newest, s.mtimeMs);
    }
  };
  for (const dir of ['course', 'src', 'templates', 'build']) walk(path.join(ROOT, dir));
  return String(newest);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK); // atomic: only one test file builds at a time
      break;
    } catch {
      // A lock older than the slowest build is left over from a killed run.
      if (Date.now() - statSync(LOCK, { throwIfNoEntry: false })!.mtimeMs > 300_000) rmSync(LOCK, { recursive: true, force: true });
      await sleep(500);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export async function builtPackage(): Promise<BuiltPackage> {
  // One folder per source stamp: a rebuild after an edit never pulls files from under a test still serving them.
  const home = path.join(CACHE, sourcesStamp());
  const done = path.join(home, 'done');
  if (!existsSync(done))
    await withLock(async () => {
      if (existsSync(done)) return;
      const out = mkdtempSync(path.join(os.tmpdir(), 'maisp-ui-e2e-'));
      try {
        const result = await buildCourse({ outDir: out });
        const zip = result.zips.map((z) => z.file).find((f) => f.endsWith('-scorm2004.zip'));
        if (!zip) throw new Error('the build wrote no SCORM 2004 zip');
        rmSync(home, { recursive: true, force: true });
        unzip(readFileSync(zip), path.join(home, 'package'));
        writeFileSync(path.join(home, 'course.json'), readFileSync(result.modelFile));
        writeFileSync(done, '');
        // Builds from earlier sources are dropped once no run can still be using them.
        for (const old of readdirSync(CACHE))
          if (old !== path.basename(home) && Date.now() - statSync(path.join(CACHE, old)).mtimeMs > 3_600_000)
            rmSync(path.join(CACHE, old), { recursive: true, force: true });
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  const files = JSON.parse(readFileSync(path.join(home, 'files.json'), 'utf8')) as string[];
  const course = JSON.parse(readFileSync(path.join(home, 'course.json'), 'utf8')) as Course;
  return { dir: path.join(home, 'package'), files, course };
}

function unzip(zip: Buffer, dir: string) {
  const names: string[] = [];
  for (const entry of readZipEntries(zip)) {
    if (entry.name.endsWith('/')) continue;
    const target = path.join(dir, entry.name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, readZipEntry(zip, entry));
    names.push(entry.name);
  }
  writeFileSync(path.join(path.dirname(dir), 'files.json'), JSON.stringify(names));
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
