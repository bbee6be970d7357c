// Reads course/coverage.yaml at load, once: which pages teach each protocol paragraph (issue 5's coverage map). Every
// key must be a paragraph number and every value page ids that exist (did you mean).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq } from 'yaml';
import { quote } from './diagnostics.ts';
import type { MarkdownEnv } from './markdown.ts';
import { readSourceText } from './source-text.ts';
import { closest, didYouMean } from './suggest.ts';
import { parseYaml } from './yaml-reader.ts';

/** Paragraph number to the ids of the pages that teach it. */
export type CoverageMap = Record<number, string[]>;

/**
 * The map, with each mistake reported in `env.diags`. A misspelt page id does not break the course, it silently
 * drops that page from every "read again" link of the questions on its paragraph; so it is an author error like a
 * dangling page link. A course without the file (e.g. a test fixture) has an empty map, which the content report
 * shows as 0/42; test/course/coverage.test.ts is what insists the real course maps all 42.
 */
export function readCoverage(courseDir: string, pageIds: ReadonlySet<string>, env: Pick<MarkdownEnv, 'diags' | 'yamlMode'>): CoverageMap {
  const map: CoverageMap = {};
  const file = path.join(courseDir, 'coverage.yaml');
  if (!existsSync(file)) return map;
  const text = readSourceText(file, env.diags);
  const yaml = text === null ? null : parseYaml(file, text, env);
  if (!yaml || yaml.root === null || (isScalar(yaml.root) && yaml.root.value === null)) return map;
  if (!isMap(yaml.root)) {
    env.diags.add(
      file,
      yaml.position(yaml.root),
      'coverage.yaml must map protocol paragraph numbers to page ids',
      'write one line per paragraph, e.g. 17: [consent-when]',
    );
    return map;
  }
  const known = [...pageIds];
  for (const pair of yaml.root.items) {
    const key: unknown = isScalar(pair.key) ? pair.key.value : pair.key;
    if (!Number.isInteger(Number(key)) || Number(key) < 1) {
      env.diags.add(
        file,
        yaml.position(pair.key),
        `coverage.yaml key ${quote(key)} is not a paragraph number`,
        'use the protocol paragraph number, e.g. 17: [consent-when]',
      );
      continue;
    }
    const items = isSeq(pair.value) ? pair.value.items : [pair.value];
    const pages: string[] = (map[Number(key)] = []);
    for (const item of items) {
      const page: unknown = isScalar(item) ? item.value : undefined;
      if (typeof page !== 'string') {
        env.diags.add(
          file,
          yaml.position(item ?? pair.key),
          `paragraph ${String(key)} in coverage.yaml must list page ids, not ${quote(page ?? 'a nested value')}`,
          `write ${String(key)}: [page-id, other-page-id]`,
        );
      } else if (pageIds.has(page)) {
        pages.push(page);
      } else {
        env.diags.add(
          file,
          yaml.position(item),
          `coverage.yaml maps paragraph ${String(key)} to page ${quote(page)}, which no module has`,
          didYouMean(closest(page, known), 'use the id of a page (the {#id} after its heading)'),
        );
      }
    }
  }
  return map;
}
