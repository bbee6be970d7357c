// Links and critical behaviours must not point at a page an edition leaves out: checked for every set of sectors an
// edition could serve, so the author hears of it when writing, not when an agency adds an edition.
import type { Sector } from '../../src/model/sectors.ts';
import type { ReadBehaviour } from './critical.ts';
import { quote, type Diagnostics } from './diagnostics.ts';
import type { PageLink } from './markdown.ts';
import { keptIn, sectorSets, servingWords, tagWords, type SectorIndex, type TagPath } from './sector-index.ts';

/** Marks the links rendered since `since` as written in page or question `from` (module.ts, questions.ts). */
export function stampLinks(links: PageLink[], since: number, from: string): void {
  for (let i = since; i < links.length; i++) {
    const link = links[i];
    if (link && link.from === undefined) links[i] = { ...link, from };
  }
}

/**
 * Reports each link (and each critical behaviour's page) that some edition keeps while leaving out the page it goes
 * to, naming both and the smallest set of sectors that shows it. A link inside a sector block goes with its block,
 * so a health page may be linked from a health block. Links to pages no module has are load.ts's to report.
 */
export function checkSectorLinks(
  links: readonly PageLink[],
  critical: readonly ReadBehaviour[],
  index: SectorIndex,
  diags: Diagnostics,
): void {
  const sets = sectorSets(index.used);
  if (sets.length === 1) return;
  const breaks = (from: TagPath, to: TagPath) => sets.find((serves) => keptIn(from, serves) && !keptIn(to, serves));
  for (const link of links) {
    const target = index.pages.get(link.pageId);
    if (!target) continue;
    const from = [...((link.from !== undefined && (index.pages.get(link.from) ?? index.questions.get(link.from))) || []), link.sectors];
    const serves = breaks(from, target);
    if (!serves) continue;
    const where =
      link.from === undefined ? 'this text' : index.pages.has(link.from) ? `page ${quote(link.from)}` : `question ${quote(link.from)}`;
    diags.add(
      link.file,
      link.position,
      `${where} links to page ${quote(link.pageId)}, which is ${tagWords(target)}: an edition ${servingWords(serves)} keeps the link but not the page`,
      linkFix(link.pageId, target),
    );
  }
  for (const b of critical)
    b.behaviour.pages.forEach((page, i) => {
      const target = index.pages.get(page);
      const serves = target && breaks([], target);
      if (!target || !serves) return;
      diags.add(
        b.file,
        b.pageAt[i] ?? b.pagesAt,
        `critical behaviour ${quote(b.behaviour.id)} lists page ${quote(page)}, which is ${tagWords(target)}: an edition ${servingWords(serves)} would send learners who miss it to a page it does not have`,
        'list a page every edition has (untagged, in an untagged module), or untag this one',
      );
    });
}

function linkFix(pageId: string, target: TagPath): string {
  const sectors = [...new Set(target.flatMap((tags) => tags ?? []))] as Sector[];
  return `put the link in a block for the same sectors (:::sector ${sectors.join(',')} ... :::), tag the linking page or question as "${pageId}" is, or untag "${pageId}"`;
}
