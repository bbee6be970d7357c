// Module files in course/modules/ that course.yaml does not list: the build would leave them out of the zip unseen.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { quote, type Position } from './diagnostics.ts';
import type { MarkdownEnv } from './markdown.ts';
import { closest } from './suggest.ts';

/** The `.md` files directly in `<courseDir>/modules/`, as course.yaml names them (`modules/01-aims.md`). */
export function moduleFilesOnDisk(courseDir: string): string[] {
  const dir = path.join(courseDir, 'modules');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `modules/${name}`);
}

/** The file on disk a missing `modules:` entry was probably meant to be, among those not listed already. */
export function guessModuleFile(entry: string, onDisk: readonly string[], listed: ReadonlySet<string>): string | null {
  return closest(
    entry,
    onDisk.filter((f) => !listed.has(f)),
  );
}

/**
 * An error, not a warning: a module left out means learners miss mandatory content, and a warning scrolls past
 * unread on a build that still writes its zips. Reported at the `modules:` line, where the file is to be added.
 */
export function reportUnlistedModules(
  yamlFile: string,
  modulesAt: Position,
  onDisk: readonly string[],
  accounted: ReadonlySet<string>,
  env: Pick<MarkdownEnv, 'diags'>,
): void {
  for (const file of onDisk) {
    if (accounted.has(file)) continue;
    env.diags.add(
      yamlFile,
      modulesAt,
      `module file ${quote(file)} is in the modules folder but not listed under modules:, so the build would leave it out`,
      `add "- ${file}" to this list where it belongs in the course order, or move the file out of modules/ until it is ready`,
    );
  }
}
