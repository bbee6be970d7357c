// Resolves and checks the assessment's blueprint: how many questions every attempt draws from each module.
import type { Module } from '../../src/model/course.ts';
import type { ReadBlueprint } from './assessment.ts';
import { quote, type Diagnostics, type Position } from './diagnostics.ts';
import type { ReadQuestion } from './questions.ts';
import { closest, didYouMean } from './suggest.ts';

/**
 * The blueprint as the model keeps it (module id to count, course order, counts of 0 left out), or {} when none is
 * given. Reports, at the blueprint's line, any module it names that does not exist or whose bank questions cannot
 * fill its count, and a blueprint that needs more questions than `draw`. With critical behaviours (`critical`: their
 * ids), each attempt draws exactly one variant of each first (model/draw.ts), so a module counts on its questions
 * that name no behaviour plus the behaviours all of whose variants it owns, and the draw must hold the behaviours
 * and the blueprint's remainder even when the drawn variants help the blueprint least.
 */
export function resolveBlueprint(
  read: ReadBlueprint | null,
  modules: Module[],
  bank: ReadQuestion[],
  draw: { count: number; at: Position },
  file: string,
  diags: Diagnostics,
  critical: readonly string[] = [],
): Record<string, number> {
  if (!read) return {};
  const owner = new Map(modules.flatMap((m) => m.objectives.map((o) => [o.id, m.id] as const)));
  const moduleOf = (q: ReadQuestion) => owner.get(q.question.objectives[0] ?? '');
  const declared = new Set(critical);
  // Modules each behaviour's variants belong to (a variant outside every module counts as none).
  const variantModules = new Map<string, Set<string>>(critical.map((id) => [id, new Set()]));
  const pool = new Map<string, number>();
  const free = new Map<string, number>();
  for (const q of bank) {
    const m = moduleOf(q);
    if (!m) continue;
    pool.set(m, (pool.get(m) ?? 0) + 1);
    const b = q.question.behaviour;
    if (b !== undefined && declared.has(b)) variantModules.get(b)?.add(m);
    else free.set(m, (free.get(m) ?? 0) + 1);
  }
  const behaviourSets = [...variantModules.values()].filter((set) => set.size > 0);
  const sure = new Map<string, number>();
  for (const set of behaviourSets) if (set.size === 1) for (const m of set) sure.set(m, (sure.get(m) ?? 0) + 1);
  const wanted = new Map<string, { count: number; at: Position }>();
  // perModule applies to every module with bank questions: those are the modules the assessment tests.
  if (read.perModule !== null)
    for (const m of modules) if (pool.has(m.id)) wanted.set(m.id, { count: read.perModule, at: read.perModuleAt });
  for (const entry of read.modules) {
    if (!modules.some((m) => m.id === entry.id)) {
      diags.add(
        file,
        entry.at,
        `the blueprint names module ${quote(entry.id)}, which the course does not have`,
        didYouMean(
          closest(
            entry.id,
            modules.map((m) => m.id),
          ),
          `use a module id from a module's front matter: ${modules.map((m) => m.id).join(', ')}`,
        ),
      );
      continue;
    }
    wanted.set(entry.id, { count: entry.count, at: entry.at });
  }

  const out: Record<string, number> = {};
  for (const m of modules) {
    const w = wanted.get(m.id);
    if (!w || w.count === 0) continue;
    const has = pool.get(m.id) ?? 0;
    const usable = (free.get(m.id) ?? 0) + (sure.get(m.id) ?? 0);
    if (w.count > has)
      diags.add(
        file,
        w.at,
        `the blueprint asks every attempt for ${w.count} question(s) from module ${quote(m.id)}, but the bank has only ${has} (a bank question belongs to the module of its first objective)`,
        `add bank questions for module "${m.id}", or ask for at most ${has}`,
      );
    else if (w.count > usable)
      diags.add(
        file,
        w.at,
        `the blueprint asks every attempt for ${w.count} question(s) from module ${quote(m.id)}, but an attempt can be sure of only ${usable}: the others are variants of critical behaviours, of which each attempt draws one per behaviour`,
        `add bank questions for module "${m.id}" that name no behaviour, or ask for at most ${usable}`,
      );
    out[m.id] = w.count;
  }
  const total = Object.values(out).reduce((a, b) => a + b, 0);
  const worst = critical.length + total - leastCovered(behaviourSets, out);
  if (total <= draw.count && critical.length <= draw.count && worst > draw.count)
    diags.add(
      file,
      read.at,
      `an attempt can need ${worst} questions: one for each of the ${critical.length} critical behaviours, and the blueprint's counts that the drawn variants do not already meet, more than draw: ${draw.count}`,
      `raise draw to at least ${worst}, ask for fewer questions per module, or spread each behaviour's variants over the modules whose counts they can meet`,
    );
  if (total > draw.count)
    diags.add(
      file,
      read.at,
      `the blueprint needs ${total} questions per attempt (${Object.entries(out)
        .map(([m, n]) => `${m}: ${n}`)
        .join(', ')}), more than draw: ${draw.count}`,
      `raise draw to at least ${total}, or ask for fewer questions per module`,
    );
  return out;
}

/** Search cap for leastCovered: beyond it, only the behaviours a module surely owns are counted (a safe lower bound). */
const SEARCH_LIMIT = 100_000;

/**
 * The fewest blueprint places the drawn variants can meet, over every choice of one variant module per behaviour:
 * a module's count is met by at most that many of them. Exact by search for the handful of behaviours a course has.
 */
function leastCovered(behaviours: ReadonlyArray<ReadonlySet<string>>, counts: Readonly<Record<string, number>>): number {
  const met = new Map<string, number>();
  let visits = 0;
  let best = Infinity;
  const search = (i: number, covered: number): void => {
    if (covered >= best) return;
    if (i === behaviours.length) {
      best = covered;
      return;
    }
    for (const m of behaviours[i] ?? []) {
      if (++visits > SEARCH_LIMIT) return;
      const n = met.get(m) ?? 0;
      met.set(m, n + 1);
      search(i + 1, covered + (n < (counts[m] ?? 0) ? 1 : 0));
      met.set(m, n);
    }
  };
  search(0, 0);
  if (visits <= SEARCH_LIMIT) return best === Infinity ? 0 : best;
  let sure = 0;
  const owned = new Map<string, number>();
  for (const set of behaviours) if (set.size === 1) for (const m of set) owned.set(m, (owned.get(m) ?? 0) + 1);
  for (const [m, n] of owned) sure += Math.min(n, counts[m] ?? 0);
  return sure;
}
