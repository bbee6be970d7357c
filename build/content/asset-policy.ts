// Which files a course may ship as assets: images and documents only, SVGs without script or outside references.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The package's CSP covers index.html only: any file in the zip that a browser runs as a page (HTML, SVG, XML) or a
 * script runs with the LMS's origin when a learner opens it, and reads the LMS session. So a course ships images and
 * documents, and SVGs only when they hold no script, event handler or reference to anything outside themselves.
 */
export const IMAGE_TYPES = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg'] as const;
export const DOCUMENT_TYPES = ['pdf', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'doc', 'xls', 'ppt', 'rtf', 'txt', 'csv'] as const;
export const MEDIA_TYPES = ['mp3', 'm4a', 'mp4', 'webm', 'ogg', 'vtt'] as const;
/** Types a browser runs: named in the message, since an author may well think a linked HTML page is harmless. */
const ACTIVE_TYPES = ['html', 'htm', 'xhtml', 'xht', 'shtml', 'js', 'mjs', 'cjs', 'xml', 'xsl', 'xslt', 'swf', 'svgz', 'wasm'];

export interface AssetProblem {
  message: string;
  hint: string;
}

/** What an asset is used as: an image (shown with <img>) or a linked file (downloaded). */
export type AssetUse = 'image' | 'file';

const checked = new Map<string, AssetProblem | null>();

/** Why the file at `abs` may not be shipped as `use`, or null when it may. Read once per version of the file. */
export function checkAsset(abs: string, written: string, use: AssetUse): AssetProblem | null {
  // Keyed by the file's change time too: npm run dev reloads the course when the author fixes the file.
  const stat = statSync(abs);
  const key = `${use}:${abs}:${stat.mtimeMs}:${stat.size}`;
  if (!checked.has(key)) checked.set(key, check(abs, written, use));
  return checked.get(key) ?? null;
}

function check(abs: string, written: string, use: AssetUse): AssetProblem | null {
  const ext = path.extname(abs).slice(1).toLowerCase();
  const name = JSON.stringify(written);
  if (ACTIVE_TYPES.includes(ext))
    return {
      message: `${name} is a .${ext} file, which a browser runs as a page or script on the LMS's own site`,
      hint:
        ext.startsWith('htm') || ext.startsWith('xht') || ext === 'shtml'
          ? 'write its content as a page of the course, or save it as a PDF and link that (course/README.md, "Assets")'
          : 'courses may not ship code: link a PDF or document instead (course/README.md, "Assets")',
    };
  const allowed: readonly string[] = use === 'image' ? IMAGE_TYPES : [...IMAGE_TYPES, ...DOCUMENT_TYPES, ...MEDIA_TYPES];
  if (!allowed.includes(ext))
    return {
      message: `${name} is not ${use === 'image' ? 'an image type' : 'a file type'} a course may ship (.${ext || '(none)'})`,
      hint: `use one of: ${allowed.map((t) => `.${t}`).join(', ')} (course/README.md, "Assets")`,
    };
  if (ext === 'svg') return checkSvg(readFileSync(abs, 'utf8'), name);
  return null;
}

/** What an SVG may not hold: each runs script, or makes the browser fetch or open something outside the file. */
const SVG_RULES: readonly [RegExp, string][] = [
  [/<script\b/i, 'a <script> element'],
  [/<foreignObject\b/i, 'a <foreignObject> (HTML inside the SVG)'],
  [/<!ENTITY\b|<!DOCTYPE[^>]*\[/i, 'a DOCTYPE with entity declarations'],
  [/<\?xml-stylesheet\b/i, 'an xml-stylesheet instruction'],
  [/<(?:iframe|embed|object|audio|video|image|feImage)\b[^>]*\b(?:src|href)\s*=\s*["']?(?!#)/i, 'an element that loads another file'],
  [/[\s"'/]on[a-z]+\s*=/i, 'an event handler attribute (on...=)'],
  [/\b(?:xlink:)?href\s*=\s*["']?\s*(?!#)/i, 'a link or reference to another file or address (href not starting with #)'],
  [/attributeName\s*=\s*["']?\s*(?:xlink:)?href/i, 'an animation that changes a link'],
  [/url\(\s*["']?\s*(?!#)/i, 'a url(...) reference to another file or address'],
  [/@import\b/i, 'a CSS @import'],
  [/javascript:/i, 'a javascript: address'],
];

function checkSvg(text: string, name: string): AssetProblem | null {
  for (const [pattern, what] of SVG_RULES) {
    const m = pattern.exec(text);
    if (!m) continue;
    const line = text.slice(0, m.index).split('\n').length;
    return {
      message: `the SVG ${name} holds ${what} on its line ${line}: it could run script or reach outside the course when opened`,
      hint: 'export it again as a plain SVG without scripts, links or external references (e.g. Inkscape "Plain SVG", or svgo), or use a PNG',
    };
  }
  return null;
}
