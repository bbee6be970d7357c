// Turns the YAML parser's common indentation errors into plain words, at the line where the author's mistake is.
import { quote, type Position } from './diagnostics.ts';

export interface YamlProblem {
  position: Position;
  message: string;
  hint: string;
}

const indent = (line: string) => line.length - line.trimStart().length;
const meaningful = (line: string | undefined) => line !== undefined && line.trim() !== '' && !line.trimStart().startsWith('#');

/**
 * `code` and `message` are the `yaml` package's; `at` is 1-based within `text`. Returns null for an error
 * this does not explain (the caller then reports the parser's own words). The parser often names the line
 * before the mistake: "Nested mappings are not allowed in compact mappings" on `name: X` when the line after
 * it is indented too far.
 */
export function explainYamlError(text: string, code: string, message: string, at: Position): YamlProblem | null {
  const lines = text.split(/\r?\n/);
  const line = lines[at.line - 1] ?? '';
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      // `title: A: B`: a second ": " on the line.
      const value = line.slice(line.indexOf(':') + 1).trim();
      if (/:\s/.test(value) && !/^["']/.test(value)) {
        const key = line.trim().slice(0, line.trim().indexOf(':'));
        return {
          position: { line: at.line, column: indent(line) + key.length + 3 },
          message: `the value of "${key}" contains ": ", which YAML reads as another key`,
          hint: `put the value in quotes: ${key}: "${value.replace(/"/g, '\\"')}"`,
        };
      }
      let next = at.line; // 0-based index of the line after the error's
      while (next < lines.length && !meaningful(lines[next])) next++;
      const after = lines[next];
      if (after !== undefined && indent(after) > indent(line)) {
        return {
          position: { line: next + 1, column: indent(after) + 1 },
          message: `this line is indented further than line ${at.line} (${quote(line.trim())}), which already has a value`,
          hint: `line it up with line ${at.line} (${indent(line)} spaces) if it belongs beside it, or move line ${at.line}'s value onto a line of its own`,
        };
      }
      return null;
    }
    case 'BAD_INDENT':
    case 'MISSING_CHAR': {
      if (code === 'MISSING_CHAR' && !/without - indicator|followed by map values/.test(message)) return null;
      let prev = at.line - 2;
      while (prev >= 0 && (!meaningful(lines[prev]) || indent(lines[prev] ?? '') < indent(line))) prev--;
      const above = prev >= 0 ? lines[prev] : undefined;
      const target = above !== undefined && indent(above) !== indent(line) ? indent(above) : null;
      if (target === null) return null; // not an indentation slip (e.g. "-item" without its space): the parser's words
      return {
        position: { line: at.line, column: indent(line) + 1 },
        message: `this line is indented ${indent(line)} space${indent(line) === 1 ? '' : 's'}, which matches no line above it`,
        hint: `indent it ${target} spaces to line it up with line ${prev + 1} (${quote((above ?? '').trim())}); items of one list or mapping start in the same column`,
      };
    }
    default:
      return null;
  }
}
