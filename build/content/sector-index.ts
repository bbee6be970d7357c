// Which sectors each page and question is tagged for, through every level that tags it (module, page, question).
import { SECTORS, sectorWords, servesAny, type Sector } from '../../src/model/sectors.ts';
import type { ReadModule } from './module.ts';
import type { ReadQuestion } from './questions.ts';

/**
 * The tags on the way to a thing, outermost first: e.g. a page's [module's, page's]. It is in an edition only when
 * the edition serves a sector of every tag on the way (an untagged level lets everything through).
 */
export type TagPath = readonly (readonly Sector[] | undefined)[];

export function keptIn(path: TagPath, serves: readonly Sector[]): boolean {
  return path.every((tags) => servesAny(tags, serves));
}

export interface SectorIndex {
  /** By page id. */
  pages: Map<string, TagPath>;
  /** By question id: a knowledge-check question under its module; a bank question under the module of its first objective. */
  questions: Map<string, TagPath>;
  /** Every sector some content is tagged for, in SECTORS order: only these can make two editions differ. */
  used: Sector[];
}

export function sectorIndex(modules: readonly ReadModule[], bank: readonly ReadQuestion[], blockTags: readonly Sector[] = []): SectorIndex {
  const pages = new Map<string, TagPath>();
  const questions = new Map<string, TagPath>();
  const used = new Set<Sector>(blockTags);
  const add = (tags: readonly Sector[] | undefined) => tags?.forEach((t) => used.add(t));
  const moduleOfObjective = new Map<string, ReadModule>();
  for (const m of modules) {
    add(m.sectors);
    for (const o of m.module.objectives) moduleOfObjective.set(o.id, m);
    for (const p of m.module.pages) {
      const tags = m.pageSectors.get(p.id);
      add(tags);
      pages.set(p.id, [m.sectors, tags]);
    }
    for (const q of m.questions) {
      add(q.sectors);
      questions.set(q.question.id, [m.sectors, q.sectors]);
    }
  }
  for (const q of bank) {
    add(q.sectors);
    // A question on a module the edition leaves out would be drawn with nothing to teach it: it goes with its module.
    const owner = moduleOfObjective.get(q.question.objectives[0] ?? '');
    questions.set(q.question.id, [owner?.sectors, q.sectors]);
  }
  return { pages, questions, used: SECTORS.filter((s) => used.has(s)) };
}

/** Every set of the `used` sectors, smallest first: the editions that can differ, as few as 1 (none used). */
export function sectorSets(used: readonly Sector[]): Sector[][] {
  const sets: Sector[][] = [];
  for (let mask = 0; mask < 1 << used.length; mask++) sets.push(used.filter((_, i) => mask & (1 << i)));
  return sets.sort((a, b) => a.length - b.length);
}

/** "serving no sector" / "serving health" / "serving health and police", for messages. */
export function servingWords(serves: readonly Sector[]): string {
  return serves.length === 0 ? 'serving no sector' : `serving ${serves.join(' and ')}`;
}

/** How a tag path reads in a message: "tagged health", "in a module tagged health, tagged council". */
export function tagWords(path: TagPath): string {
  const [outer, inner] = path;
  const words = [outer && `in a module tagged ${sectorWords(outer)}`, inner && `tagged ${sectorWords(inner)}`].filter(Boolean);
  return words.join(', ') || 'untagged';
}
