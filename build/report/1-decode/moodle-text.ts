// Text of a Moodle download cell as Moodle meant it: its SCORM reports HTML-escape some cells, which are decoded once here.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Undoes Moodle's `s()` (PHP `htmlspecialchars` with ENT_QUOTES), which its SCORM report downloads apply to
 * identity fields and interaction values: `Revenue &amp; Customs Service`. One pass, so text that really held
 * `&amp;` (escaped by Moodle to `&amp;amp;`) comes back as `&amp;`. Gradebook and completion downloads are not escaped.
 */
export function decodeMoodleText(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9a-f]{1,6}));/gi, (whole, name?: string, dec?: string, hex?: string) => {
    if (name !== undefined) return ENTITIES[name.toLowerCase()] ?? whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
