// Reads one module: its front matter (id, title, minutes, objectives, numbered) and its pages, one per "## Title {#id}" heading.
import { existsSync } from 'node:fs';
import type { Module, Objective, Page } from '../../src/model/course.ts';
import type { Sector } from '../../src/model/sectors.ts';
import { quote, type Position } from './diagnostics.ts';
import { escapesCourse } from './course-paths.ts';
import { checkIdFormat } from './ids.ts';
import { renderBlock, type MarkdownEnv } from './markdown.ts';
import { readQuestions, type ReadQuestion } from './questions.ts';
import { checkTagWithoutId, readPageAttributes, readSectorsKey } from './sector-tags.ts';
import { stampLinks } from './sector-links.ts';
import { readSourceText } from './source-text.ts';
import { MapReader, parseYaml } from './yaml-reader.ts';

const FRONT_MATTER_KEYS = ['id', 'title', 'minutes', 'objectives', 'sectors', 'numbered'];
/** `## Title {#page-id sectors=health,council}`: the title, the id, then attributes (sector-tags.ts). */
const PAGE_HEADING = /^##\s+(.*?)\s*(?:\{#\s*([^}\s]*)([^}]*)\})?\s*$/;

/** A module with the positions later, course-wide checks (unique ids) need. */
export interface ReadModule {
  module: Module;
  file: string;
  idAt: Position;
  objectiveAt: Map<string, Position>;
  pageAt: Map<string, Position>;
  questions: ReadQuestion[];
  checkFile: string;
  /** Front matter `sectors:` (the whole module is only in editions serving one); undefined when untagged. */
  sectors?: Sector[];
  /** Each tagged page's sectors (heading `{#id sectors=...}`), by page id. */
  pageSectors: Map<string, Sector[]>;
}

export function readModule(file: string, env: MarkdownEnv): ReadModule | null {
  const text = readSourceText(file, env.diags);
  if (text === null) return null;
  const source = text.replace(/\r\n?/g, '\n');
  const lines = source.split('\n');
  if (lines[0]?.trim() !== '---') {
    env.diags.add(
      file,
      { line: 1, column: 1 },
      'a module must start with front matter between "---" lines',
      'begin the file with ---, then id, title, minutes and objectives, then ---',
    );
    return null;
  }
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end < 0) {
    env.diags.add(file, { line: 1, column: 1 }, 'the front matter is never closed', 'add a line with --- after the front matter');
    return null;
  }
  const yaml = parseYaml(file, lines.slice(1, end).join('\n'), env, 1);
  if (!yaml) return null;
  const fm = MapReader.of(yaml, yaml.root, env.diags, 'the module front matter', FRONT_MATTER_KEYS);
  if (!fm) return null;

  const id = fm.string('id', { required: true, hint: 'give the module an id, e.g. id: aims' }) ?? '';
  if (id) checkIdFormat(id, file, fm.at('id'), 'module', env.diags);
  const title = fm.string('title', { required: true, hint: 'give the module a title' }) ?? '';
  const minutes =
    fm.number('minutes', {
      required: true,
      min: 1,
      max: 240,
      integer: true,
      hint: 'estimate the minutes a learner needs, e.g. minutes: 10',
    }) ?? 0;

  // An introduction is named, not counted as a module (src/model/numbering.ts).
  const numbered = fm.boolean('numbered', 'write numbered: false for an introduction the course does not count as a module') ?? true;

  const objectives: Objective[] = [];
  const objectiveAt = new Map<string, Position>();
  const objectiveNodes = fm.list('objectives', { required: true, hint: 'list the learning objectives, each with id and text' });
  if (fm.has('objectives') && objectiveNodes.length === 0)
    fm.error('objectives', `module ${quote(id)} has no learning objectives`, 'list at least one objective with id and text');
  for (const node of objectiveNodes) {
    const o = MapReader.of(yaml, node, env.diags, 'a learning objective', ['id', 'text']);
    const oid = o?.string('id', { required: true, hint: 'give the objective an id, e.g. aims-what' });
    const text = o?.string('text', { required: true, hint: 'write what the learner will be able to do' });
    if (o && oid && text) {
      checkIdFormat(oid, file, o.at('id'), 'objective', env.diags);
      objectives.push({ id: oid, text });
      objectiveAt.set(oid, o.at('id'));
    }
  }

  const sectors = readSectorsKey(fm, `module ${quote(id || title)}`, env.diags);
  const { pages, pageAt, pageSectors, preamble } = readPages(file, lines, end + 1, env);
  if (pages.length === 0 && !preamble) {
    env.diags.add(
      file,
      { line: end + 2, column: 1 },
      `module ${quote(id || title)} has no pages`,
      'add at least one page: a line "## Page title {#page-id}" followed by its text',
    );
  }

  const checkFile = file.replace(/\.md$/, '.check.yaml');
  const questions = readCheck(checkFile, env);
  const module: Module = { id, title, minutes, objectives, pages, check: questions.map((q) => q.question), numbered };
  return { module, file, idAt: fm.at('id'), objectiveAt, pageAt, questions, checkFile, pageSectors, ...(sectors ? { sectors } : {}) };
}

function readPages(
  file: string,
  lines: string[],
  bodyStart: number,
  env: MarkdownEnv,
): { pages: Page[]; pageAt: Map<string, Position>; pageSectors: Map<string, Sector[]>; preamble: boolean } {
  let preamble = false;
  const pages: Page[] = [];
  const pageAt = new Map<string, Position>();
  const pageSectors = new Map<string, Sector[]>();
  let current: { title: string; id: string; at: Position; startLine: number; body: string[] } | null = null;
  let fenced = false;
  const finish = () => {
    if (!current) return;
    const text = current.body.join('\n');
    if (text.trim() === '') {
      env.diags.add(file, current.at, `page ${quote(current.id)} is empty`, 'write the page text under its heading, or remove the heading');
    }
    const links = env.pageLinks.length;
    const html = renderBlock({ file, text, start: { line: current.startLine, column: 1 }, exact: true }, env);
    stampLinks(env.pageLinks, links, current.id);
    pages.push({ id: current.id, title: current.title, html });
    // pageAt keeps one position per id, so the course-wide check (load.ts) cannot see a repeat within a module: a
    // health and a council version of one page, say, written with the same id.
    const first = pageAt.get(current.id);
    if (first)
      env.diags.add(
        file,
        current.at,
        `duplicate id ${quote(current.id)}: page ${quote(current.id)} at ${env.diags.display(file)}:${first.line} already uses it`,
        'give each module, page, objective and question an id of its own (ids are what LMS reports and resume data refer to)',
      );
    else pageAt.set(current.id, current.at);
  };
  for (let i = bodyStart; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : PAGE_HEADING.exec(line);
    if (heading) {
      finish();
      const at = { line: i + 1, column: 1 };
      const title = heading[1] ?? '';
      const id = heading[2]?.trim() ?? slug(title);
      if (heading[2] !== undefined) checkIdFormat(id, file, { line: i + 1, column: line.indexOf('{#') + 3 }, 'page', env.diags);
      checkTagWithoutId(title, i + 1, line.indexOf(title) + 1, file, env.diags);
      const attributes = heading[3] ?? '';
      const sectors = attributes.trim()
        ? readPageAttributes(attributes, i + 1, line.lastIndexOf(attributes) + 1, file, id, env.diags)
        : undefined;
      if (sectors) pageSectors.set(id, sectors);
      current = { title, id, at, startLine: i + 2, body: [] };
    } else if (current) {
      current.body.push(line);
    } else if (line.trim() !== '' && !preamble) {
      preamble = true;
      env.diags.add(
        file,
        { line: i + 1, column: 1 },
        `text before the first page: ${quote(line.trim())}`,
        'start the module body with a page heading: ## Page title {#page-id}',
      );
    }
  }
  finish();
  return { pages, pageAt, pageSectors, preamble };
}

function readCheck(checkFile: string, env: MarkdownEnv): ReadQuestion[] {
  if (!existsSync(checkFile)) return [];
  const outside = escapesCourse(env.courseDir, checkFile);
  if (outside) {
    env.diags.add(checkFile, { line: 1, column: 1 }, outside.message, outside.hint);
    return [];
  }
  const text = readSourceText(checkFile, env.diags);
  const yaml = text === null ? null : parseYaml(checkFile, text, env);
  if (!yaml) return [];
  const r = MapReader.of(yaml, yaml.root, env.diags, 'a knowledge check file', ['questions']);
  if (!r) return [];
  const nodes = r.list('questions', { required: true, hint: 'list the questions under "questions:"' });
  return readQuestions(yaml, nodes, env);
}

/** A page id derived from its title when the author gives none (changes if the title changes: give ids explicitly). */
export function slug(title: string): string {
  const s = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return /^[a-z]/.test(s) ? s : `p-${s}`.slice(0, 40);
}
