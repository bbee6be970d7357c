// `npm run dev`: the course is served as virtual:course, edits reload the page, and content errors reach Vite's overlay.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { playerConfig } from '../../build/vite/config.ts';

const course = mkdtempSync(path.join(os.tmpdir(), 'maisp-dev-'));
let server: ViteDevServer;
let base = '';
const sent: unknown[] = [];

beforeAll(async () => {
  cpSync(path.resolve(import.meta.dirname, '../fixtures/good'), course, { recursive: true });
  server = await createServer({
    ...playerConfig({ courseDir: course }),
    configFile: false,
    logLevel: 'silent',
    server: { port: 0, fs: { allow: ['/'] } },
  });
  await server.listen();
  const address = server.httpServer?.address();
  base = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
  const send = server.ws.send.bind(server.ws);
  server.ws.send = ((...args: Parameters<typeof send>) => {
    sent.push(args[0]);
    return send(...args);
  }) as typeof server.ws.send;
});
afterAll(async () => {
  await server.close();
  rmSync(course, { recursive: true, force: true });
});

const fetchCourse = () => fetch(`${base}/@id/__x00__virtual:course`);

test('the dev server serves the course from the course folder as virtual:course', async () => {
  const response = await fetchCourse();
  expect(response.status).toBe(200);
  const code = await response.text();
  expect(code).toContain('Fixture course');
  expect(code).toMatch(/import a\d from ".*logo\.svg\?import&url"/);
});

test('editing a module reloads the page and the next load has the edit', async () => {
  const file = path.join(course, 'modules/02-two.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('Back to', 'Edited: back to'));
  await vi.waitFor(() => expect(sent).toContainEqual(expect.objectContaining({ type: 'full-reload' })), { timeout: 10_000 });
  expect(await (await fetchCourse()).text()).toContain('Edited: back to');
});

test('a content error answers with the file:line message Vite shows in its overlay', async () => {
  const file = path.join(course, 'modules/01-one.check.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('kind: single', 'kind: dropdown'));
  await vi.waitFor(async () => expect((await fetchCourse()).status).toBe(500), { timeout: 10_000 });
  const body = await (await fetchCourse()).text();
  expect(body).toContain('01-one.check.yaml:3:11');
  expect(body).toContain('must be one of single, multiple, truefalse, scenario, not \\"dropdown\\"');
});
