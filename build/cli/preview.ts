// `npm run preview -- [zip]`: a built zip inside the simulated LMS page (scorm-again), to try it as an LMS would run it.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { UnsafeZipError } from '../package/unzip.ts';
import { startPreview } from '../preview/preview-server.ts';
import { parseArgs } from './args.ts';

const USAGE = 'usage: npm run preview -- [dist/<edition>/<id>-<version>-<edition>-scorm12.zip | ...-scorm2004.zip] [--port 5174]';

function newestZip(dir: string): string | undefined {
  // Each edition's zips are in dist/<edition>/.
  const zips = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /-scorm(12|2004)\.zip$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
  return zips.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

const { options, rest } = parseArgs(process.argv.slice(2), ['help']);
const zip = rest[0] ?? newestZip('dist');
if (options.help || !zip) {
  console.log(options.help ? USAGE : `No zip to preview: run npm run build first, or name one.\n${USAGE}`);
  process.exit(options.help ? 0 : 1);
}
const preview = await startPreview({ zip, port: options.port === undefined ? undefined : Number(options.port) }).catch((e: unknown) => {
  // A hostile or damaged zip is a message, not a stack trace.
  if (!(e instanceof UnsafeZipError) && !(e instanceof Error && /zip|central directory|local header/i.test(e.message))) throw e;
  console.error(`preview: ${e.message}`);
  process.exit(1);
});
console.log(`Previewing ${zip} (${preview.files} files) as SCORM ${preview.version === 'scorm12' ? '1.2' : '2004'} in a simulated LMS:`);
console.log(`  ${preview.url}`);
const stop = () => void preview.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
