// Loads and validates a whole course folder into the Course model, or throws a CourseError listing every problem.
import { withModuleNumbers } from '../../src/model/numbering.ts';
import { recordedAttempts } from '../../src/runtime/save-size.ts';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readSourceText } from './source-text.ts';
import { CONTACT_KEYS, type Course } from '../../src/model/course.ts';
import { readAssessment } from './assessment.ts';
import { readCourseFile, SHORT_TITLE_MAX } from './course-file.ts';
import { escapesCourse } from './course-paths.ts';
import { resolveBlueprint } from './blueprint.ts';
import { resolveCritical } from './critical.ts';
import { GENERIC_EDITION, withEdition, type EditionSettings } from './edition-file.ts';
import { CourseError, Diagnostics, quote, type Diagnostic } from './diagnostics.ts';
import { duplicatePrompts } from './duplicate-prompts.ts';
import { findLeaks } from './leak-checks.ts';
import { checkReviewFeedback } from './review-feedback.ts';
import { IdRegistry } from './ids.ts';
import { closest, didYouMean } from './suggest.ts';
import type { MarkdownEnv } from './markdown.ts';
import { readModule, type ReadModule } from './module.ts';
import type { ReadCache } from './read-cache.ts';
import type { ReadQuestion } from './questions.ts';
import { readCoverage, type CoverageMap } from './coverage-check.ts';
import { withReviewLinks } from './review-links.ts';
import type { Sector } from '../../src/model/sectors.ts';
import { blueprintFor, checkEditionDraw, checkForEdition, editionContent } from './sector-filter.ts';
import { parseYaml, type YamlMode } from './yaml-reader.ts';
import {
  checkPathLinks,
  COMPLETION_RULE_MARKER,
  MINUTES_MARKER,
  resolvePaths,
  selectPath,
  withPathNumbers,
  type PathPlan,
} from './paths.ts';

export interface LoadedCourse {
  /** The whole course: every module and bank question, and in `paths` every path course.yaml declares. */
  course: Course;
  /** One course model per path, in course.yaml's order (the zips' models); [course] when it declares none. */
  pathCourses: Course[];
  courseDir: string;
  /** Course-relative paths of every asset the content references (images, linked files, the logo). */
  assets: string[];
  /** Every source file read, for watching in dev. */
  files: string[];
  /** course/coverage.yaml: the pages that teach each protocol paragraph ({} without the file). */
  coverage: CoverageMap;
  /** Problems the course chose to only warn about (assessment.yaml `leakChecks`); the build prints them. */
  warnings: Diagnostic[];
}

export interface LoadOptions {
  /**
   * An agency's edition (build/content/edition-file.ts): its branding, contacts and LMS settings replace
   * course.yaml's before the modules are read, so `{{contacts.*}}` take its values. @default the generic edition
   */
  edition?: EditionSettings;
  /** Shared by the loads of one build, so a file whose text no edition changes is read once. */
  cache?: ReadCache;
  /**
   * The sectors whose tagged content the course holds (sector-filter.ts), e.g. every one of SECTORS for a model with
   * every edition's ids (the completion report, the worst-case resume data). @default the edition's `sectors` (none)
   */
  sectors?: readonly Sector[];
}

/** Loads `courseDir` (the folder holding course.yaml). Throws CourseError with all problems found. */
export function loadCourse(courseDir: string, options: LoadOptions = {}): LoadedCourse {
  const dir = path.resolve(courseDir);
  // A course without mistakes is read once with the fast YAML parser; only when something is wrong is it read
  // again with the positional one, so every error names its line (the positional parser is ~10x slower).
  const fast = readCourse(dir, 'fast', options);
  if (!(fast instanceof CourseError) && fast.warnings.length === 0) return fast;
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
  const env: MarkdownEnv = { courseDir: dir, diags, yamlMode, placeholders: {}, assets: new Set(), pageLinks: [], moduleRefs: [] };
  for (const file of [courseFile, path.join(dir, 'assessment.yaml')]) {
    const outside = escapesCourse(dir, file);
    if (outside) diags.add(file, { line: 1, column: 1 }, outside.message, outside.hint);
  }
  if (diags.size > 0) return new CourseError(diags.list);
  const courseText = readSourceText(courseFile, diags);
  const yaml = courseText === null ? null : parseYaml(courseFile, courseText, env);
  const read = yaml && readCourseFile(yaml, env);
  if (!read) return new CourseError(diags.list);
  const meta = options.edition ? withEdition(read, options.edition, env.assets) : read;
  env.placeholders = {
    ...Object.fromEntries(CONTACT_KEYS.map((key) => [`contacts.${key}`, meta.contacts[key]])),
    'contacts.organisation': meta.branding.organisation,
    // The rule the player applies, in words, so the course never states one it does not keep.
    // (filled in per path, paths.ts withPathNumbers: a path may set its own rule)
    'course.completionRule': COMPLETION_RULE_MARKER,
    // The minutes of the path the zip is (paths.ts withPathNumbers).
    'course.minutes': MINUTES_MARKER,
    // Known even when assessment.yaml cannot be read, so its one error is not repeated by every module using them.
    ...Object.fromEntries(['passMark', 'questions', 'toPass', 'attempts', 'critical'].map((k) => [`assessment.${k}`, ''])),
  };

  // The assessment first: its numbers are placeholders that module text may use.
  const assessmentFile = path.join(dir, 'assessment.yaml');
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
      const assessmentText = readSourceText(assessmentFile, diags);
      const ay = assessmentText === null ? null : parseYaml(assessmentFile, assessmentText, env);
      return ay && readAssessment(ay, meta.passMark, env);
    };
    assessment = options.cache ? options.cache.read(`${yamlMode}:${assessmentFile}:${meta.passMark}`, env, readIt) : readIt();
  }

  const files = [courseFile, assessmentFile];
  const modules: ReadModule[] = [];
  for (const entry of meta.modules) {
    const m = options.cache
      ? options.cache.read(`${yamlMode}:${entry.file}`, env, () => readModule(entry.file, env))
      : readModule(entry.file, env);
    files.push(entry.file, entry.file.replace(/\.md$/, '.check.yaml'));
    if (m) modules.push(m);
  }

  // Links and objective references are only checked when every module was read whole; otherwise one
  // missing module or front matter would be reported again as a dozen dangling references.
  const whole = modules.length === meta.modulesListed && modules.every((m) => m.module.pages.length > 0 && m.module.objectives.length > 0);
  checkIds(modules, assessment?.questions ?? [], diags, display, whole);
  const pageIds = new Set(modules.flatMap((m) => m.module.pages.map((p) => p.id)));
  const firstPages = new Map(modules.flatMap((m) => (m.module.pages[0] ? [[m.module.id, m.module.pages[0].id] as const] : [])));
  for (const link of whole ? env.pageLinks : []) {
    if (!pageIds.has(link.pageId)) {
      diags.add(
        link.file,
        link.position,
        `link to page ${quote(`#${link.pageId}`)} goes nowhere: no page has that id`,
        suggestPage(link.pageId, pageIds, firstPages),
      );
    }
  }

  const moduleIds = modules.map((m) => m.module.id);
  for (const ref of whole ? env.moduleRefs : []) {
    if (!moduleIds.includes(ref.pageId))
      diags.add(
        ref.file,
        ref.position,
        `${quote(`{{module.${ref.pageId}.number}}`)} names no module`,
        didYouMean(
          closest(ref.pageId, moduleIds) && `{{module.${closest(ref.pageId, moduleIds)}.number}}`,
          `use a module id: ${moduleIds.join(', ')}`,
        ),
      );
  }

  // Sector content (sector-filter.ts): tags checked over the whole source, then only the edition's content goes on.
  const serves = options.sectors ?? options.edition?.sectors ?? [];
  const edition = editionContent(modules, assessment, serves, { whole, pageLinks: env.pageLinks, diags });
  const editionCheck = { id: options.edition?.edition.id ?? GENERIC_EDITION, sectors: serves, droppedBank: edition.droppedBank };

  // Read once here; the review links below, the content report and its command all use this map.
  const coverage = whole ? readCoverage(dir, pageIds, env) : {};

  const warnings = new Diagnostics();
  if (read.shortTitle === read.title && read.title.length > SHORT_TITLE_MAX)
    warnings.add(
      courseFile,
      read.titleAt,
      `the title is ${read.title.length} characters and there is no shortTitle, so on a phone it fills several lines of the banner`,
      `add a shortTitle of up to ${SHORT_TITLE_MAX} characters under the title, e.g. shortTitle: MAISP training`,
    );
  let plans: PathPlan[] = [];
  if (assessment && whole) {
    assessment.assessment.critical = checkForEdition(diags, editionCheck, (d) =>
      resolveCritical(
        assessment.critical,
        {
          bank: edition.bank,
          checks: modules.flatMap((m) => m.questions),
          pageIds,
          draw: { count: assessment.assessment.draw, at: assessment.drawAt, file: assessment.file },
        },
        d,
      ),
    );
    assessment.assessment.blueprint = checkForEdition(diags, editionCheck, (d) =>
      resolveBlueprint(
        blueprintFor(assessment.blueprint, modules, edition.modules),
        edition.modules.map((m) => m.module),
        edition.bank,
        { count: assessment.assessment.draw, at: assessment.drawAt },
        assessment.file,
        d,
        assessment.assessment.critical.map((b) => b.id),
      ),
    );
    checkForEdition(diags, editionCheck, (d) => checkEditionDraw(assessment, edition.bank, d));
    // Each path of this edition: its modules among the edition's, its bank among the edition's (paths.ts).
    plans = checkForEdition(diags, editionCheck, (d) =>
      resolvePaths(
        read.paths,
        {
          modules: edition.modules.map((m) => m.module),
          sourceModules: modules.map((m) => m.module.id),
          assessment: { ...assessment, questions: edition.bank },
          completion: meta.completion,
        },
        d,
      ),
    );
    // A {{module.<id>.number}} on a path must name a module of that path, as a link must go to a page on it.
    const firstPage = (id: string) => modules.find((m) => m.module.id === id)?.module.pages[0]?.id ?? id;
    const refs = env.moduleRefs.map((r) => ({ ...r, pageId: firstPage(r.pageId) }));
    checkPathLinks(plans, [...env.pageLinks, ...refs], modules, assessment.questions, diags);
    const all = [...modules.flatMap((m) => m.questions), ...assessment.questions];
    for (const leak of findLeaks(assessment.questions, all, assessment.file, assessment.bankAt)) {
      const severity = assessment.leakChecks[leak.check];
      if (severity === 'off') continue;
      (severity === 'warning' ? warnings : diags).add(leak.file, leak.at, `${leak.message} [leakChecks.${leak.check}]`, leak.hint);
    }
  }

  const repeated = duplicatePrompts([...modules.map((m) => m.questions), assessment?.questions ?? []]);
  warnings.list.push(...repeated.list);
  if (assessment) checkReviewFeedback(assessment.questions, diags);

  if (diags.size > 0 || !assessment) return new CourseError(diags.list);
  const course: Course = {
    id: meta.id,
    title: meta.title,
    shortTitle: meta.shortTitle,
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
    modules: edition.modules.map((m) => m.module),
    assessment: { ...assessment.assessment, intro: edition.html(assessment.assessment.intro), bank: edition.bank.map((q) => q.question) },
    paths: [],
    path: null,
  };
  for (const q of assessment.questions) files.push(q.file);
  files.push(path.join(dir, 'coverage.yaml'));
  const linked = withReviewLinks({ ...course, paths: plans.map((p) => p.path) }, coverage);
  // Each zip's model, with the numbers its text states and the interactions its save size allows.
  // Module numbers too: a path counts its own modules.
  const finish = (c: Course): Course => {
    const filled = withModuleNumbers(withPathNumbers(c));
    return { ...filled, assessment: { ...filled.assessment, recordedAttempts: recordedAttempts(filled) } };
  };
  return {
    course: finish(linked),
    pathCourses: plans.length > 0 ? plans.map((plan) => finish(selectPath(linked, plan))) : [finish(linked)],
    coverage,
    courseDir: dir,
    assets: [...env.assets].sort(),
    files: [...new Set(files)],
    warnings: warnings.list,
  };
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
    q.question.objectives.forEach((objective, i) => {
      if (!checkObjectives || objectives.has(objective)) return;
      diags.add(
        file,
        q.objectiveAt[i] ?? q.idAt,
        `question ${quote(q.question.id)} names objective ${quote(objective)}, which no module defines`,
        didYouMean(closest(objective, [...objectives]), "use the id of a learning objective from a module's front matter"),
      );
    });
  }
}

/**
 * The hint for a link to a page that does not exist: a module's first page when the link names a module (links go
 * to pages), else the closest page id, when one is close.
 */
function suggestPage(pageId: string, pageIds: ReadonlySet<string>, firstPages: ReadonlyMap<string, string>): string {
  const first = firstPages.get(pageId);
  if (first) return `"${pageId}" is a module, and links go to pages: link to its first page, "#${first}"`;
  const guess = closest(pageId, [...pageIds]);
  return didYouMean(guess && `#${guess}`, 'link to an existing page id (the {#id} after a page heading)');
}
