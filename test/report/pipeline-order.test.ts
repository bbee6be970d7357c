// The report is a one-way pipeline: each stage folder (`build/report/<n>-<name>/`) may import only its own and earlier
// stages, the entry files (the rest of build/report: the core, the command's run, the page) may import any stage, and
// no stage imports an entry file. Any import cycle fails, so the import circle the report once had cannot come back.
// Nothing in build/report (the page included) imports the command lines of build/cli/: they import the report, not
// the other way round, so the page never bundles a CLI module.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';

const ROOT = resolve('build/report');
const CLI = resolve('build/cli');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? tsFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

/** Every module a file names: static imports and re-exports (type-only ones too: they are dependencies) and dynamic imports. */
function importsOf(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

/** `build/report/<n>-<name>/…` is stage n; every other file of build/report is an entry file, after all stages. */
function stageOf(file: string): number {
  const m = /^(\d+)-[^/]+\//.exec(relative(ROOT, file).split('\\').join('/'));
  return m ? Number(m[1]) : Infinity;
}

const name = (file: string): string => relative(ROOT, file).split('\\').join('/');
const files = tsFiles(ROOT);
/** Each file's imports within build/report, resolved to paths. */
const graph = new Map(
  files.map((f) => [
    f,
    importsOf(f)
      .filter((s) => s.startsWith('.'))
      .map((s) => resolve(dirname(f), s))
      .filter((p) => p.startsWith(`${ROOT}/`)),
  ]),
);

test('the report has its stage folders, decode first and render last', () => {
  const stages = [...new Set(files.map(stageOf).filter(Number.isFinite))].sort((a, b) => a - b);
  const folders = readdirSync(ROOT).filter((d) => /^\d+-/.test(d));
  expect(folders.sort()).toEqual(['0-shared', '1-decode', '2-layout', '3-rows', '4-normalise', '5-people', '6-figures', '7-render']);
  expect(stages).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
});

test('no report file imports a later stage or an entry file', () => {
  const backwards: string[] = [];
  for (const [file, deps] of graph)
    for (const dep of deps) if (stageOf(dep) > stageOf(file)) backwards.push(`${name(file)} imports ${name(dep)}`);
  expect(backwards).toEqual([]);
});

test('the report files import one another without a cycle', () => {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    path.push(file);
    for (const dep of graph.get(file) ?? []) {
      if (state.get(dep) === 'open') cycles.push([...path.slice(path.indexOf(dep)), dep].map(name).join(' → '));
      else if (!state.has(dep)) visit(dep);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  expect(cycles).toEqual([]);
});

test('no report file, the page included, imports a command-line module of build/cli/', () => {
  const cli = files.flatMap((f) =>
    importsOf(f)
      .filter((s) => s.startsWith('.') && resolve(dirname(f), s).startsWith(`${CLI}/`))
      .map((s) => `${name(f)} imports ${s}`),
  );
  expect(cli).toEqual([]);
});

test('every import of a report file names a file that exists', () => {
  const missing = [...graph].flatMap(([file, deps]) => deps.filter((d) => !graph.has(d)).map((d) => `${name(file)} imports ${name(d)}`));
  expect(missing).toEqual([]);
});

test('no stage file imports Node or a Node-only package, since the browser page runs every stage', () => {
  const nodeOnly = files
    .filter((f) => Number.isFinite(stageOf(f)))
    .flatMap((f) =>
      importsOf(f)
        .filter((s) => s.startsWith('node:') || s === 'yaml')
        .map((s) => `${name(f)} imports ${s}`),
    );
  expect(nodeOnly).toEqual([]);
});
