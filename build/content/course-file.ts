// Reads course.yaml: the course's identity, rules, branding, contacts and module order.
import path from 'node:path';
import { isScalar } from 'yaml';
import {
  CONTACT_KEYS,
  COMPLETION_RULES,
  COURSE_DEFAULTS,
  noContacts,
  type Branding,
  type CompletionRule,
  type Contacts,
  type ScormTarget,
} from '../../src/model/course.ts';
import { quote, type Position } from './diagnostics.ts';
import { checkAsset } from './asset-policy.ts';
import { contrastWithWhite } from './contrast.ts';
import { isPathProblem, resolveCoursePath } from './course-paths.ts';
import { checkIdFormat } from './ids.ts';
import { closest, didYouMean } from './suggest.ts';
import { assetMarker, checkInsertedText, type MarkdownEnv } from './markdown.ts';
import { guessModuleFile, moduleFilesOnDisk, reportUnlistedModules } from './unlisted-modules.ts';
import { MapReader, type YamlSource } from './yaml-reader.ts';
import { readPaths, type ReadPath } from './paths-file.ts';

const KEYS = [
  'id',
  'title',
  'shortTitle',
  'version',
  'language',
  'description',
  'passMark',
  'completion',
  'navigation',
  'failedStatus12',
  'targets',
  'organisation',
  'contacts',
  'modules',
  'paths',
];
/** What fits beside a logo and Save and exit on a 375 px phone in two lines (see player.css, the phone banner). */
export const SHORT_TITLE_MAX = 30;
const TARGETS: readonly ScormTarget[] = ['scorm12', 'scorm2004'];

export interface CourseFile {
  id: string;
  title: string;
  /** The banner's title on a phone; the title itself when course.yaml gives none. */
  shortTitle: string;
  titleAt: Position;
  version: string;
  language: string;
  description: string;
  passMark: number;
  completion: CompletionRule;
  navigation: 'free' | 'locked';
  failedStatus12: 'incomplete' | 'failed';
  targets: ScormTarget[];
  branding: Branding;
  contacts: Contacts;
  modules: { file: string; at: Position }[];
  /** Entries under `modules:`, including ones that were reported as missing. */
  modulesListed: number;
  /** `paths:` as written; [] for a course of one path. */
  paths: ReadPath[];
}

export function readCourseFile(yaml: YamlSource, env: MarkdownEnv): CourseFile | null {
  const r = MapReader.of(yaml, yaml.root, env.diags, 'course.yaml', KEYS);
  if (!r) return null;
  const id = r.string('id', { required: true, hint: 'give the course an id, e.g. id: maisp' }) ?? '';
  if (id) checkIdFormat(id, yaml.file, r.at('id'), 'course', env.diags);
  const version = r.string('version', { required: true, hint: 'give a version such as 1.0.0; raise it each time you publish' }) ?? '';
  if (version && !/^\d+\.\d+\.\d+$/.test(version))
    r.error('version', `version ${quote(version)} is not a version number`, 'write major.minor.patch, e.g. 1.0.0');
  const language = r.string('language', { required: true, hint: 'give the language tag, e.g. language: en-GB' }) ?? '';
  if (language && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language))
    r.error('language', `language ${quote(language)} is not a BCP 47 tag`, 'write a tag such as en-GB or cy-GB');

  const targets = readTargets(r, env);

  const moduleNodes = r.list('modules', { required: true, hint: 'list the module files in order, e.g. - modules/01-aims.md' });
  const onDisk = moduleFilesOnDisk(env.courseDir);
  const listed = new Set(moduleNodes.map((node) => normalise((node as { value?: unknown }).value)));
  const accounted = new Set(listed);
  const modules = moduleNodes.flatMap((node) => {
    const file = (node as { value?: unknown }).value;
    const at = yaml.position(node);
    if (typeof file !== 'string' || !file.endsWith('.md')) {
      env.diags.add(
        yaml.file,
        at,
        `module entry ${quote(file)} is not a Markdown file path`,
        'give the path of a .md file relative to course/, e.g. modules/01-aims.md',
      );
      return [];
    }
    const resolved = resolveCoursePath(env.courseDir, env.courseDir, file, { what: 'module file' });
    if (isPathProblem(resolved) && resolved.problem !== 'missing') {
      env.diags.add(yaml.file, at, resolved.message, resolved.hint);
      return [];
    }
    if (isPathProblem(resolved)) {
      const guess = guessModuleFile(file, onDisk, listed);
      if (guess) accounted.add(guess); // reported here as the likely target, not again as unlisted
      env.diags.add(
        yaml.file,
        at,
        `module file ${quote(file)} does not exist`,
        guess
          ? `did you mean "${guess}"? Paths are relative to the course folder`
          : 'check the path and its case, relative to the course folder',
      );
      return [];
    }
    return [{ file: resolved.abs, at }];
  });
  const modulesKey = r.node.items.find((pair) => isScalar(pair.key) && pair.key.value === 'modules')?.key;
  if (moduleNodes.length > 0) reportUnlistedModules(yaml.file, yaml.position(modulesKey), onDisk, accounted, env);
  if (r.has('modules') && modules.length === 0 && env.diags.size === 0)
    r.error('modules', 'the course has no modules', 'list at least one module file');

  const title = r.string('title', { required: true, hint: 'give the course a title' }) ?? '';
  const shortTitle = r.string('shortTitle', { hint: `give a short name for the phone banner, e.g. shortTitle: MAISP training` });
  if (shortTitle && shortTitle.length > SHORT_TITLE_MAX)
    r.error(
      'shortTitle',
      `shortTitle ${quote(shortTitle)} is ${shortTitle.length} characters: a phone's banner has room for ${SHORT_TITLE_MAX}`,
      `shorten it to ${SHORT_TITLE_MAX} characters or fewer, e.g. the course's acronym and "training"`,
    );
  return {
    id,
    title,
    shortTitle: shortTitle ?? title,
    titleAt: r.at('title'),
    version,
    language,
    description: r.optionalText('description', 'describe the course in a sentence'),
    passMark:
      r.number('passMark', { min: 0, max: 100, integer: true, hint: 'a whole-number percentage from 0 to 100, e.g. passMark: 80' }) ??
      COURSE_DEFAULTS.passMark,
    completion: r.oneOf('completion', COMPLETION_RULES, {}) ?? COURSE_DEFAULTS.completion,
    navigation: r.oneOf('navigation', ['free', 'locked'] as const, {}) ?? COURSE_DEFAULTS.navigation,
    failedStatus12: r.oneOf('failedStatus12', ['incomplete', 'failed'] as const, {}) ?? COURSE_DEFAULTS.failedStatus12,
    targets: targets ?? COURSE_DEFAULTS.targets,
    branding: readBranding(r, env),
    contacts: readContacts(r, env),
    modules,
    modulesListed: moduleNodes.length,
    paths: readPaths(r, env),
  };
}

/**
 * Reads a `targets:` list (course.yaml's, or an edition's under `lms:`), reporting each unknown target at its item
 * with the closest known one. Null when the key is absent or names no known target.
 */
export function readTargets(r: MapReader, env: MarkdownEnv): ScormTarget[] | null {
  if (!r.has('targets')) return null;
  const listed = r.stringItems('targets', { hint: 'list scorm12 and/or scorm2004' });
  const known = new Set<string>(TARGETS);
  for (const t of listed) {
    if (!known.has(t.value))
      env.diags.add(
        r.src.file,
        t.at,
        `unknown target ${quote(t.value)}`,
        didYouMean(closest(t.value, TARGETS), 'targets may be scorm12 and scorm2004'),
      );
  }
  if (listed.length === 0) r.error('targets', 'no SCORM target to build', 'list at least one of scorm12, scorm2004');
  const targets = TARGETS.filter((t) => listed.some((l) => l.value === t));
  return targets.length > 0 ? targets : null;
}

/** Reads an `organisation:` mapping (course.yaml's, or an edition's over course.yaml's as `fallback`). */
export function readBranding(
  course: MapReader,
  env: MarkdownEnv,
  fallback: Branding = { organisation: COURSE_DEFAULTS.organisation, logo: null, logoAlt: '', colour: COURSE_DEFAULTS.colour },
): Branding {
  if (!course.has('organisation')) return fallback;
  const r = MapReader.of(course.src, course.raw('organisation'), env.diags, 'organisation', ['name', 'logo', 'logoAlt', 'colour']);
  if (!r) return fallback;
  const colour = r.string('colour', { hint: 'a hex colour in quotes, such as "#1d4f91"' }) ?? fallback.colour;
  if (!/^#[0-9a-fA-F]{6}$/.test(colour)) {
    r.error('colour', `colour ${quote(colour)} is not a six-digit hex colour`, 'write it as "#rrggbb" in quotes');
  } else if (contrastWithWhite(colour) < 4.5) {
    r.error(
      'colour',
      `colour ${quote(colour)} has a contrast of ${contrastWithWhite(colour).toFixed(2)}:1 with white, below WCAG AA's 4.5:1`,
      'choose a darker colour: it is used behind white text and for links',
    );
  }
  const logo = r.string('logo', { hint: 'a path relative to course/, e.g. assets/logo.svg' });
  const logoAlt =
    r.string('logoAlt', {
      required: logo !== undefined,
      hint: 'describe the logo for screen readers, e.g. logoAlt: Surrey County Council',
    }) ?? (logo === undefined ? fallback.logoAlt : '');
  let logoRef: string | null = null;
  if (logo) {
    const resolved = resolveCoursePath(env.courseDir, env.courseDir, logo, { what: 'logo', asset: true });
    const problem = isPathProblem(resolved) ? resolved : checkAsset(resolved.abs, logo, 'image');
    if (problem) r.error('logo', problem.message, problem.hint);
    else if (!isPathProblem(resolved)) {
      env.assets.add(resolved.rel);
      logoRef = assetMarker(resolved.rel);
    }
  }
  const name = r.string('name', { hint: 'the organisation name' });
  return {
    organisation: name === undefined ? fallback.organisation : checkedText(r, 'name', name, env),
    logo: logo === undefined ? fallback.logo : logoRef,
    logoAlt,
    colour,
  };
}

function readContacts(course: MapReader, env: MarkdownEnv): Contacts {
  const contacts = noContacts();
  if (!course.has('contacts')) return contacts;
  const r = MapReader.of(course.src, course.raw('contacts'), env.diags, 'contacts', [...CONTACT_KEYS]);
  if (!r) return contacts;
  const hint = 'contact text, or "" until your agency fills it in';
  for (const key of CONTACT_KEYS) contacts[key] = checkedText(r, key, r.optionalText(key, hint), env);
  return contacts;
}

/**
 * A contact or the organisation name, checked at its own line by the rules all rendered text has (no raw HTML, safe
 * links only); '' when it breaks one, so the modules that insert it do not report it again.
 */
export function checkedText(r: MapReader, key: string, value: string, env: MarkdownEnv): string {
  if (value === '') return value;
  return checkInsertedText({ file: r.src.file, text: value, start: r.at(key), exact: false }, env) ? value : '';
}

/** A `modules:` entry as written, `./` and backslashes aside, to compare with the files on disk. */
function normalise(entry: unknown): string {
  return typeof entry === 'string' ? path.posix.normalize(entry.replace(/\\/g, '/')) : '';
}
