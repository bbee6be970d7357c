// Reads sector tags where an author writes them: `sectors: [health]` in YAML (module front matter, a question) and
// `sectors=health,council` in a page heading's braces or after a block's title; each mistake at its file:line:column.
import { SECTORS, isSector, type Sector } from '../../src/model/sectors.ts';
import { quote, type Diagnostics, type Position } from './diagnostics.ts';
import { closest, didYouMean } from './suggest.ts';
import type { MapReader } from './yaml-reader.ts';

/** A problem with one item of a sector list, by its index in the list (or -1 for the list as a whole). */
export interface SectorProblem {
  index: number;
  message: string;
  hint: string;
}

export const SECTOR_HINT = `use one of: ${SECTORS.join(', ')}`;

/**
 * Checks the sectors of one tag, `what` naming the tagged thing in messages. An empty list is a tag on nothing:
 * content tagged for no sector would be in no edition, which is never what the author meant.
 */
export function sectorProblems(items: readonly string[], what: string): SectorProblem[] {
  if (items.length === 0)
    return [
      {
        index: -1,
        message: `${what} is tagged for no sector`,
        hint: `name at least one sector (${SECTORS.join(', ')}), or remove the tag to put it in every edition`,
      },
    ];
  const problems: SectorProblem[] = [];
  items.forEach((item, index) => {
    if (!isSector(item))
      problems.push({ index, message: `unknown sector ${quote(item)} on ${what}`, hint: didYouMean(closest(item, SECTORS), SECTOR_HINT) });
    else if (items.indexOf(item) !== index)
      problems.push({ index, message: `sector ${quote(item)} is named twice on ${what}`, hint: 'name each sector once' });
  });
  return problems;
}

/** The valid sectors of a list sectorProblems has checked (unknown and repeated ones left out). */
export function validSectors(items: readonly string[]): Sector[] {
  return [...new Set(items.filter(isSector))];
}

/**
 * `sectors:` in a YAML mapping (module front matter, a question): undefined when absent. Problems are reported at
 * the item (or the key, for an empty list); only valid sectors are returned.
 */
export function readSectorsKey(r: MapReader, what: string, diags: Diagnostics): Sector[] | undefined {
  if (!r.has('sectors')) return undefined;
  const hint = `list the sectors ${what} is for, e.g. sectors: [health]; ${SECTOR_HINT}`;
  const items = r.stringItems('sectors', { hint });
  const raw = r.raw('sectors');
  // A value that is not a list has had its error from stringItems; only a real (empty) list is a tag on nothing.
  const isList = typeof raw === 'object' && raw !== null && 'items' in raw;
  if (!isList) return undefined;
  for (const p of sectorProblems(
    items.map((i) => i.value),
    what,
  ))
    diags.add(r.src.file, p.index < 0 ? r.at('sectors') : (items[p.index]?.at ?? r.at('sectors')), p.message, p.hint);
  return validSectors(items.map((i) => i.value));
}

/**
 * The `sectors=health,council` attribute written inside Markdown (a page heading's braces, after a block's title):
 * `text` is what follows `sectors=`, `at` where it starts. Returns the valid sectors; reports each problem at its item.
 */
export function readSectorsAttribute(text: string, at: Position, file: string, what: string, diags: Diagnostics): Sector[] {
  const items = text === '' ? [] : text.split(',');
  const columns: number[] = [];
  items.reduce((column, item) => (columns.push(column), column + item.length + 1), at.column);
  for (const p of sectorProblems(items, what))
    diags.add(file, { line: at.line, column: p.index < 0 ? at.column : (columns[p.index] ?? at.column) }, p.message, p.hint);
  return validSectors(items);
}

/**
 * The attributes after a page id in its heading, e.g. ` sectors=health,council` in `{#id sectors=health,council}`,
 * starting at `column`. Only `sectors` is known; anything else is reported with the fix. Undefined when untagged.
 */
export function readPageAttributes(
  text: string,
  line: number,
  column: number,
  file: string,
  pageId: string,
  diags: Diagnostics,
): Sector[] | undefined {
  let sectors: Sector[] | undefined;
  for (const m of text.matchAll(/\S+/g)) {
    const word = m[0];
    const at = { line, column: column + (m.index ?? 0) };
    const eq = word.indexOf('=');
    const key = eq < 0 ? word : word.slice(0, eq);
    if (key !== 'sectors') {
      const guess = closest(key, ['sectors']);
      diags.add(
        file,
        at,
        eq < 0 && sectors !== undefined
          ? `${quote(word)} after the sectors in a page heading: sectors are written without spaces`
          : `unknown page attribute ${quote(word)}`,
        eq < 0 && sectors !== undefined
          ? 'write them joined by commas, e.g. {#page-id sectors=health,council}'
          : didYouMean(guess && `${guess}=`, 'a page heading takes its id and, optionally, sectors: {#page-id sectors=health,council}'),
      );
      continue;
    }
    if (eq < 0) {
      diags.add(file, at, 'the page heading says "sectors" but names none', 'write them after "=", e.g. {#page-id sectors=health}');
      continue;
    }
    if (sectors !== undefined) {
      diags.add(file, at, '"sectors=" is written twice in the page heading', 'write it once: sectors=health,council');
      continue;
    }
    sectors = readSectorsAttribute(word.slice(eq + 1), { line, column: at.column + eq + 1 }, file, `page ${quote(pageId)}`, diags);
  }
  return sectors;
}

/**
 * An edition file's `sectors:`, the sectors it serves: [] when absent or `sectors: []` (then it has only the untagged
 * content, like the generic edition). An unknown sector is reported at its item, with the closest one.
 */
export function readServedSectors(r: MapReader, diags: Diagnostics): Sector[] {
  if (!r.has('sectors')) return [];
  const hint = `list the sectors this agency works in, e.g. sectors: [health], or sectors: [] for none; ${SECTOR_HINT}`;
  const items = r.stringItems('sectors', { hint });
  items.forEach((item, index) => {
    const [problem] = sectorProblems([item.value], 'this edition');
    if (problem) diags.add(r.src.file, item.at, problem.message, problem.hint);
    else if (items.findIndex((i) => i.value === item.value) !== index)
      diags.add(r.src.file, item.at, `sector ${quote(item.value)} is listed twice`, 'list each sector once');
  });
  return validSectors(items.map((i) => i.value));
}

/**
 * A heading with sectors but no id, `## Title {sectors=health}`, is not a page heading's braces at all: the page
 * would silently be in every edition with the braces in its title. Reported at the brace.
 */
export function checkTagWithoutId(title: string, line: number, column: number, file: string, diags: Diagnostics): void {
  const brace = title.search(/\{\s*sectors\s*=/);
  if (brace < 0) return;
  diags.add(
    file,
    { line, column: column + brace },
    `page heading ${quote(title)} tags the page without its id`,
    `write the page id first: {#page-id ${title
      .slice(brace + 1)
      .replace(/\}.*$/, '')
      .trim()}}`,
  );
}
