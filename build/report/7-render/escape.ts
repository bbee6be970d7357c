// Escaping for the two output formats: HTML text and attributes, and CSV cells safe from formula injection.

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML element body or a quoted attribute value. */
export function escapeHtml(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => HTML[c] ?? c);
}

/**
 * A CSV cell. A cell starting with `=`, `+`, `-`, `@`, tab or carriage return is read as a formula by
 * Excel and LibreOffice (CSV/formula injection, OWASP), so it is prefixed with `'`, which spreadsheets
 * show as text. Cells holding the delimiter, a quote or a line break are quoted (RFC 4180).
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: (string | number | boolean | null)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
