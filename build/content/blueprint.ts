// Resolves and checks the assessment's blueprint: how many questions every attempt draws from each module.
import type { Module } from '../../src/model/course.ts';
import type { ReadBlueprint } from './assessment.ts';
import { quote, type Diagnostics, type Position } from './diagnostics.ts';
import type { ReadQuestion } from './questions.ts';
import { closest, didYouMean } from './suggest.ts';

/**
 * The blueprint as the model keeps it (module id to count, course order, counts of 0 left out), or {} when none is
 * given. Reports, at the blueprint's line, any module it names that does not exist or whose bank questions cannot
 * fill its count, and a blueprint that needs more questions than `draw`.
 */
export function resolveBlueprint(
  read: ReadBlueprint | null,
  modules: Module[],
  bank: ReadQuestion[],
  draw: { count: number; at: Position },
  file: string,
  diags: Diagnostics,
): Record<string, number> {
  if (!read) return {};
  const owner = new Map(modules.flatMap((m) => m.objectives.map((o) => [o.id, m.id] as const)));
  const pool = new Map<string, number>();
  for (const q of bank) {
    const m = owner.get(q.question.objectives[0] ?? '');
    if (m) pool.set(m, (pool.get(m) ?? 0) + 1);
  }
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
    if (w.count > has)
      diags.add(
        file,
        w.at,
        `the blueprint asks every attempt for ${w.count} question(s) from module ${quote(m.id)}, but the bank has only ${has} (a bank question belongs to the module of its first objective)`,
        `add bank questions for module "${m.id}", or ask for at most ${has}`,
      );
    out[m.id] = w.count;
  }
  const total = Object.values(out).reduce((a, b) => a + b, 0);
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
