// Reads a finished zip back and checks it the way a strict LMS would: XSD validation plus the checks schemas miss.
import { readdir, readFile } from 'node:fs/promises';
import type { ScormTarget } from '../../src/model/course.ts';
import { checkManifest } from './manifest-checks.ts';
import type { PackageFile } from './schemas.ts';
import { schemaDir } from './targets.ts';
import { parseXml } from './xml-tree.ts';
import { validateManifestXsd } from './xsd-validate.ts';
import { readZipEntries, readZipEntry, type ZipEntry } from './zip-reader.ts';

/**
 * Every problem with the zip at `zipFile` as a `target` package; an empty list means it passed.
 * It checks the bytes that were written, not the data they were made from, so a bug in the zip
 * writer or a missing schema file is caught as surely as a bad manifest.
 */
export async function selfCheck(zipFile: string, target: ScormTarget): Promise<string[]> {
  const zip = await readFile(zipFile);
  let entries: ZipEntry[];
  try {
    entries = readZipEntries(zip);
  } catch (e) {
    return [`cannot read the zip: ${(e as Error).message}`];
  }
  const problems = entryNameProblems(entries.map((e) => e.name));

  const manifestEntry = entries.find((e) => e.name === 'imsmanifest.xml');
  if (!manifestEntry) return [...problems, 'imsmanifest.xml is not at the zip root'];
  const manifest = readZipEntry(zip, manifestEntry).toString('utf8');

  // The schema set of the target, as found at the zip root (only these and the manifest need no <file>).
  const schemaNames = new Set(await readdir(schemaDir(target)));
  const schemaFiles: PackageFile[] = entries
    .filter((e) => schemaNames.has(e.name))
    .map((e) => ({ name: e.name, data: readZipEntry(zip, e) }));

  problems.push(...(await validateManifestXsd(manifest, target, schemaFiles)));
  try {
    const exempt = new Set(['imsmanifest.xml', ...schemaFiles.map((f) => f.name)]);
    problems.push(...checkManifest(parseXml(manifest), target, { names: entries.map((e) => e.name), exempt }));
  } catch (e) {
    problems.push(`imsmanifest.xml cannot be read: ${(e as Error).message}`);
  }
  return problems;
}

/** Zip entry names an LMS may refuse or unpack outside its folder ("zip slip"). */
function entryNameProblems(names: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) problems.push(`zip entry ${name} appears twice`);
    seen.add(name);
    if (name.startsWith('/') || name.includes('\\') || name.split('/').includes('..')) {
      problems.push(`zip entry ${name} is not a plain relative path`);
    }
  }
  return problems;
}
