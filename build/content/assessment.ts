// Reads assessment.yaml: the final assessment's settings, its blueprint and leak-check severities, and its question
// bank (inline and from bank files). Its numbers become placeholders before any Markdown is rendered.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readSourceText } from './source-text.ts';
import { DEFAULT_ASSESSMENT_WEIGHT, RETRY_RULES, type Assessment } from '../../src/model/course.ts';
import { toPass } from '../../src/model/scoring.ts';
import { PASS_MARK_MARKER, TO_PASS_MARKER } from '../../src/model/stated-numbers.ts';
import { CRITICAL_MARKER, QUESTIONS_MARKER } from './paths.ts';
import { quote, type Position } from './diagnostics.ts';
import { readCritical, type ReadBehaviour } from './critical.ts';
import { checkIdFormat } from './ids.ts';
import { LEAK_CHECKS, LEAK_SEVERITIES, type LeakSeverities } from './leak-checks.ts';
import { renderBlock, type MarkdownEnv } from './markdown.ts';
import { isPathProblem, resolveCoursePath } from './course-paths.ts';
import { readQuestions, type ReadQuestion } from './questions.ts';
import { closest, didYouMean } from './suggest.ts';
import { isMap, isScalar } from 'yaml';
import { MapReader, parseYaml, type YamlSource } from './yaml-reader.ts';

const KEYS = [
  'id',
  'title',
  'intro',
  'draw',
  'passMark',
  'attempts',
  'retryAfter',
  'weight',
  'critical',
  'blueprint',
  'leakChecks',
  'bank',
  'questions',
];

/** The blueprint as written, with positions, checked against the modules once they are read (blueprint.ts). */
export interface ReadBlueprint {
  /** `perModule`, or null when not given. */
  perModule: number | null;
  perModuleAt: Position;
  /** `modules:` entries: module id, count, where the entry is written. */
  modules: { id: string; count: number; at: Position }[];
  at: Position;
}

export interface ReadAssessment {
  assessment: Assessment;
  questions: ReadQuestion[];
  /** `critical:` as written; checked against the bank and the pages once they are read (critical.ts). */
  critical: ReadBehaviour[];
  blueprint: ReadBlueprint | null;
  leakChecks: LeakSeverities;
  file: string;
  /** Where `draw` and `bank` are written, for course-wide messages about them. */
  drawAt: Position;
  bankAt: Position;
}

/** The numbers the course text may state, as `{{assessment.*}}` placeholders (course/README.md). */
export interface StatedSettings {
  passMark: number;
  questions: number;
  toPass: number;
  attempts: number;
  /** Critical behaviours listed under `critical:`. */
  critical: number;
}

export function readAssessment(yaml: YamlSource, defaultPassMark: number, env: MarkdownEnv): ReadAssessment | null {
  const r = MapReader.of(yaml, yaml.root, env.diags, 'assessment.yaml', KEYS);
  if (!r) return null;
  const id = r.string('id', { required: true, hint: 'give the assessment an id, e.g. id: final' }) ?? '';
  if (id) checkIdFormat(id, yaml.file, r.at('id'), 'assessment', env.diags);

  // Numbers first: the intro, the bank and every module may state them through placeholders.
  const draw =
    r.number('draw', { required: true, min: 1, max: 1000, integer: true, hint: 'how many questions each attempt draws, e.g. draw: 15' }) ??
    0;
  const passMark =
    r.number('passMark', { min: 0, max: 100, integer: true, hint: 'a whole-number percentage from 0 to 100, e.g. passMark: 80' }) ??
    defaultPassMark;
  const attempts = r.number('attempts', { min: 0, max: 100, integer: true, hint: 'attempts allowed; 0 means unlimited' }) ?? 0;
  const retryAfter =
    r.oneOf('retryAfter', RETRY_RULES, {
      hint: 'write retryAfter: reread (the next attempt opens once the pages linked to what was missed are read) or retryAfter: none',
    }) ?? 'reread';
  const weight =
    r.number('weight', {
      min: 0,
      max: 100,
      integer: true,
      hint: 'the share of the progress bar, in percent, that passing the assessment fills, e.g. weight: 25',
    }) ?? DEFAULT_ASSESSMENT_WEIGHT;
  const critical = readCritical(
    yaml,
    r.list('critical', { hint: 'list the critical behaviours, each with id, title and pages (course/README.md)' }),
    env.diags,
  );
  env.stated = { passMark, questions: draw, toPass: toPass(draw, passMark), attempts, critical: critical.length };
  // The pass mark and what reaches it are filled in by the player, which knows the LMS's mastery score.
  Object.assign(env.placeholders, {
    'assessment.passMark': PASS_MARK_MARKER,
    'assessment.toPass': TO_PASS_MARKER,
    // Filled in per course path (paths.ts withPathNumbers): a path may draw its own number.
    'assessment.questions': QUESTIONS_MARKER,
    'assessment.attempts': attempts === 0 ? 'unlimited' : String(attempts),
    'assessment.critical': CRITICAL_MARKER,
  });

  const intro = r.string('intro', { hint: 'write a short Markdown introduction' });
  const questions: ReadQuestion[] = [];
  for (const node of r.list('bank', { hint: 'list bank files relative to course/, e.g. - modules/01-aims.bank.yaml' })) {
    const rel = (node as { value?: unknown }).value;
    const resolved = typeof rel === 'string' ? resolveCoursePath(env.courseDir, env.courseDir, rel, { what: 'bank file' }) : null;
    if (resolved && isPathProblem(resolved) && resolved.problem !== 'missing') {
      env.diags.add(yaml.file, yaml.position(node), resolved.message, resolved.hint);
      continue;
    }
    const file = resolved && !isPathProblem(resolved) ? resolved.abs : '';
    if (!file) {
      env.diags.add(
        yaml.file,
        yaml.position(node),
        `bank file ${quote(rel)} does not exist`,
        didYouMean(
          typeof rel === 'string' ? closest(rel, bankFilesOnDisk(env.courseDir)) : null,
          'check the path and its case, relative to the course folder',
        ),
      );
      continue;
    }
    const bankText = readSourceText(file, env.diags);
    const bank = bankText === null ? null : parseYaml(file, bankText, env);
    const b = bank && MapReader.of(bank, bank.root, env.diags, 'a bank file', ['questions']);
    if (bank && b)
      questions.push(...readQuestions(bank, b.list('questions', { required: true, hint: 'list the questions under "questions:"' }), env));
  }
  questions.push(...readQuestions(yaml, r.list('questions', { hint: 'list bank questions under "questions:"' }), env));
  if (questions.length === 0 && env.diags.size === 0)
    r.error('bank', 'the assessment bank has no questions', 'list bank files under "bank:" or questions under "questions:"');

  if (draw > questions.length && questions.length > 0) {
    r.error(
      'draw',
      `draw is ${draw} but the bank holds only ${questions.length} question(s)`,
      `lower draw to at most ${questions.length}, or add questions to the bank`,
    );
  }
  return {
    assessment: {
      id,
      title: r.string('title', { required: true, hint: 'give the assessment a title' }) ?? '',
      intro: intro ? renderBlock({ file: yaml.file, text: intro, start: r.at('intro'), exact: false, assessment: true }, env) : '',
      draw,
      passMark,
      attempts,
      retryAfter,
      weight,
      bank: questions.map((q) => q.question),
      critical: [],
    },
    questions,
    critical,
    blueprint: readBlueprint(r, yaml, env),
    leakChecks: readLeakChecks(r, yaml, env),
    file: yaml.file,
    drawAt: r.at('draw'),
    bankAt: r.at('bank'),
  };
}

/** The `.bank.yaml` files directly in `<courseDir>/modules/`, as assessment.yaml names them. */
function bankFilesOnDisk(courseDir: string): string[] {
  const dir = path.join(courseDir, 'modules');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.bank.yaml'))
    .map((name) => `modules/${name}`);
}

export function readBlueprint(r: MapReader, yaml: YamlSource, env: MarkdownEnv): ReadBlueprint | null {
  if (!r.has('blueprint')) return null;
  const b = MapReader.of(yaml, r.raw('blueprint'), env.diags, 'the blueprint', ['perModule', 'modules']);
  if (!b) return null;
  const count = (m: MapReader, key: string, hint: string) => m.number(key, { min: 0, max: 1000, integer: true, hint });
  const perModule = count(b, 'perModule', 'the fewest questions each attempt draws from every assessed module, e.g. perModule: 2') ?? null;
  const modules: ReadBlueprint['modules'] = [];
  if (b.has('modules')) {
    const node = b.raw('modules');
    // Every key of `modules:` is a module id (checked against the modules later), so no MapReader with known keys.
    if (!isMap(node))
      env.diags.add(
        yaml.file,
        b.at('modules'),
        'the blueprint\'s "modules" must be a mapping of module id: count',
        'write e.g. modules: { personal: 3 }',
      );
    for (const pair of isMap(node) ? node.items : []) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      const value = isScalar(pair.value) ? pair.value.value : pair.value;
      const at = yaml.position(pair.key);
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
        env.diags.add(
          yaml.file,
          yaml.position(pair.value ?? pair.key),
          `the blueprint's count for module ${quote(key)} must be a whole number from 0, not ${quote(value)}`,
          'write "<module id>: <questions per attempt>", e.g. personal: 3',
        );
      else modules.push({ id: key, count: value, at });
    }
  }
  return { perModule, perModuleAt: b.at('perModule'), modules, at: r.at('blueprint') };
}

function readLeakChecks(r: MapReader, yaml: YamlSource, env: MarkdownEnv): LeakSeverities {
  const out: LeakSeverities = Object.fromEntries(LEAK_CHECKS.map((c) => [c, 'error'])) as LeakSeverities;
  if (!r.has('leakChecks')) return out;
  const l = MapReader.of(yaml, r.raw('leakChecks'), env.diags, 'leakChecks', LEAK_CHECKS);
  for (const check of LEAK_CHECKS) {
    const severity = l?.oneOf(check, LEAK_SEVERITIES, {
      hint: `write ${check}: error (fails the build), ${check}: warning (reports only) or ${check}: off`,
    });
    if (severity) out[check] = severity;
  }
  return out;
}
