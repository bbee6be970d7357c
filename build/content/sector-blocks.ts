// How a sector-tagged block travels from rendering to an edition: marked in the rendered HTML, kept or cut per edition.
import { servesAny, type Sector } from '../../src/model/sectors.ts';

/**
 * The marks are HTML comments only the block renderer writes: course text cannot forge one, because raw HTML in
 * the course is refused and escaped (markdown.ts), and blocks do not nest, so a mark never holds another.
 */
const OPEN = '<!--sectors:';
const CLOSE = '<!--/sectors-->';
const MARKED = /<!--sectors:([a-z,]+)-->([\s\S]*?)<!--\/sectors-->\n?/g;

/** A rendered block's HTML, marked as only for editions serving one of `sectors`. */
export function markSectorBlock(html: string, sectors: readonly Sector[]): string {
  return `${OPEN}${sectors.join(',')}-->${html}${CLOSE}\n`;
}

/** `html` as an edition serving `serves` shows it: its blocks for other sectors cut, every mark removed. */
export function keepSectorBlocks(html: string, serves: readonly Sector[]): string {
  if (!html.includes(OPEN)) return html;
  return html.replace(MARKED, (_, tags: string, body: string) => (servesAny(tags.split(',') as Sector[], serves) ? body : ''));
}

/** The sectors any block in `html` is marked for, so checks know which editions can differ. */
export function blockSectors(html: string): Sector[] {
  return [...html.matchAll(MARKED)].flatMap((m) => (m[1] ?? '').split(',') as Sector[]);
}
