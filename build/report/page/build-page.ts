// Builds the IG officer's report page: bundles the browser script with Vite and inlines it, with the course model, in one file.

import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build as viteBuild, type Rollup } from 'vite';
import type { Course } from '../../../src/model/course.ts';
import { pageHtml } from './page-shell.ts';

const ENTRY = fileURLToPath(new URL('./page-main.ts', import.meta.url));

/** The page's script as one self-contained IIFE (no imports, nothing fetched). */
export async function bundlePageScript(): Promise<string> {
  const out = await viteBuild({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      emptyOutDir: false,
      lib: { entry: ENTRY, formats: ['iife'], name: 'maispReportPage', fileName: () => 'report-page.js' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rollup.RollupOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o): o is Rollup.OutputChunk => o.type === 'chunk');
  if (!chunk) throw new Error('building the report page gave no script');
  // "</script" inside the code would end the inline element early.
  return chunk.code.replace(/<\/script/gi, '<\\/script');
}

/** The whole `report.html`: the CSP allows exactly this inline script, by its SHA-256. */
export async function reportPageHtml(course: Course): Promise<string> {
  const script = await bundlePageScript();
  const hash = `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
  return pageHtml(course, script, hash);
}
