// Checks course.yaml's paths against the course and makes each path's course model (issue 22). A path is a selection
// of the one course: its modules, the bank questions of those modules, its own draw, blueprint, critical behaviours
// and completion rule. Every id stays the course's, so LMS records, resume data and the report read every path alike.
import {
  questionsPerAttempt,
  type Course,
  type CoursePath,
  type CriticalBehaviour,
  type Module,
  type Question,
} from '../../src/model/course.ts';
import { completionRuleText } from '../../src/model/completion.ts';
import { wordCount } from '../content-report/text.ts';
import type { ReadAssessment } from './assessment.ts';
import { resolveBlueprint } from './blueprint.ts';
import { MIN_VARIANTS } from './critical.ts';
import { Diagnostics, quote } from './diagnostics.ts';
import type { ReadPath } from './paths-file.ts';
import type { ReadQuestion } from './questions.ts';
import { closest, didYouMean } from './suggest.ts';

/** Reading speed for the minutes a path states (course/README.md: the module estimate rule). */
export const WORDS_PER_MINUTE = 200;

/** What a path is, resolved: the model's path plus the assessment settings its course model takes. */
export interface PathPlan {
  path: CoursePath;
  completion: Course['completion'];
  draw: number;
  blueprint: Record<string, number>;
  critical: CriticalBehaviour[];
}

export interface PathContext {
  /** The edition's modules (sector-tagged ones it does not serve left out). */
  modules: Module[];
  /** Every module id in the source, whatever the edition: what a path may name. */
  sourceModules: string[];
  assessment: ReadAssessment;
  /** The course's own completion rule, for paths that set none. */
  completion: Course['completion'];
}

/**
 * Checks every path and returns its plan; reports at the path's line an unknown module, a module on no path, a path
 * whose bank cannot fill its draw, blueprint or critical behaviours, and a test-out with nothing to pass.
 */
export function resolvePaths(read: ReadPath[], ctx: PathContext, diags: Diagnostics): PathPlan[] {
  if (read.length === 0) return [];
  const moduleIds = ctx.sourceModules;
  const seenIds = new Map<string, ReadPath>();
  const onAPath = new Set<string>();
  const plans: PathPlan[] = [];
  for (const p of read) {
    if (p.id && seenIds.has(p.id))
      diags.add(
        p.file,
        p.idAt,
        `duplicate path id ${quote(p.id)}: the path at line ${seenIds.get(p.id)?.idAt.line} already uses it`,
        'give each path its own id',
      );
    else if (p.id) seenIds.set(p.id, p);
    const listed = new Set<string>();
    for (const m of p.modules) {
      if (!moduleIds.includes(m.value))
        diags.add(
          p.file,
          m.at,
          `path ${quote(p.id)} lists module ${quote(m.value)}, which the course does not have`,
          didYouMean(closest(m.value, moduleIds), `use a module id from a module's front matter: ${moduleIds.join(', ')}`),
        );
      else if (listed.has(m.value))
        diags.add(p.file, m.at, `path ${quote(p.id)} lists module ${quote(m.value)} twice`, 'list each module once');
      listed.add(m.value);
      onAPath.add(m.value);
    }
    const plan = resolvePath(p, ctx, listed, diags);
    if (plan) plans.push(plan);
  }
  const first = read[0];
  for (const m of moduleIds)
    if (first && !onAPath.has(m))
      diags.add(
        first.file,
        first.idAt,
        `module ${quote(m)} is on no path, so no learner would ever see it`,
        `add "${m}" to the modules of the paths that need it, or remove it from modules:`,
      );
  return plans;
}

function resolvePath(p: ReadPath, ctx: PathContext, listed: ReadonlySet<string>, diags: Diagnostics): PathPlan | null {
  const { assessment } = ctx;
  const modules = ctx.modules.filter((m) => listed.has(m.id));
  const bank = pathBank(modules, assessment.questions);
  const pages = new Set(modules.flatMap((m) => m.pages.map((pg) => pg.id)));
  const draw = p.draw ?? assessment.assessment.draw;
  const drawAt = p.draw === undefined ? { file: assessment.file, at: assessment.drawAt } : { file: p.file, at: p.drawAt };
  const where = `path ${quote(p.id)}`;

  // Its critical behaviours: the ones it names, or all of assessment.yaml's; each needs variants in the path's bank.
  const declared = assessment.assessment.critical;
  const named = p.critical ?? declared.map((b) => ({ value: b.id, at: p.criticalAt }));
  const critical: CriticalBehaviour[] = [];
  for (const item of named) {
    const b = declared.find((d) => d.id === item.value);
    if (!b) {
      diags.add(
        p.file,
        item.at,
        `${where} names critical behaviour ${quote(item.value)}, which assessment.yaml's "critical:" does not list`,
        didYouMean(
          closest(
            item.value,
            declared.map((d) => d.id),
          ),
          `use one of: ${declared.map((d) => d.id).join(', ') || '(none declared)'}`,
        ),
      );
      continue;
    }
    const variants = bank.filter((q) => q.question.behaviour === b.id).length;
    const teach = b.pages.filter((id) => pages.has(id));
    if (variants < MIN_VARIANTS)
      diags.add(
        p.file,
        item.at,
        `${where} asks every attempt about critical behaviour ${quote(b.id)}, but its modules hold ${variants} of its variants, fewer than ${MIN_VARIANTS}`,
        p.critical === undefined
          ? `list the behaviours this path asks under its assessment, e.g. assessment: { critical: [${declared
              .filter((d) => d.id !== b.id)
              .map((d) => d.id)
              .join(', ')}] }, or add the modules holding "${b.id}"'s variants to the path`
          : `remove "${b.id}" from the path's critical list, or add the modules holding its variants to the path`,
      );
    else if (teach.length === 0)
      diags.add(
        p.file,
        item.at,
        `${where} asks about critical behaviour ${quote(b.id)}, but none of the pages that teach it (${b.pages.join(', ')}) is on the path`,
        'add the module holding one of those pages to the path, so a learner who misses it can read it',
      );
    else critical.push({ ...b, pages: teach });
  }

  const ids = new Set(critical.map((b) => b.id));
  const others = bank.filter((q) => q.question.behaviour === undefined || !ids.has(q.question.behaviour)).length;
  if (draw > bank.length)
    diags.add(
      drawAt.file,
      drawAt.at,
      `${where} draws ${draw} questions per attempt, but its modules' bank holds only ${bank.length}`,
      `set the path's draw to at most ${bank.length} (assessment: { draw: ${bank.length} }), or add bank questions to its modules`,
    );
  else if (draw < critical.length)
    diags.add(
      drawAt.file,
      drawAt.at,
      `${where} draws ${draw} questions, fewer than its ${critical.length} critical behaviours`,
      `draw at least ${critical.length}`,
    );
  else if (critical.length > 0 && others + critical.length < draw)
    diags.add(
      drawAt.file,
      drawAt.at,
      `${where} draws ${draw} questions, but an attempt can hold only ${others + critical.length}: one variant of each critical behaviour and ${others} other questions`,
      `set the path's draw to at most ${others + critical.length}, or add bank questions that name no behaviour`,
    );

  // The path's blueprint, or assessment.yaml's applied to the path's modules (its entries for other modules left out).
  const inherited = assessment.blueprint && {
    ...assessment.blueprint,
    modules: assessment.blueprint.modules.filter((e) => listed.has(e.id)),
  };
  const own = p.blueprint !== null;
  const sub = new Diagnostics();
  const blueprint = resolveBlueprint(
    own ? p.blueprint : inherited,
    modules,
    bank,
    { count: draw, at: drawAt.at },
    own ? p.file : assessment.file,
    sub,
    [...ids],
  );
  for (const d of sub.list) diags.list.push({ ...d, message: `on ${where}: ${d.message}` });

  const completion = p.completion ?? ctx.completion;
  if (p.testOut && (draw === 0 || completion === 'pages'))
    diags.add(
      p.file,
      p.testOutAt,
      `${where} offers test-out, but ${draw === 0 ? 'it has no assessment' : 'its completion rule "pages" does not ask for a pass'}`,
      'remove testOut, or give the path an assessment that completion asks for (completion: pages-and-assessment)',
    );
  if (!p.id) return null;
  return {
    path: {
      id: p.id,
      title: p.title,
      summary: p.summary,
      modules: modules.map((m) => m.id),
      minutes: pathMinutes(modules, draw),
      testOut: p.testOut,
    },
    completion,
    draw,
    blueprint,
    critical,
  };
}

/** The bank questions of the path's modules (a bank question belongs to the module of its first objective). */
function pathBank(modules: Module[], bank: ReadQuestion[]): ReadQuestion[] {
  const owner = new Set(modules.flatMap((m) => m.objectives.map((o) => o.id)));
  return bank.filter((q) => owner.has(q.question.objectives[0] ?? ''));
}

/** Minutes for the modules and an assessment of `draw` questions: words at 200 a minute, a minute per question. */
export function pathMinutes(modules: readonly Module[], draw: number): number {
  const words = modules.reduce((n, m) => n + m.pages.reduce((k, p) => k + wordCount(p.html), 0), 0);
  const checks = modules.reduce((n, m) => n + m.check.length, 0);
  return Math.round(words / WORDS_PER_MINUTE) + checks + draw;
}

/** The course model of one path: the same ids, its modules, its bank, its assessment settings and completion rule. */
export function selectPath(course: Course, plan: PathPlan): Course {
  const on = new Set(plan.path.modules);
  const modules = course.modules.filter((m) => on.has(m.id));
  const objectives = new Set(modules.flatMap((m) => m.objectives.map((o) => o.id)));
  const pages = new Set(modules.flatMap((m) => m.pages.map((p) => p.id)));
  // "Read again" links only to pages the path has.
  const onPath = <Q extends Question>(q: Q): Q => (q.teaches ? { ...q, teaches: q.teaches.filter((id) => pages.has(id)) } : q);
  const bank = course.assessment.bank.filter((q) => objectives.has(q.objectives[0] ?? '')).map(onPath);
  return {
    ...course,
    completion: plan.completion,
    modules: modules.map((m) => ({ ...m, check: m.check.map(onPath) })),
    assessment: { ...course.assessment, bank, draw: plan.draw, blueprint: plan.blueprint, critical: plan.critical },
    path: plan.path,
  };
}

/** A `#page-id` link as the Markdown renderer records it. */
export interface LinkAt {
  pageId: string;
  file: string;
  position: { line: number; column: number };
}

/**
 * A link on a path must go to a page on that path: a core page linking to a managers' page would go nowhere in the
 * core zip. A link belongs to the module of the Markdown (or knowledge-check) file it is in, or, in a bank file, to the
 * module of the question it is written under.
 */
export function checkPathLinks(
  plans: PathPlan[],
  links: LinkAt[],
  modules: ReadModuleFiles[],
  bank: ReadQuestion[],
  diags: Diagnostics,
): void {
  if (plans.length === 0) return;
  const pageModule = new Map(modules.flatMap((m) => m.module.pages.map((p) => [p.id, m.module.id] as const)));
  const fileModule = new Map(modules.flatMap((m) => [[m.file, m.module.id] as const, [m.checkFile, m.module.id] as const]));
  const owner = new Map(modules.flatMap((m) => m.module.objectives.map((o) => [o.id, m.module.id] as const)));
  const moduleOfLink = (link: LinkAt): string | undefined => {
    const direct = fileModule.get(link.file);
    if (direct) return direct;
    const under = bank
      .filter((q) => q.file === link.file && q.idAt.line <= link.position.line)
      .sort((a, b) => b.idAt.line - a.idAt.line)[0];
    return under && owner.get(under.question.objectives[0] ?? '');
  };
  for (const link of links) {
    const from = moduleOfLink(link);
    const to = pageModule.get(link.pageId);
    if (!from || !to) continue;
    for (const plan of plans) {
      const on = plan.path.modules;
      if (!on.includes(from) || on.includes(to)) continue;
      diags.add(
        link.file,
        link.position,
        `on path ${quote(plan.path.id)}, the link to page ${quote(`#${link.pageId}`)} goes to module ${quote(to)}, which is not on that path`,
        `add "${to}" to path "${plan.path.id}"'s modules, or link to a page on the path`,
      );
    }
  }
}

/** What checkPathLinks needs of a read module. */
export interface ReadModuleFiles {
  module: Module;
  file: string;
  checkFile: string;
}

/** Build-time numbers the course text states through placeholders, filled in per path (load.ts). */
export const QUESTIONS_MARKER = '@@questions@@';
export const CRITICAL_MARKER = '@@critical@@';
export const MINUTES_MARKER = '@@minutes@@';
export const COMPLETION_RULE_MARKER = '@@completionRule@@';

/** The course with its path's numbers in its text: questions per attempt, critical decisions, minutes, completion rule. */
export function withPathNumbers(course: Course): Course {
  const { draw, critical } = course.assessment;
  const minutes = course.path?.minutes ?? pathMinutes(course.modules, draw);
  return JSON.parse(
    JSON.stringify(course)
      .replaceAll(QUESTIONS_MARKER, String(questionsPerAttempt(course)))
      .replaceAll(CRITICAL_MARKER, String(critical.length))
      .replaceAll(MINUTES_MARKER, String(minutes))
      .replaceAll(COMPLETION_RULE_MARKER, completionRuleText(course.completion)),
  ) as Course;
}
