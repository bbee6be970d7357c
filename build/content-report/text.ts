// Plain text and word counts of the sanitised HTML the build renders, for the content report.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The visible text of rendered HTML: tags dropped (image alt text is not counted), entities decoded. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words in rendered HTML: whitespace-separated runs holding at least one letter or digit (so "–" is not a word). */
export function wordCount(html: string): number {
  return plainText(html)
    .split(' ')
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
