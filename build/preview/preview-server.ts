// Runs a built zip inside the simulated LMS page (templates/preview.html, scorm-again) on a Vite server.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer } from 'vite';
import type { ScormTarget } from '../../src/model/course.ts';
import { unzip } from '../package/unzip.ts';
import { playerConfig } from '../vite/config.ts';
import { packageHandler } from './package-handler.ts';

export interface PreviewOptions {
  zip: string;
  /** @default 5174; 0 picks a free port */
  port?: number;
}

export interface PreviewServer {
  /** The preview page with the package in its frame. */
  url: string;
  version: ScormTarget;
  files: number;
  close(): Promise<void>;
}

export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const version: ScormTarget = options.zip.endsWith('-scorm2004.zip') ? 'scorm2004' : 'scorm12';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'maisp-preview-'));
  const files = unzip(options.zip, dir).length;
  const config = playerConfig();
  const server = await createServer({
    ...config,
    configFile: false,
    logLevel: 'warn',
    server: { ...config.server, port: options.port ?? 5174 },
    plugins: [
      ...(config.plugins ?? []),
      // The package is served as the LMS would serve it: the files of the zip, nothing rebuilt.
      { name: 'maisp:serve-package', configureServer: (s) => void s.middlewares.use('/package/', packageHandler(dir)) },
    ],
  });
  await server.listen();
  const origin = (server.resolvedUrls?.local[0] ?? `http://localhost:${options.port ?? 5174}/`).replace(/\/$/, '');
  return {
    url: `${origin}/preview.html?player=/package/index.html&version=${version}`,
    version,
    files,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
