// Finds and reads the editions to build: every course/editions/<id>.yaml and the generic edition, or the ones named.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readCourseFile } from './course-file.ts';
import { escapesCourse } from './course-paths.ts';
import { CourseError, Diagnostics, formatDiagnostic, type Diagnostic } from './diagnostics.ts';
import { genericEdition, GENERIC_EDITION, readEditionFile, type EditionSettings } from './edition-file.ts';
import type { MarkdownEnv } from './markdown.ts';
import { closest } from './suggest.ts';
import { parseYaml } from './yaml-reader.ts';

/** One edition as read: its settings, or the mistakes in its file (which fail that edition only). */
export type EditionRead = { id: string; ok: true; settings: EditionSettings } | { id: string; ok: false; error: CourseError };

/** `--edition` named one that does not exist: a command-line mistake, not a file's. */
export class UnknownEditionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnknownEditionError';
  }
}

export const EDITIONS_FOLDER = 'editions';

/** Edition ids with a file in `<courseDir>/editions/`, sorted. */
export function editionIds(courseDir: string): string[] {
  const dir = path.join(courseDir, EDITIONS_FOLDER);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => /\.ya?ml$/.test(entry.name) && !entry.isDirectory())
    .map((entry) => entry.name.replace(/\.ya?ml$/, ''))
    .sort();
}

/**
 * Reads the editions `only` names (every one, generic first, when empty). Throws CourseError when course.yaml
 * itself is broken (loadCourse reports that in full) and UnknownEditionError for a name with no file.
 */
export function readEditions(courseDir: string, only: readonly string[] = []): EditionRead[] {
  const dir = path.resolve(courseDir);
  const known = [GENERIC_EDITION, ...editionIds(dir)];
  for (const name of only) {
    if (known.includes(name)) continue;
    const guess = closest(name, known);
    throw new UnknownEditionError(
      `there is no edition ${JSON.stringify(name)}${guess ? `: did you mean "${guess}"?` : ''} Editions: ${known.join(', ')} ` +
        `(one per file in ${path.join(courseDir, EDITIONS_FOLDER)}/, and "${GENERIC_EDITION}" for course.yaml alone).`,
    );
  }
  const wanted = only.length > 0 ? known.filter((id) => only.includes(id)) : known;

  const courseYaml = path.join(dir, 'course.yaml');
  const env = envFor(dir, new Diagnostics());
  const yaml = parseYaml(courseYaml, readFileSync(courseYaml, 'utf8'), env);
  const meta = yaml && readCourseFile(yaml, env);
  if (!yaml || !meta || env.diags.size > 0) throw new CourseError(env.diags.list);
  const generic = genericEdition(meta, yaml);

  return wanted.map((id): EditionRead => {
    if (id === GENERIC_EDITION) return { id, ok: true, settings: generic };
    const file = [`${id}.yaml`, `${id}.yml`].map((n) => path.join(dir, EDITIONS_FOLDER, n)).find((f) => existsSync(f)) ?? '';
    const diags = new Diagnostics();
    const fileEnv = envFor(dir, diags);
    const outside = escapesCourse(dir, file);
    if (outside) diags.add(file, { line: 1, column: 1 }, outside.message, outside.hint);
    const source = outside ? null : parseYaml(file, readFileSync(file, 'utf8'), fileEnv);
    const settings = source && readEditionFile(source, generic, fileEnv);
    if (!settings || diags.size > 0) return { id, ok: false, error: new CourseError(diags.list) };
    return { id, ok: true, settings };
  });
}

/** The required contacts an edition lacks, as author errors naming where to fill each in. */
export function missingContactDiagnostics(settings: EditionSettings, contactNames: Readonly<Record<string, string>>): Diagnostic[] {
  const diags = new Diagnostics();
  for (const m of settings.missing) {
    diags.add(
      m.file,
      m.at,
      `required contact "${m.key}" (${contactNames[m.key] ?? m.key}) is empty in edition "${settings.edition.id}"`,
      `fill in ${m.key}: under contacts: (e.g. ${m.key}: "Name, role: email and phone"), here or in course.yaml for a contact every edition shares; ` +
        'to preview the edition before then, build it with --draft (it is marked as a draft on every page)',
    );
  }
  return diags.list;
}

export const describeDiagnostics = (list: readonly Diagnostic[]): string => list.map(formatDiagnostic).join('\n\n');

function envFor(courseDir: string, diags: Diagnostics): MarkdownEnv {
  // Edition files are small: always read with positions, so a missing contact names its line.
  return { courseDir, diags, yamlMode: 'precise', placeholders: {}, assets: new Set(), pageLinks: [], moduleRefs: [] };
}
