// Content blocks an author writes in Markdown (`:::key-point` ... `:::`), rendered as accessible HTML the player styles.
import type { MarkedExtension, Tokens } from 'marked';
import { SECTORS, type Sector } from '../../src/model/sectors.ts';
import { markSectorBlock } from './sector-blocks.ts';
import { sectorProblems, validSectors } from './sector-tags.ts';
import { closest, didYouMean } from './suggest.ts';

/**
 * The blocks, by the name written after `:::`. Each has a visible label, so its meaning never rests on colour
 * alone (WCAG 1.4.1); `title` says whether the text after the name is required, optional or not allowed.
 */
const BLOCKS = {
  'key-point': { label: 'Key point', title: 'optional' },
  warning: { label: 'Warning', title: 'optional' },
  'in-practice': { label: 'In practice', title: 'optional' },
  example: { label: 'Example', title: 'optional' },
  details: { label: '', title: 'required' },
  steps: { label: '', title: 'none' },
  // Text only for editions serving these sectors: the "title" is the sector list, e.g. `:::sector health,council`.
  sector: { label: '', title: 'none' },
  print: { label: '', title: 'required' },
} as const;

export type BlockName = keyof typeof BLOCKS;
export const BLOCK_NAMES = Object.keys(BLOCKS) as BlockName[];

/** A `:::name` block as marked sees it: the parsed body, or a problem the renderer reports with file:line. */
export interface BlockToken extends Tokens.Generic {
  type: 'contentBlock';
  raw: string;
  name: string;
  title: string;
  titleTokens: Tokens.Generic[];
  tokens: Tokens.Generic[];
  /** `:::sector health` or `{sectors=health}` after a title: only editions serving one of them show the block. */
  sectors?: Sector[];
  /** Why the block is invalid ('' when it is fine): reported by the caller, which knows the file. */
  problem: string;
  hint: string;
}

const OPEN = /^:::[ \t]*([A-Za-z][\w-]*)?[ \t]*([^\n]*)(?:\n|$)/;
/** `{sectors=health,council}` (or a misspelt key) at the end of a block's title line. */
const ATTRIBUTE = /[ \t]*\{[ \t]*([A-Za-z]*)[ \t]*=[ \t]*([^}]*?)[ \t]*\}[ \t]*$/;

/** The block's title and its sector tag, or the problem with the tag. */
function readTag(name: string, line: string): { title: string; sectors?: Sector[]; problem?: [string, string] } {
  const what = `block ":::${name}"`;
  const check = (list: string): { sectors?: Sector[]; problem?: [string, string] } => {
    const items = list
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const [first] = sectorProblems(items, what);
    return first ? { problem: [first.message, first.hint] } : { sectors: validSectors(items) };
  };
  if (name === 'sector') return { title: '', ...check(line) };
  const attribute = ATTRIBUTE.exec(line);
  if (!attribute) return { title: line };
  const title = line.slice(0, attribute.index).trim();
  if (attribute[1] !== 'sectors')
    return {
      title,
      problem: [
        `unknown block attribute ${JSON.stringify(`${attribute[1] ?? ''}=`)} on ${what}`,
        didYouMean(
          closest(attribute[1] ?? '', ['sectors']) && 'sectors=',
          `tag a block with {sectors=health} at the end of its ":::" line (sectors: ${SECTORS.join(', ')})`,
        ),
      ],
    };
  return { title, ...check(attribute[2] ?? '') };
}

/** Where the block's body ends: the `:::` line that closes it, counting blocks opened inside it; null if none. */
function findClose(rest: string): { index: number; length: number } | null {
  let depth = 1;
  let offset = 0;
  for (const line of rest.split('\n')) {
    if (/^:::[ \t]*[A-Za-z]/.test(line)) depth++;
    else if (/^:::[ \t]*$/.test(line) && --depth === 0) return { index: offset, length: line.length };
    offset += line.length + 1;
  }
  return null;
}

function isBlockName(name: string): name is BlockName {
  return Object.hasOwn(BLOCKS, name);
}

/** Checks a block's name, title and body; returns [problem, hint], or ['', ''] when it is valid. */
function validate(name: string, title: string, body: Tokens.Generic[], closed: boolean): [string, string] {
  const names = BLOCK_NAMES.map((n) => `:::${n}`).join(', ');
  if (!name) return ['a ":::" line must name its block', `write one of ${names}`];
  if (!isBlockName(name)) return [`unknown block ":::${name}"`, `use one of ${names}`];
  if (!closed) return [`block ":::${name}" is never closed`, 'end the block with a line holding only :::'];
  const spec = BLOCKS[name];
  if (spec.title === 'required' && !title)
    return name === 'print'
      ? ['block ":::print" needs the button\'s words after its name', 'write e.g. :::print Print the decision aid']
      : [`block ":::${name}" needs a summary after its name`, `write e.g. :::${name} What the law says`];
  if (spec.title === 'none' && title) return [`block ":::${name}" takes no title`, `put "${title}" in a sentence before the block`];
  if (body.some((t) => t.type === 'contentBlock') && name === 'sector')
    return [
      'a ":::sector" block has another block inside it, and blocks do not nest',
      'close the ":::sector" block first, and tag the inner block itself at the end of its line, e.g. :::key-point Title {sectors=health}',
    ];
  if (body.some((t) => t.type === 'contentBlock'))
    return [`block ":::${name}" has another block inside it`, 'close the first block before opening the next'];
  const content = body.filter((t) => t.type !== 'space');
  if (content.length === 0) return [`block ":::${name}" is empty`, 'write its text between the ::: lines, or remove it'];
  if (name === 'steps' && (content.length !== 1 || content[0]?.type !== 'list' || !(content[0] as Tokens.List).ordered))
    return ['a ":::steps" block must hold one numbered list and nothing else', 'write the steps as 1. 2. 3. lines inside the block'];
  return ['', ''];
}

/** A valid block's HTML, from its rendered body and title. */
function blockHtml(name: BlockName, body: string, title: string): string {
  switch (name) {
    case 'details':
      return `<details class="block-details"><summary>${title}</summary><div class="details-text">${body}</div></details>\n`;
    case 'steps':
      return body.replace(/^<ol\b/, '<ol class="block-steps" role="list"');
    case 'sector':
      // Plain text for some editions: nothing shows that it is tagged, the learner just reads it.
      return body;
    // A page to keep on paper: its text and a Print button the player wires to the print dialog (a phone has no
    // Ctrl+P); neither goes on the paper.
    case 'print':
      return `<div class="block-print no-print">${body}<p><button type="button" class="button" data-print>${title.replace(/<[^>]*>/g, '')}</button></p></div>\n`;
    case 'example':
    case 'key-point':
    case 'warning':
    case 'in-practice': {
      const label = BLOCKS[name].label + (title ? `: ${title}` : '');
      // role="note" (not aside): many asides would be many unnamed complementary landmarks.
      return `<div class="block block-${name}" role="note"><p class="block-label">${label}</p>${body}</div>\n`;
    }
  }
}

/** The marked extension: `:::name title` ... `:::` becomes one block token; invalid blocks render nothing. */
export const contentBlocks: MarkedExtension = {
  extensions: [
    {
      name: 'contentBlock',
      level: 'block',
      // So walkTokens checks the links and images inside a block like any others.
      childTokens: ['titleTokens', 'tokens'],
      start: (src: string) => src.match(/^:::/m)?.index,
      tokenizer(src: string) {
        const open = OPEN.exec(src);
        if (!open) return undefined;
        const rest = src.slice(open[0].length);
        const close = findClose(rest);
        const closed = close !== null;
        const bodyText = closed ? rest.slice(0, close.index) : rest;
        const raw = closed ? src.slice(0, open[0].length + close.index + close.length) : src;
        const name = open[1] ?? '';
        const tag = readTag(name, (open[2] ?? '').trim());
        const title = tag.title;
        const tokens = this.lexer.blockTokens(bodyText, []) as Tokens.Generic[];
        const [problem, hint] = validate(name, title, tokens, closed);
        const titleTokens = this.lexer.inlineTokens(title, []) as Tokens.Generic[];
        const token: BlockToken = { type: 'contentBlock', raw, name, title, titleTokens, tokens, problem, hint };
        // A block's own problem comes first: a tag on an unknown or unclosed block is not the mistake to fix.
        if (!problem && tag.problem) [token.problem, token.hint] = tag.problem;
        if (tag.sectors) token.sectors = tag.sectors;
        return token;
      },
      renderer(token: Tokens.Generic) {
        const block = token as BlockToken;
        if (block.problem || !isBlockName(block.name)) return '';
        const html = blockHtml(block.name, this.parser.parse(block.tokens), this.parser.parseInline(block.titleTokens));
        // Marked for the edition filter (sector-blocks.ts), which keeps or cuts it per edition and removes the marks.
        return block.sectors ? markSectorBlock(html, block.sectors) : html;
      },
    },
  ],
};
