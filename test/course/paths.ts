// Where the tests find the course and the seed documents: relative to the repo root, never the working directory.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const courseDir = path.join(repoRoot, 'course');
