// Loads a YAML column-mapping file for the command, so an agency whose LMS writes other column names needs no code.

import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { checkMapping, type ColumnMapping } from './2-layout/mapping.ts';

/** Reads a mapping file; throws an Error whose message names the file and the bad key. */
export async function loadMapping(file: string): Promise<ColumnMapping> {
  const doc = parseDocument(await readFile(file, 'utf8'));
  if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]?.message ?? 'invalid YAML'}`);
  return checkMapping(file, doc.toJS() as unknown);
}
