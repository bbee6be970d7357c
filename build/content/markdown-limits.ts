// Depth and size limits checked before marked sees a fragment: past them marked overflows its stack or runs for minutes.

/** One limit a fragment goes past, at the offset in its text where it does. */
export interface LimitProblem {
  offset: number;
  message: string;
  hint: string;
}

/**
 * Quotes and list items nested in one line (`> > > x`, `- - - x`). Marked recurses once per level: 5,000 `>` overflow
 * its stack. A page never needs more than a few; 16 leaves room for any real outline.
 */
export const MAX_LINE_NESTING = 16;
/**
 * Leading spaces before a line's text (a tab counts 4). A list nested by indentation costs marked time cubic in its
 * depth: 400 levels took 5 s, 3,000 ran out of memory after two minutes. 64 columns is 16 to 32 levels.
 */
export const MAX_INDENT = 64;
/**
 * Emphasis markers (`*`, `_`, `~`) in one paragraph. Nested emphasis recurses in marked's inline parser: 5,000 pairs
 * of `**` overflow its stack. A long paragraph of ordinary prose has a few dozen.
 */
export const MAX_EMPHASIS_MARKERS = 2000;

const CONTAINER = /^[ \t]{0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]*/;

/** The first limit `text` goes past, or null when marked can render it safely. */
export function checkMarkdownLimits(text: string): LimitProblem | null {
  let offset = 0;
  let paragraphStart = 0;
  let markers = 0;
  for (const line of text.split('\n')) {
    const problem = checkLine(line, offset);
    if (problem) return problem;
    if (line.trim() === '') {
      paragraphStart = offset + line.length + 1;
      markers = 0;
    } else {
      for (const ch of line) if (ch === '*' || ch === '_' || ch === '~') markers++;
      if (markers > MAX_EMPHASIS_MARKERS)
        return {
          offset: paragraphStart,
          message: `this paragraph has more than ${MAX_EMPHASIS_MARKERS} emphasis markers (*, _ or ~)`,
          hint: 'split it into paragraphs, or escape markers meant literally as \\* or \\_ (emphasis nested this deep cannot be rendered)',
        };
    }
    offset += line.length + 1;
  }
  return null;
}

/** `- - -` or `* * *`: a thematic break, however long, is not nesting. */
const BREAK = /^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

function checkLine(line: string, offset: number): LimitProblem | null {
  let indent = 0;
  for (const ch of line) {
    if (ch === ' ') indent += 1;
    else if (ch === '\t') indent += 4;
    else break;
  }
  if (indent > MAX_INDENT && line.trim() !== '')
    return {
      offset,
      message: `this line is indented ${indent} columns, more than ${MAX_INDENT}`,
      hint: `nest lists and quotes at most ${MAX_INDENT / 4} levels deep, or split the outline into several lists`,
    };
  if (BREAK.test(line)) return null;
  let depth = 0;
  let rest = line;
  for (let m = CONTAINER.exec(rest); m && m[0].length > 0; m = CONTAINER.exec(rest)) {
    rest = rest.slice(m[0].length);
    if (++depth > MAX_LINE_NESTING)
      return {
        offset,
        message: `this line nests more than ${MAX_LINE_NESTING} quotes or list items (${JSON.stringify(line.slice(0, 24))}...)`,
        hint: `nest quotes (>) and lists at most ${MAX_LINE_NESTING} levels deep`,
      };
  }
  return null;
}
