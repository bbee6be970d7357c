// Renders course Markdown with marked, refusing raw HTML and unsafe links, and collecting page links and assets to check.
import path from 'node:path';
import { Marked, type Token, type Tokens } from 'marked';
import { checkAsset, type AssetUse } from './asset-policy.ts';
import { contentBlocks, type BlockToken } from './blocks.ts';
import { isPathProblem, resolveCoursePath } from './course-paths.ts';
import { Diagnostics, quote, type Position } from './diagnostics.ts';
import { checkMarkdownLimits } from './markdown-limits.ts';
import type { StatedSettings } from './assessment.ts';
import { checkStatedNumbers } from './stated-numbers.ts';
import { checkModuleNumbers } from './stated-modules.ts';
import { MODULE_COUNT_MARKER, moduleNumberMarker } from '../../src/model/numbering.ts';
import { closest, didYouMean } from './suggest.ts';
import type { YamlMode } from './yaml-reader.ts';
import type { Sector } from '../../src/model/sectors.ts';

/** Marks an asset in rendered HTML; the Vite plugin swaps it for the hashed URL of the copied file. */
export const assetMarker = (courseRelative: string): string => `@@asset:${courseRelative}@@`;
export const ASSET_MARKER_PATTERN = /@@asset:([^@]+)@@/g;

/** A link to another page, checked once every page id is known. */
export interface PageLink {
  pageId: string;
  file: string;
  position: Position;
  /** The page or question whose text holds the link (module.ts, questions.ts); left out elsewhere. */
  from?: string;
  /** The sectors of the block the link is in (`:::sector health`); left out outside a tagged block. */
  sectors?: readonly Sector[];
}

/** What rendering needs to know and what it collects, shared across a whole course. */
export interface MarkdownEnv {
  courseDir: string;
  diags: Diagnostics;
  /** Which YAML parser reads the course's YAML files (see yaml-reader.ts). */
  yamlMode: YamlMode;
  /** `{{contacts.dpo | fallback}}` values; a key missing here is an error. */
  placeholders: Record<string, string>;
  /** Course-relative paths of files referenced by images and links. */
  assets: Set<string>;
  pageLinks: PageLink[];
  /** `{{module.<id>.number}}` uses, checked once every module id is known (the `pageId` is the module's id). */
  moduleRefs: PageLink[];
  /** assessment.yaml's numbers, once read: text that types a different one is an error (stated-numbers.ts). */
  stated?: StatedSettings;
}

/** Where a fragment of Markdown sits in its source file, to turn an offset in it into file:line:column. */
export interface Fragment {
  file: string;
  text: string;
  /** Position of the fragment's first character; when `exact` is false, every problem is reported here. */
  start: Position;
  exact: boolean;
  /** The assessment's intro: every "N questions" in it is about the assessment. */
  assessment?: boolean;
}

const SAFE_SCHEMES = /^(https:|mailto:|tel:)/i;
const PLACEHOLDER = /\{\{\s*([A-Za-z][\w.]*)\s*(?:\|\s*([^}]*?))?\s*\}\}/g;

export function renderBlock(fragment: Fragment, env: MarkdownEnv): string {
  return render(fragment, env, false);
}

export function renderInline(fragment: Fragment, env: MarkdownEnv): string {
  return render(fragment, env, true);
}

/**
 * Checks text a YAML value puts into Markdown elsewhere (a contact, the organisation name) where it is written, with
 * the rules every rendered text has; false when it broke one (then the caller leaves the value out, so the module
 * that uses it does not report the same mistake again at the wrong place).
 */
export function checkInsertedText(fragment: Fragment, env: MarkdownEnv): boolean {
  const before = env.diags.size;
  render(fragment, { ...env, placeholders: {}, stated: undefined }, true);
  return env.diags.size === before;
}

/** Plain text of rendered HTML, for LMS interaction descriptions and reports. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What the one shared renderer needs to know about the fragment being rendered (rendering is synchronous). */
let current: { env: MarkdownEnv; fileDir: string; accepted: Map<string, string> } = {
  env: {} as MarkdownEnv,
  fileDir: '',
  accepted: new Map(),
};

/** One marked instance for every fragment: building one per fragment cost more than rendering small fragments. */
const marked = new Marked({
  gfm: true,
  renderer: {
    // The checks in render() refuse a fragment with an unsafe link or raw HTML before it is rendered; these renderers
    // are safe on their own too, so a check that misses a case still cannot put script in the page.
    link(token: Tokens.Link) {
      const inner = this.parser.parseInline(token.tokens);
      const href = token.href;
      if (href.startsWith('#')) return `<a href="${escapeAttr(href)}" data-page="${escapeAttr(href.slice(1))}">${inner}</a>`;
      // External links leave the LMS frame: open them in a new tab and say so.
      if (/^https:/i.test(href))
        return `<a href="${escapeAttr(href)}" target="_blank" rel="noopener noreferrer">${inner}<span class="visually-hidden"> (opens in a new tab)</span></a>`;
      if (SAFE_SCHEMES.test(href)) return `<a href="${escapeAttr(href)}">${inner}</a>`;
      const asset = assetOf(href, 'file');
      return asset ? `<a href="${assetMarker(asset)}" download>${inner}</a>` : inner;
    },
    image(token: Tokens.Image) {
      const asset = assetOf(token.href, 'image');
      return asset ? `<img src="${assetMarker(asset)}" alt="${escapeAttr(token.text)}">` : escapeText(token.text);
    },
    // A page's title is the screen's h1, so a page's first heading level (###, the lowest render() allows) is its h2:
    // the outline has no gap for a screen reader's heading list.
    heading(token: Tokens.Heading) {
      const level = Math.min(6, Math.max(2, token.depth - 1));
      return `<h${level}>${this.parser.parseInline(token.tokens)}</h${level}>\n`;
    },
    html(token: Tokens.HTML | Tokens.Tag) {
      return escapeText(token.text);
    },
    // An image alone in its paragraph with a title, ![alt](file "Caption"), is a figure with a visible caption. The
    // caption was lexed, and checked like any other text, by render() (captionTokens).
    paragraph(token: Tokens.Paragraph) {
      const only = token.tokens.length === 1 ? token.tokens[0] : undefined;
      const caption = only?.type === 'image' ? captionTokens.get(only) : undefined;
      if (only && caption)
        return `<figure>${this.parser.parseInline([only])}<figcaption>${this.parser.parseInline(caption)}</figcaption></figure>\n`;
      return `<p>${this.parser.parseInline(token.tokens)}</p>\n`;
    },
    // Each cell carries its column's header, so on a phone the table can stack as labelled rows (player.css).
    table(token: Tokens.Table) {
      const head = token.header.map((cell) => `<th scope="col">${this.parser.parseInline(cell.tokens)}</th>`).join('');
      const label = token.header.map((cell) => escapeAttr(plainText(this.parser.parseInline(cell.tokens))));
      const rows = token.rows
        .map(
          (row) =>
            `<tr>${row.map((cell, i) => `<td data-label="${label[i] ?? ''}">${this.parser.parseInline(cell.tokens)}</td>`).join('')}</tr>`,
        )
        .join('');
      return `<div class="table"><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>\n`;
    },
  },
});
marked.use(contentBlocks);

/** An image's title lexed as its caption, so the caption is checked and rendered from the same tokens. */
const captionTokens = new WeakMap<Token, Token[]>();

function render(fragment: Fragment, env: MarkdownEnv, inline: boolean): string {
  if (env.stated)
    for (const m of checkStatedNumbers(fragment.text, env.stated, fragment.assessment === true))
      env.diags.add(fragment.file, offsetPosition(fragment, fragment.text, m.offset), m.message, m.hint);
  for (const m of checkModuleNumbers(fragment.text))
    env.diags.add(fragment.file, offsetPosition(fragment, fragment.text, m.offset), m.message, m.hint);
  const text = substitutePlaceholders(fragment, env);
  // Past these limits marked overflows its stack or runs out of memory: stop at the line instead.
  const limit = checkMarkdownLimits(text);
  if (limit) {
    env.diags.add(fragment.file, offsetPosition(fragment, text, limit.offset), limit.message, limit.hint);
    return '';
  }
  const locate = locator(fragment, text);
  const report = (raw: string, message: string, hint: string) => env.diags.add(fragment.file, locate(raw), message, hint);
  const fileDir = path.dirname(fragment.file);

  current = { env, fileDir, accepted: new Map() };
  try {
    return lexCheckAndRender(text, inline, env, fragment, fileDir, locate, report);
  } catch (e) {
    // A shape the limits above do not foresee: said at the fragment, never a stack trace.
    if (!(e instanceof RangeError)) throw e;
    env.diags.add(
      fragment.file,
      fragment.start,
      'this text is nested too deeply to render',
      'simplify it: fewer levels of quotes, lists or emphasis inside each other',
    );
    return '';
  }
}

function lexCheckAndRender(
  text: string,
  inline: boolean,
  env: MarkdownEnv,
  fragment: Fragment,
  fileDir: string,
  locate: (raw: string) => Position,
  report: Report,
): string {
  const tokens = inline ? marked.Lexer.lexInline(text, marked.defaults) : marked.lexer(text);
  let safe = true;
  // Links inside a sector-tagged block, so the link check knows which editions keep them (sector-links.ts).
  const tagged = new WeakMap<Token, readonly Sector[]>();
  const check = (token: Token): void => {
    switch (token.type) {
      case 'html':
        safe = false;
        report(
          token.raw,
          `raw HTML is not allowed: ${quote(token.raw.trim())}`,
          'write it in Markdown instead (HTML could carry scripts or break accessibility)',
        );
        break;
      case 'heading':
        if (!inline && token.depth < 3)
          report(
            token.raw,
            `heading ${quote(token.raw.trim())} is too high inside a page`,
            'start headings inside a page at ### (## starts a new page)',
          );
        break;
      case 'link':
        checkLink(token as Tokens.Link, env, fragment, fileDir, locate, report, tagged.get(token));
        break;
      case 'image': {
        const image = token as Tokens.Image;
        checkImage(image, env, fileDir, report);
        // The title becomes a visible caption: lexed here, so its links and HTML meet the checks every text does.
        if (image.title) {
          const caption = marked.Lexer.lexInline(image.title, marked.defaults);
          captionTokens.set(image, caption);
          marked.walkTokens(caption, check);
        }
        break;
      }
      case 'contentBlock': {
        const block = token as BlockToken;
        const sectors = block.sectors;
        // walkTokens visits a block before its children, so its links are marked before they are checked.
        if (sectors)
          marked.walkTokens(
            [...block.titleTokens, ...block.tokens] as Token[],
            (inner) => void (inner.type === 'link' && tagged.set(inner, sectors)),
          );
        if (block.problem) {
          safe = false;
          report(block.raw.split('\n')[0] ?? block.raw, block.problem, block.hint);
        }
        break;
      }
    }
  };
  marked.walkTokens(tokens as Token[], check);
  if (!safe) return '';
  return inline ? marked.Parser.parseInline(tokens as Token[], marked.defaults) : marked.Parser.parse(tokens as Token[], marked.defaults);
}

type Report = (raw: string, message: string, hint: string) => void;

function checkLink(
  token: Tokens.Link,
  env: MarkdownEnv,
  fragment: Fragment,
  fileDir: string,
  locate: (raw: string) => Position,
  report: Report,
  sectors?: readonly Sector[],
): void {
  const href = token.href;
  if (href.startsWith('#')) {
    env.pageLinks.push({ pageId: href.slice(1), file: fragment.file, position: locate(token.raw), ...(sectors ? { sectors } : {}) });
  } else if (/^http:/i.test(href)) {
    report(token.raw, `link ${quote(href)} uses http`, 'use the https: address');
  } else if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !SAFE_SCHEMES.test(href)) {
    report(
      token.raw,
      `link ${quote(href)} has a scheme that is not allowed`,
      'links may be #page-id, https:, mailto: or tel:, or a file in course/assets',
    );
  } else if (href.startsWith('//')) {
    report(token.raw, `link ${quote(href)} leaves out its scheme`, 'write the full https: address');
  } else if (!SAFE_SCHEMES.test(href)) {
    checkFile(href, env, fileDir, token.raw, 'linked file', report);
  }
}

function checkImage(token: Tokens.Image, env: MarkdownEnv, fileDir: string, report: Report): void {
  if (!token.text.trim())
    report(
      token.raw,
      `image ${quote(token.href)} has no alt text`,
      'say what the image shows in the brackets: ![What it shows](file); a screen reader reads it instead of the image',
    );
  if (/^[a-z][a-z0-9+.-]*:/i.test(token.href) || token.href.startsWith('//')) {
    report(
      token.raw,
      `image ${quote(token.href)} is not a file in the course`,
      'put the image in course/assets and give a relative path: the course must not load anything from outside its package',
    );
    return;
  }
  checkFile(token.href, env, fileDir, token.raw, 'image', report);
}

/** Resolves a file an image or link names (course-paths.ts) and applies the asset policy (asset-policy.ts). */
function checkFile(href: string, env: MarkdownEnv, fileDir: string, raw: string, what: string, report: Report): void {
  const resolved = resolveCoursePath(env.courseDir, fileDir, href, { what, url: true, asset: true });
  if (isPathProblem(resolved)) return report(raw, resolved.message, resolved.hint);
  const use: AssetUse = what === 'image' ? 'image' : 'file';
  const problem = checkAsset(resolved.abs, href, use);
  if (problem) return report(raw, problem.message, problem.hint);
  env.assets.add(resolved.rel);
  current.accepted.set(`${use}:${href}`, resolved.rel);
}

/** The course-relative path of an asset the checks accepted, or null (then the renderer writes no reference at all). */
function assetOf(href: string, use: AssetUse): string | null {
  return current.accepted.get(`${use}:${href}`) ?? null;
}

function substitutePlaceholders(fragment: Fragment, env: MarkdownEnv): string {
  return fragment.text.replace(PLACEHOLDER, (whole: string, key: string, fallback: string | undefined, offset: number) => {
    // Module numbers are known once every module is read: a marker now, filled in by load.ts (model/numbering.ts).
    if (key === 'modules.count') return MODULE_COUNT_MARKER;
    const moduleRef = /^module\.([a-z][a-z0-9-]*)\.number$/.exec(key);
    if (moduleRef?.[1]) {
      env.moduleRefs.push({ pageId: moduleRef[1], file: fragment.file, position: offsetPosition(fragment, fragment.text, offset) });
      return moduleNumberMarker(moduleRef[1]);
    }
    if (!(key in env.placeholders)) {
      const pos = offsetPosition(fragment, fragment.text, offset);
      env.diags.add(
        fragment.file,
        pos,
        `unknown placeholder ${quote(whole)}`,
        didYouMean(
          closestPlaceholder(key, [...Object.keys(env.placeholders), 'modules.count']),
          `use one of: ${[...Object.keys(env.placeholders), 'modules.count', 'module.<module id>.number']
            .map((k) => `{{${k}}}`)
            .join(', ')}`,
        ),
      );
      return '';
    }
    const value = env.placeholders[key] ?? '';
    return (value !== '' ? value : (fallback ?? '')).replace(/\s+/g, ' ');
  });
}

/** `contacts.dpp` is compared as `dpp` among the contacts, so a short key's typo is not drowned by its prefix. */
function closestPlaceholder(key: string, known: readonly string[]): string | null {
  const dot = key.lastIndexOf('.');
  const prefix = key.slice(0, dot + 1);
  const siblings = known.filter((k) => k.startsWith(prefix) && k.length > prefix.length).map((k) => k.slice(prefix.length));
  const guess = siblings.length > 0 ? closest(key.slice(prefix.length), siblings) : closest(key, known);
  return guess && `{{${guess.includes('.') ? guess : prefix + guess}}}`;
}

/** Finds where a token's raw text sits in the fragment; tokens are visited in order, so search forward. */
function locator(fragment: Fragment, text: string): (raw: string) => Position {
  let cursor = 0;
  return (raw) => {
    if (!fragment.exact) return fragment.start;
    const found = text.indexOf(raw, cursor);
    const offset = found >= 0 ? found : text.indexOf(raw);
    if (found >= 0) cursor = found;
    return offsetPosition(fragment, text, Math.max(0, offset));
  };
}

function offsetPosition(fragment: Fragment, text: string, offset: number): Position {
  if (!fragment.exact) return fragment.start;
  const before = text.slice(0, offset);
  const newlines = before.split('\n').length - 1;
  const column = newlines === 0 ? fragment.start.column + offset : offset - before.lastIndexOf('\n');
  return { line: fragment.start.line + newlines, column };
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
