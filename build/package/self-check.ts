// Reads a finished zip back and checks it the way a strict LMS would: XSD validation plus the checks schemas miss.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import type { ScormTarget } from '../../src/model/course.ts';
import { checkManifest } from './manifest-checks.ts';
import type { PackageFile } from './schemas.ts';
import { schemaDir } from './targets.ts';
import { parseXml } from './xml-tree.ts';
import { validateManifestsXsd } from './xsd-validate.ts';
import { readZipEntries, readZipEntry, type ZipEntry } from './zip-reader.ts';

/**
 * Every problem with the zip at `zipFile` as a `target` package; an empty list means it passed.
 * It checks the bytes that were written, not the data they were made from, so a bug in the zip
 * writer or a missing schema file is caught as surely as a bad manifest.
 */
export async function selfCheck(zipFile: string, target: ScormTarget): Promise<string[]> {
  return (await selfCheckAll([zipFile], target))[0] ?? [];
}

/**
 * The problems of each zip, as selfCheck finds them; the manifests of zips carrying the same schema files are
 * validated in one xmllint run (see validateManifestsXsd), which is what makes many editions cheap to check.
 */
export async function selfCheckAll(zipFiles: readonly string[], target: ScormTarget): Promise<string[][]> {
  const schemaNames = new Set(await readdir(schemaDir(target)));
  const read = await Promise.all(zipFiles.map((f) => readForCheck(f, schemaNames)));
  const groups = new Map<string, number[]>();
  read.forEach((r, i) => {
    if (r.kind !== 'read') return;
    groups.set(r.schemaKey, [...(groups.get(r.schemaKey) ?? []), i]);
  });
  const xsd: string[][] = zipFiles.map(() => []);
  for (const members of groups.values()) {
    const first = read[members[0] ?? 0];
    if (first?.kind !== 'read') continue;
    const manifests = members.map((i) => {
      const r = read[i];
      return r?.kind === 'read' ? r.manifest : '';
    });
    const found = await validateManifestsXsd(manifests, target, first.schemaFiles);
    members.forEach((i, j) => (xsd[i] = found[j] ?? []));
  }
  return read.map((r, i) => {
    if (r.kind === 'failed') return r.problems;
    const problems = [...r.problems, ...(xsd[i] ?? [])];
    try {
      const exempt = new Set(['imsmanifest.xml', ...r.schemaFiles.map((f) => f.name)]);
      problems.push(...checkManifest(parseXml(r.manifest), target, { names: r.names, exempt }));
    } catch (e) {
      problems.push(`imsmanifest.xml cannot be read: ${(e as Error).message}`);
    }
    return problems;
  });
}

type ReadZip =
  | { kind: 'failed'; problems: string[] }
  | { kind: 'read'; problems: string[]; manifest: string; names: string[]; schemaFiles: PackageFile[]; schemaKey: string };

async function readForCheck(zipFile: string, schemaNames: ReadonlySet<string>): Promise<ReadZip> {
  const zip = await readFile(zipFile);
  let entries: ZipEntry[];
  try {
    entries = readZipEntries(zip);
  } catch (e) {
    return { kind: 'failed', problems: [`cannot read the zip: ${(e as Error).message}`] };
  }
  const problems = entryNameProblems(entries.map((e) => e.name));

  const manifestEntry = entries.find((e) => e.name === 'imsmanifest.xml');
  if (!manifestEntry) return { kind: 'failed', problems: [...problems, 'imsmanifest.xml is not at the zip root'] };
  const manifest = readZipEntry(zip, manifestEntry).toString('utf8');

  // The schema set of the target, as found at the zip root (only these and the manifest need no <file>).
  const schemaFiles: PackageFile[] = entries
    .filter((e) => schemaNames.has(e.name))
    .map((e) => ({ name: e.name, data: readZipEntry(zip, e) }));
  const key = createHash('sha256');
  for (const f of schemaFiles) key.update(f.name).update('\0').update(f.data).update('\0');
  return { kind: 'read', problems, manifest, names: entries.map((e) => e.name), schemaFiles, schemaKey: key.digest('hex') };
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
