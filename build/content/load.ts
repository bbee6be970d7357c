// Loads and validates a whole course folder into the Course model, or throws a CourseError listing every problem.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Course } from '../../src/model/course.ts';
import { readAssessment } from './assessment.ts';
import { readCourseFile } from './course-file.ts';
import { GENERIC_EDITION, withEdition, type EditionSettings } from './edition-file.ts';
import { CourseError, Diagnostics, quote } from './diagnostics.ts';
import { IdRegistry } from './ids.ts';
import { closest } from './suggest.ts';
import type { MarkdownEnv } from './markdown.ts';
import { readModule, type ReadModule } from './module.ts';
import type { ReadCache } from './read-cache.ts';
import type { ReadQuestion } from './questions.ts';
import { parseYaml, type YamlMode } from './yaml-reader.ts';

export interface LoadedCourse {
  course: Course;
  courseDir: string;
  /** Course-relative paths of every asset the content references (images, linked files, the logo). */
  assets: string[];
  /** Every source file read, for watching in dev. */
  files: string[];
}

export interface LoadOptions {
  /**
   * An agency's edition (build/content/edition-file.ts): its branding, contacts and LMS settings replace
   * course.yaml's before the modules are read, so `{{contacts.*}}` take its values. @default the generic edition
   */
  edition?: EditionSettings;
  /** Shared by the loads of one build, so a file whose text no edition changes is read once. */
  cache?: ReadCache;
}

/** Loads `courseDir` (the folder holding course.yaml). Throws CourseError with all problems found. */
export function loadCourse(courseDir: string, options: LoadOptions = {}): LoadedCourse {
  const dir = path.resolve(courseDir);
  // A course without mistakes is read once with the fast YAML parser; only when something is wrong is it read
  // again with the positional one, so every error names its line (the positional parser is ~10x slower).
  const fast = readCourse(dir, 'fast', options);
  if (!(fast instanceof CourseError)) return fast;
  const precise = readCourse(dir, 'precise', options);
  if (precise instanceof CourseError) throw precise;
  return precise;
}

function readCourse(dir: string, yamlMode: YamlMode, options: LoadOptions): LoadedCourse | CourseError {
  const diags = new Diagnostics();
  const display = (file: string) => diags.display(file);
  const courseFile = path.join(dir, 'course.yaml');
  if (!existsSync(courseFile)) {
    diags.add(courseFile, { line: 1, column: 1 }, 'course.yaml is missing', `create ${display(courseFile)} (see course/README.md)`);
    return new CourseError(diags.list);
  }
  const env: MarkdownEnv = { courseDir: dir, diags, yamlMode, placeholders: {}, assets: new Set(), pageLinks: [] };
  const yaml = parseYaml(courseFile, readFileSync(courseFile, 'utf8'), env);
  const read = yaml && readCourseFile(yaml, env);
  if (!read) return new CourseError(diags.list);
  const meta = options.edition ? withEdition(read, options.edition, env.assets) : read;
  env.placeholders = {
    'contacts.dpo': meta.contacts.dpo,
    'contacts.igTeam': meta.contacts.igTeam,
    'contacts.actionGroup': meta.contacts.actionGroup,
    'contacts.caldicottGuardian': meta.contacts.caldicottGuardian,
    'contacts.safeguardingLead': meta.contacts.safeguardingLead,
    'contacts.siro': meta.contacts.siro,
    'contacts.organisation': meta.branding.organisation,
  };

  const files = [courseFile];
  const modules: ReadModule[] = [];
  for (const entry of meta.modules) {
    const m = options.cache
      ? options.cache.read(`${yamlMode}:${entry.file}`, env, () => readModule(entry.file, env))
      : readModule(entry.file, env);
    files.push(entry.file, entry.file.replace(/\.md$/, '.check.yaml'));
    if (m) modules.push(m);
  }

  const assessmentFile = path.join(dir, 'assessment.yaml');
  files.push(assessmentFile);
  let assessment = null;
  if (!existsSync(assessmentFile)) {
    diags.add(
      assessmentFile,
      { line: 1, column: 1 },
      'assessment.yaml is missing',
      'create it with id, title, draw and the question bank (see course/README.md)',
    );
  } else {
    const readIt = () => {
      const ay = parseYaml(assessmentFile, readFileSync(assessmentFile, 'utf8'), env);
      return ay && readAssessment(ay, meta.passMark, env);
    };
    assessment = options.cache ? options.cache.read(`${yamlMode}:${assessmentFile}:${meta.passMark}`, env, readIt) : readIt();
  }

  // Links and objective references are only checked when every module was read whole; otherwise one
  // missing module or front matter would be reported again as a dozen dangling references.
  const whole = modules.length === meta.modulesListed && modules.every((m) => m.module.pages.length > 0 && m.module.objectives.length > 0);
  checkIds(modules, assessment?.questions ?? [], diags, display, whole);
  const pageIds = new Set(modules.flatMap((m) => m.module.pages.map((p) => p.id)));
  for (const link of whole ? env.pageLinks : []) {
    if (!pageIds.has(link.pageId)) {
      diags.add(
        link.file,
        link.position,
        `link to page ${quote(`#${link.pageId}`)} goes nowhere: no page has that id`,
        suggestPage(link.pageId, pageIds),
      );
    }
  }

  if (diags.size > 0 || !assessment) return new CourseError(diags.list);
  const course: Course = {
    id: meta.id,
    title: meta.title,
    version: meta.version,
    language: meta.language,
    description: meta.description,
    completion: meta.completion,
    navigation: meta.navigation,
    failedStatus12: meta.failedStatus12,
    targets: meta.targets,
    branding: meta.branding,
    contacts: meta.contacts,
    edition: options.edition?.edition ?? { id: GENERIC_EDITION, name: meta.branding.organisation, draft: false },
    modules: modules.map((m) => m.module),
    assessment: assessment.assessment,
  };
  for (const q of assessment.questions) files.push(q.file);
  return { course, courseDir: dir, assets: [...env.assets].sort(), files: [...new Set(files)] };
}

/** Module, page, objective and question ids share one namespace; question objectives must exist. */
function checkIds(
  modules: ReadModule[],
  bank: ReadQuestion[],
  diags: Diagnostics,
  display: (f: string) => string,
  checkObjectives: boolean,
): void {
  const ids = new IdRegistry(diags, display);
  const objectives = new Set<string>();
  for (const m of modules) {
    if (m.module.id) ids.claim(m.module.id, m.file, m.idAt, `module "${m.module.id}"`);
    for (const [id, at] of m.objectiveAt) {
      ids.claim(id, m.file, at, `objective "${id}"`);
      objectives.add(id);
    }
    for (const [id, at] of m.pageAt) ids.claim(id, m.file, at, `page "${id}"`);
  }
  for (const q of [...modules.flatMap((m) => m.questions), ...bank]) {
    const file = q.file;
    if (q.question.id) ids.claim(q.question.id, file, q.idAt, `question "${q.question.id}"`);
    for (const objective of checkObjectives ? q.question.objectives : []) {
      if (!objectives.has(objective)) {
        diags.add(
          file,
          q.objectivesAt,
          `question ${quote(q.question.id)} names objective ${quote(objective)}, which no module defines`,
          "use the id of a learning objective from a module's front matter",
        );
      }
    }
  }
}

/** The hint for a link to a page that does not exist: the closest page id, when one is close. */
function suggestPage(pageId: string, pageIds: ReadonlySet<string>): string {
  const guess = closest(pageId, [...pageIds]);
  return guess
    ? `did you mean "#${guess}"? Link to an existing page id (the {#id} after a page heading)`
    : 'link to an existing page id (the {#id} after a page heading)';
}
