// Child-process entry for the time-zone test: packages the fixture course for SCORM 1.2 and prints the zip's sha256.
// Run as `node --import tsx package-in-tz.ts <playerDir> <outDir>` with TZ set in the environment.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { packageCourse } from '../../build/package/index.ts';
import { fixtureCourse } from './fixture.ts';

const [playerDir, outDir] = process.argv.slice(2);
if (!playerDir || !outDir) throw new Error('usage: package-in-tz.ts <playerDir> <outDir>');
const [zip] = await packageCourse({ course: fixtureCourse({ targets: ['scorm12'] }), playerDir, outDir });
process.stdout.write(
  createHash('sha256')
    .update(await readFile(zip!.file))
    .digest('hex'),
);
