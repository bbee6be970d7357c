// A small in-memory course and a fake built player in a temp folder, for the packaging tests.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineCourse, type Course, type Question } from '../../src/model/course.ts';
import { afterAll, beforeAll } from 'vitest';
import { readPlayerFiles } from '../../build/package/player-files.ts';

const question: Question = {
  id: 'q-who',
  kind: 'single',
  prompt: 'Who can sign up?',
  text: 'Who can sign up?',
  options: [
    { id: 'a', html: 'Any organisation', correct: true, feedback: '' },
    { id: 'b', html: 'Only the council', correct: false, feedback: '' },
  ],
  explanation: 'Any organisation can.',
  references: ['¶1'],
  objectives: ['obj-what'],
};

/** A course with characters that need XML escaping in its title and description. */
export function fixtureCourse(overrides: Partial<Course> = {}): Course {
  return defineCourse({
    id: 'fixture',
    title: 'Sharing <safely> & "lawfully"',
    version: '1.2.3',
    description: "Partners' obligations under the MAISP",
    branding: { organisation: 'Test partners', logo: null, logoAlt: '', colour: '#1d4f91' },
    modules: [
      {
        id: 'aims',
        title: 'Aims',
        minutes: 5,
        objectives: [{ id: 'obj-what', text: 'Say what the protocol is.' }],
        pages: [{ id: 'aims-what', title: 'What it is', html: '<p>The protocol.</p>' }],
        check: [question],
      },
    ],
    assessment: { id: 'final', title: 'Final', intro: '', draw: 1, passMark: 80, attempts: 0, bank: [] },
    ...overrides,
  });
}

export interface Workspace {
  root: string;
  playerDir: string;
  outDir: string;
  cleanup(): Promise<void>;
}

/** A temp folder holding a fake Vite output (index.html, assets/app.js, assets/app.css) and an empty out dir. */
export async function makeWorkspace(): Promise<Workspace> {
  const root = await mkdtemp(path.join(tmpdir(), 'maisp-package-'));
  const playerDir = path.join(root, 'player');
  await mkdir(path.join(playerDir, 'assets'), { recursive: true });
  await writeFile(
    path.join(playerDir, 'index.html'),
    '<!doctype html><html lang="en-GB"><head><script type="module" src="./assets/app.js"></script>' +
      '<link rel="stylesheet" href="./assets/app.css"></head><body><div id="app"></div></body></html>\n',
  );
  await writeFile(path.join(playerDir, 'assets', 'app.js'), 'console.log("player");\n'.repeat(50));
  await writeFile(path.join(playerDir, 'assets', 'app.css'), 'body { margin: 0; }\n');
  return { root, playerDir, outDir: path.join(root, 'dist'), cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** Registers hooks that make a workspace for this test file and list its fake player's files (read them in tests). */
export function usePlayerFiles(): { names: string[] } {
  const player = { names: [] as string[] };
  let ws: Workspace | undefined;
  beforeAll(async () => {
    ws = await makeWorkspace();
    player.names = (await readPlayerFiles(ws.playerDir)).map((f) => f.name);
  });
  afterAll(() => ws?.cleanup());
  return player;
}
