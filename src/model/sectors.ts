// The sectors a partner agency can serve, and the one rule for whether sector-tagged content is in an edition.
// No DOM and no Node code here: the build filters with it, and the model records what an edition serves.

/**
 * The fixed vocabulary: a fixed list, not free text, so a typo in a tag is a build error with a did-you-mean rather
 * than content that silently never appears in any edition.
 */
export const SECTORS = ['health', 'council', 'police', 'education', 'voluntary'] as const;
export type Sector = (typeof SECTORS)[number];

export function isSector(value: string): value is Sector {
  return (SECTORS as readonly string[]).includes(value);
}

/**
 * True when content tagged `tags` is in an edition serving `serves`: untagged content (no tags, or undefined) is in
 * every edition; tagged content only where the edition serves at least one of its sectors.
 */
export function servesAny(tags: readonly Sector[] | undefined, serves: readonly Sector[]): boolean {
  return tags === undefined || tags.length === 0 || tags.some((t) => serves.includes(t));
}

/** "health" / "health or council": how messages and the README name a tag's sectors. */
export function sectorWords(sectors: readonly Sector[]): string {
  return sectors.length === 0 ? 'no sector' : sectors.join(' or ');
}
