// Reads course/coverage.yaml: which pages teach each protocol paragraph (issue 5's coverage map).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export type CoverageMap = Record<number, string[]>;

/**
 * Reads `<courseDir>/coverage.yaml`, a map from paragraph number to a list of page ids.
 * A course without the file (e.g. a test fixture) has an empty map, which the report shows as 0/42;
 * test/course/coverage.test.ts is what insists the real course maps all 42.
 * Throws when the file exists but is not that shape, naming the bad key.
 */
export function readCoverage(courseDir: string): CoverageMap {
  const file = path.join(courseDir, 'coverage.yaml');
  if (!existsSync(file)) return {};
  const data: unknown = parse(readFileSync(file, 'utf8'));
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data))
    throw new Error(`${file}: expected a map from paragraph number to a list of page ids`);
  const map: CoverageMap = {};
  for (const [key, value] of Object.entries(data)) {
    const paragraph = Number(key);
    if (!Number.isInteger(paragraph) || paragraph < 1) throw new Error(`${file}: key "${key}" is not a paragraph number`);
    const pages = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(pages) || !pages.every((p): p is string => typeof p === 'string')) {
      throw new Error(`${file}: paragraph ${key} must list page ids, like ${key}: [page-id]`);
    }
    map[paragraph] = pages;
  }
  return map;
}
