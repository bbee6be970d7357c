// Reads YAML with source positions and checks each mapping's keys and value types, reporting file:line:column.
import { CORE_SCHEMA, load as loadFast } from 'js-yaml';
import { Document, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { Diagnostics, quote, type Position } from './diagnostics.ts';
import type { MarkdownEnv } from './markdown.ts';
import { closest, didYouMean } from './suggest.ts';
import { explainYamlError } from './yaml-errors.ts';

export interface YamlSource {
  file: string;
  root: unknown;
  position(node: unknown): Position;
}

/**
 * `precise`: the `yaml` package, which keeps every node's position, for reporting errors at their line.
 * `fast`: js-yaml (about 10x faster on large courses), whose values carry no positions; the loader uses it first
 * and reads the course again in `precise` mode as soon as anything is wrong, so errors still name their line.
 */
export type YamlMode = 'fast' | 'precise';

/**
 * Parses `text` as YAML. `lineOffset` shifts reported lines, for YAML embedded in another file (front matter).
 * Returns null (after reporting) when the YAML does not parse.
 */
export function parseYaml(file: string, text: string, env: Pick<MarkdownEnv, 'diags' | 'yamlMode'>, lineOffset = 0): YamlSource | null {
  const { diags } = env;
  if (env.yamlMode === 'fast') {
    try {
      // The same YAML 1.2 core schema as the `yaml` package, so both modes read a value the same way.
      const root = new Document(loadFast(text, { schema: CORE_SCHEMA, filename: file })).contents;
      return { file, root, position: () => ({ line: 1 + lineOffset, column: 1 }) };
    } catch {
      // Fall through: the positional parser reports the syntax error where it is.
    }
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const p = lines.linePos(offset);
    return { line: p.line + lineOffset, column: p.col };
  };
  if (doc.errors.length > 0) {
    // One slip often makes two parser errors; each plain-words explanation is reported once.
    const seen = new Set<string>();
    for (const e of doc.errors) {
      const first = e.message.split('\n')[0] ?? e.message;
      const p = lines.linePos(e.pos[0]);
      const plain = explainYamlError(text, e.code, first, { line: p.line, column: p.col });
      const problem = plain
        ? { ...plain, position: { line: plain.position.line + lineOffset, column: plain.position.column } }
        : { position: at(e.pos[0]), message: `YAML syntax error: ${first}`, hint: yamlHint(e.code) };
      const key = `${problem.position.line}:${problem.position.column}:${problem.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      diags.add(file, problem.position, problem.message, problem.hint);
    }
    return null;
  }
  return {
    file,
    root: doc.contents,
    position: (node) => {
      const range = (node as Node | null)?.range;
      return range ? at(range[0]) : { line: 1 + lineOffset, column: 1 };
    },
  };
}

function yamlHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'remove one of the two keys with the same name';
    case 'BAD_INDENT':
      return 'check the indentation: items of one list or mapping must line up';
    case 'MISSING_CHAR':
      return 'close the quote or bracket opened on this line';
    default:
      return 'check quotes and indentation; text containing ": " or starting with a special character must be quoted';
  }
}

/** `guess`: the allowed value a wrong one was probably meant to be, offered in the fix. */
type Check<T> = { ok: true; value: T } | { ok: false; expected: string; guess?: string | null };

/** A YAML mapping whose allowed keys are known; reads typed fields and reports what is wrong with them. */
export class MapReader {
  private readonly pairs = new Map<string, Pair>();
  /** Known keys an unknown key was probably meant to be: their "missing" error would only repeat the typo's. */
  private readonly misspelt = new Set<string>();

  private constructor(
    readonly src: YamlSource,
    readonly node: YAMLMap,
    private readonly diags: Diagnostics,
    /** Names the mapping in messages, e.g. `course.yaml` or `question "aims-q1"`. */
    readonly what: string,
  ) {
    for (const pair of node.items) {
      if (isScalar(pair.key)) this.pairs.set(String(pair.key.value), pair);
    }
  }

  /** Reads `node` as a mapping with `known` keys; reports (and returns null) when it is not a mapping. */
  static of(src: YamlSource, node: unknown, diags: Diagnostics, what: string, known: readonly string[]): MapReader | null {
    if (!isMap(node)) {
      diags.add(
        src.file,
        src.position(node),
        `${what} must be a mapping of "key: value" lines`,
        `write it as key: value pairs (${known.slice(0, 4).join(', ')}...)`,
      );
      return null;
    }
    const reader = new MapReader(src, node, diags, what);
    for (const [key, pair] of reader.pairs) {
      if (!known.includes(key)) {
        const guess = closest(key, known);
        if (guess) reader.misspelt.add(guess);
        diags.add(
          src.file,
          src.position(pair.key),
          `unknown key ${quote(key)} in ${what}`,
          didYouMean(guess, `allowed keys: ${known.join(', ')}`),
        );
      }
    }
    return reader;
  }

  has(key: string): boolean {
    return this.pairs.has(key);
  }

  /** The raw YAML node of a key's value (undefined when absent). */
  raw(key: string): unknown {
    return this.pairs.get(key)?.value ?? undefined;
  }

  /** Position of the key's value, or of the mapping when the key is absent. */
  at(key: string): Position {
    const pair = this.pairs.get(key);
    return this.src.position(pair?.value ?? pair?.key ?? this.node);
  }

  error(key: string, message: string, hint: string): void {
    this.diags.add(this.src.file, this.at(key), message, hint);
  }

  private read<T>(key: string, required: boolean, hint: string, check: (v: unknown) => Check<T>, allowEmpty = false): T | undefined {
    const pair = this.pairs.get(key);
    if (pair && !allowEmpty && (pair.value === null || (isScalar(pair.value) && pair.value.value === null))) {
      this.diags.add(
        this.src.file,
        this.src.position(pair.key),
        `"${key}" in ${this.what} has no value`,
        `${hint} (a value starting with # must be quoted: # starts a YAML comment)`,
      );
      return undefined;
    }
    if (!pair || pair.value === null || (isScalar(pair.value) && pair.value.value === null)) {
      if (required && !this.misspelt.has(key)) {
        this.diags.add(this.src.file, this.src.position(pair?.key ?? this.node), `${this.what} is missing required field "${key}"`, hint);
      }
      return undefined;
    }
    const value = isScalar(pair.value) ? pair.value.value : pair.value;
    const result = check(value);
    if (result.ok) return result.value;
    this.diags.add(
      this.src.file,
      this.src.position(pair.value),
      `"${key}" in ${this.what} must be ${result.expected}, not ${quote(isScalar(pair.value) ? pair.value.value : typeName(pair.value))}`,
      didYouMean(result.guess ?? null, hint),
    );
    return undefined;
  }

  string(key: string, opts: { required?: boolean; hint: string }): string | undefined {
    return this.read(key, opts.required ?? false, opts.hint, (v) =>
      typeof v === 'string' && v.trim() !== ''
        ? { ok: true, value: v.trim() }
        : typeof v === 'number'
          ? { ok: true, value: String(v) }
          : { ok: false, expected: 'non-empty text' },
    );
  }

  /** Text that may be empty (e.g. a contact the agency has not filled in yet). */
  optionalText(key: string, hint: string): string {
    return (
      this.read(
        key,
        false,
        hint,
        (v) => (typeof v === 'string' ? { ok: true, value: v.trim() } : { ok: false, expected: 'text (use "" for none)' }),
        true,
      ) ?? ''
    );
  }

  number(key: string, opts: { required?: boolean; min: number; max: number; integer?: boolean; hint: string }): number | undefined {
    const expected = `${opts.integer ? 'a whole number' : 'a number'} from ${opts.min} to ${opts.max}`;
    return this.read(key, opts.required ?? false, opts.hint, (v) =>
      typeof v === 'number' && Number.isFinite(v) && v >= opts.min && v <= opts.max && (!opts.integer || Number.isInteger(v))
        ? { ok: true, value: v }
        : { ok: false, expected },
    );
  }

  boolean(key: string, hint: string): boolean | undefined {
    return this.read(key, false, hint, (v) => (typeof v === 'boolean' ? { ok: true, value: v } : { ok: false, expected: 'true or false' }));
  }

  oneOf<T extends string>(key: string, values: readonly T[], opts: { required?: boolean; hint?: string }): T | undefined {
    const hint = opts.hint ?? `use one of: ${values.join(', ')}`;
    return this.read(key, opts.required ?? false, hint, (v) =>
      typeof v === 'string' && (values as readonly string[]).includes(v)
        ? { ok: true, value: v as T }
        : { ok: false, expected: `one of ${values.join(', ')}`, guess: typeof v === 'string' ? closest(v, values) : null },
    );
  }

  /** The items of a list value, as raw nodes (empty when absent or reported as wrong). */
  list(key: string, opts: { required?: boolean; hint: string }): unknown[] {
    return (
      this.read(key, opts.required ?? false, opts.hint, (v) =>
        isSeq(v) ? { ok: true, value: v.items as unknown[] } : { ok: false, expected: 'a list ("- item" lines or [a, b])' },
      ) ?? []
    );
  }

  /** A list of non-empty strings. */
  stringList(key: string, opts: { required?: boolean; hint: string }): string[] {
    return this.stringItems(key, opts).map((item) => item.value);
  }

  /** A list of non-empty strings, each with its own position, for checks that point at one item of the list. */
  stringItems(key: string, opts: { required?: boolean; hint: string }): { value: string; at: Position }[] {
    const out: { value: string; at: Position }[] = [];
    for (const item of this.list(key, opts)) {
      const value = isScalar(item) ? item.value : undefined;
      if ((typeof value === 'string' && value.trim() !== '') || typeof value === 'number')
        out.push({ value: String(value).trim(), at: this.src.position(item) });
      else this.diags.add(this.src.file, this.src.position(item), `every item of "${key}" in ${this.what} must be text`, opts.hint);
    }
    return out;
  }
}

function typeName(node: unknown): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  return typeof node;
}
