// The report core is shared by the command and the browser page: nothing it imports, however indirectly, may use Node.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { expect, test } from 'vitest';

/** Every project file a module imports at run time (type-only imports vanish from the bundle and are skipped). */
function runtimeImports(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  for (const m of source.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+'([^']+)'|^export\s+(?!type\s)[^'"]*?from\s+'([^']+)'/gms)) {
    const spec = m[1] ?? m[2] ?? '';
    if (spec.startsWith('.')) runtimeImports(resolve(dirname(entry), spec), seen);
    else seen.add(spec);
  }
  return seen;
}

test.each(['build/report/report-core.ts', 'build/report/page/page-main.ts'])('%s imports no Node module at run time', (entry) => {
  const all = [...runtimeImports(resolve(entry))];
  expect(all.filter((s) => s.startsWith('node:') || ['fs', 'path', 'crypto', 'stream', 'csv-parse', 'yaml'].includes(s))).toEqual([]);
  // Sanity: the walk really follows the core's own files.
  expect(all.some((s) => s.endsWith('csv-core.ts'))).toBe(true);
});
