// Reads protocol paragraph numbers and named source documents out of question references and explanations.

/** The overarching protocol (seed 002) has numbered paragraphs 1–42. */
export const PROTOCOL_PARAGRAPHS = 42;

/**
 * The other source documents by the names the course cites them with (see ../shared/seeds/README.md):
 * 001 the MAISP overview page, 000 the resources page, 003 the 2010 factsheet, 004 protocols vs agreements.
 */
export const SOURCE_DOCUMENTS: readonly string[] = ['MAISP overview', 'MAISP resources', '2010 factsheet', 'Protocols vs agreements'];

// "¶17", "¶ 17", "Protocol ¶17–19", "¶¶24-26": an optional range with an en dash, em dash or hyphen.
const PARAGRAPH = /¶+\s*(\d+)(?:\s*[–—-]\s*(\d+))?/g;

/** Protocol paragraphs a reference names, ranges expanded; numbers outside 1–42 are ignored. */
export function paragraphsIn(text: string): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(PARAGRAPH)) {
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    for (let n = from; n <= Math.max(from, to); n++) {
      if (n >= 1 && n <= PROTOCOL_PARAGRAPHS) found.push(n);
    }
  }
  return found;
}

/** True when the text cites a protocol paragraph (¶N) or names one of the source documents. */
export function citesSource(text: string): boolean {
  if (paragraphsIn(text).length > 0) return true;
  const lower = text.toLowerCase();
  return SOURCE_DOCUMENTS.some((name) => lower.includes(name.toLowerCase()));
}

/** Sorted, de-duplicated paragraphs named by a list of references. */
export function paragraphsOf(references: readonly string[]): number[] {
  return [...new Set(references.flatMap(paragraphsIn))].sort((a, b) => a - b);
}
