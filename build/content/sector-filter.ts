// Cuts a course read from the whole source down to one edition's content: untagged content, and content tagged for a
// sector the edition serves. Ids are checked over the whole source before this, so every edition keeps the same ids.
import type { Question } from '../../src/model/course.ts';
import type { Sector } from '../../src/model/sectors.ts';
import type { ReadAssessment } from './assessment.ts';
import { Diagnostics, quote } from './diagnostics.ts';
import type { ReadModule } from './module.ts';
import type { ReadQuestion } from './questions.ts';
import { blockSectors, keepSectorBlocks } from './sector-blocks.ts';
import { keptIn, sectorIndex, sectorSets, servingWords, type SectorIndex } from './sector-index.ts';
import { checkSectorLinks } from './sector-links.ts';
import type { PageLink } from './markdown.ts';

/** The whole source's tags, block tags included (they only show in the rendered HTML). */
export function indexSectors(modules: readonly ReadModule[], assessment: ReadAssessment | null): SectorIndex {
  const bank = assessment?.questions ?? [];
  const html = [
    ...modules.flatMap((m) => m.module.pages.map((p) => p.html)),
    ...[...modules.flatMap((m) => m.questions), ...bank].flatMap(({ question: q }) => [
      q.explanation,
      q.kind === 'scenario' ? q.scenario : '',
    ]),
    assessment?.assessment.intro ?? '',
  ];
  return sectorIndex(modules, bank, [...new Set(html.flatMap(blockSectors))]);
}

/** One edition's modules and bank, and the bank questions it leaves out (named in messages about its draw). */
export interface EditionContent {
  modules: ReadModule[];
  bank: ReadQuestion[];
  droppedBank: ReadQuestion[];
  /** The edition's text of any rendered Markdown (the assessment intro): blocks for other sectors cut. */
  html: (html: string) => string;
}

/**
 * What load.ts calls: checks the sector tags of the whole source (when every module was read whole, as its other
 * course-wide checks), then returns the content of the edition serving `serves`.
 */
export function editionContent(
  modules: readonly ReadModule[],
  assessment: ReadAssessment | null,
  serves: readonly Sector[],
  checks: { whole: boolean; pageLinks: readonly PageLink[]; diags: Diagnostics },
): EditionContent {
  const index = indexSectors(modules, assessment);
  if (checks.whole) {
    checkSectorLinks(checks.pageLinks, assessment?.critical ?? [], index, checks.diags);
    checkSectorEmptied(modules, index, checks.diags);
  }
  return filterForEdition(modules, assessment?.questions ?? [], index, serves);
}

/** The modules, pages, blocks and questions an edition serving `serves` has; new objects, the read ones unchanged. */
export function filterForEdition(
  modules: readonly ReadModule[],
  bank: readonly ReadQuestion[],
  index: SectorIndex,
  serves: readonly Sector[],
): EditionContent {
  const keepQuestion = (q: ReadQuestion) => keptIn(index.questions.get(q.question.id) ?? [], serves);
  const cutQuestion = (q: ReadQuestion): ReadQuestion => ({ ...q, question: questionFor(q.question, serves) });
  const kept = modules
    .filter((m) => keptIn([m.sectors], serves))
    .map((m): ReadModule => {
      const questions = m.questions.filter(keepQuestion).map(cutQuestion);
      const pages = m.module.pages
        .filter((p) => keptIn(index.pages.get(p.id) ?? [], serves))
        .map((p) => ({ ...p, html: keepSectorBlocks(p.html, serves) }));
      return { ...m, questions, module: { ...m.module, pages, check: questions.map((q) => q.question) } };
    });
  return {
    modules: kept,
    bank: bank.filter(keepQuestion).map(cutQuestion),
    droppedBank: bank.filter((q) => !keepQuestion(q)),
    html: (html) => keepSectorBlocks(html, serves),
  };
}

function questionFor(q: Question, serves: readonly Sector[]): Question {
  const explanation = keepSectorBlocks(q.explanation, serves);
  return q.kind === 'scenario' ? { ...q, explanation, scenario: keepSectorBlocks(q.scenario, serves) } : { ...q, explanation };
}

/**
 * Content that some edition would show empty: a page whose every block is for other sectors, and a module whose
 * every page is. Checked for every set of sectors an edition could serve, at the page's heading or the module's id.
 */
export function checkSectorEmptied(modules: readonly ReadModule[], index: SectorIndex, diags: Diagnostics): void {
  const sets = sectorSets(index.used);
  if (sets.length === 1) return;
  for (const m of modules) {
    const pageTags = m.module.pages.map((p) => index.pages.get(p.id) ?? []);
    const bare = sets.find((serves) => keptIn([m.sectors], serves) && !pageTags.some((path) => keptIn(path, serves)));
    if (bare && m.module.pages.length > 0) {
      const tags = [...new Set(m.module.pages.flatMap((p) => m.pageSectors.get(p.id) ?? []))];
      diags.add(
        m.file,
        m.idAt,
        `module ${quote(m.module.id)} has no page in an edition ${servingWords(bare)}: every page is tagged (${tags.join(', ')})`,
        `tag the module too (sectors: [${tags.join(', ')}] in its front matter), or leave at least one page untagged`,
      );
    }
    for (const p of m.module.pages) {
      // A page with no sector blocks is never emptied by an edition (an empty or unrenderable one is reported already).
      if (blockSectors(p.html).length === 0) continue;
      const path = index.pages.get(p.id) ?? [];
      const empty = sets.find((serves) => keptIn(path, serves) && keepSectorBlocks(p.html, serves).trim() === '');
      if (!empty) continue;
      const tags = [...new Set(blockSectors(p.html))];
      diags.add(
        m.file,
        m.pageAt.get(p.id) ?? m.idAt,
        `page ${quote(p.id)} is empty in an edition ${servingWords(empty)}: all its text is in blocks for ${tags.join(', ')}`,
        `tag the page instead: ## ${p.title} {#${p.id} sectors=${tags.join(',')}}, or give it text every edition shows`,
      );
    }
  }
}

/**
 * Runs a check of the edition's assessment (critical behaviours, blueprint, draw) and adds what it reports to
 * `diags`, each message saying which edition it is about and which sectors' questions that edition leaves out:
 * the same bank can fill one edition's draw and not another's.
 */
export function checkForEdition<T>(
  diags: Diagnostics,
  edition: { id: string; sectors: readonly Sector[]; droppedBank: readonly ReadQuestion[] },
  check: (diags: Diagnostics) => T,
): T {
  if (edition.droppedBank.length === 0) return check(diags);
  const own = new Diagnostics();
  const result = check(own);
  const bySector = new Map<string, number>();
  for (const q of edition.droppedBank) {
    const key = q.sectors?.join(',') ?? 'its module';
    bySector.set(key, (bySector.get(key) ?? 0) + 1);
  }
  const left = [...bySector].map(([tags, n]) => `${n} tagged ${tags}`).join(', ');
  const note = ` (in edition ${quote(edition.id)}, ${servingWords(edition.sectors)}, whose bank leaves out the questions for other sectors: ${left})`;
  const sectors = [...new Set(edition.droppedBank.flatMap((q) => q.sectors ?? []))];
  const fix = `; or untag some of the questions tagged ${sectors.join(', ')}, so that every edition has them`;
  for (const d of own.list) diags.list.push({ ...d, message: d.message + note, hint: d.hint + fix });
  return result;
}

/** Without critical behaviours nothing else measures the edition's bank against `draw` (critical.ts does with them). */
export function checkEditionDraw(assessment: ReadAssessment, bank: readonly ReadQuestion[], diags: Diagnostics): void {
  const draw = assessment.assessment.draw;
  if (assessment.critical.length > 0 || bank.length >= draw || assessment.questions.length < draw) return;
  diags.add(
    assessment.file,
    assessment.drawAt,
    `draw is ${draw} but the bank holds only ${bank.length} question(s)`,
    `lower draw to at most ${bank.length}, or add questions every edition has`,
  );
}

/**
 * The blueprint for an edition: a count for a module the source has but the edition leaves out does not apply to it
 * (a count for a module no one has stays, for blueprint.ts to report).
 */
export function blueprintFor(
  read: ReadAssessment['blueprint'],
  all: readonly ReadModule[],
  edition: readonly ReadModule[],
): ReadAssessment['blueprint'] {
  if (!read) return read;
  const dropped = new Set(all.map((m) => m.module.id).filter((id) => !edition.some((m) => m.module.id === id)));
  return { ...read, modules: read.modules.filter((entry) => !dropped.has(entry.id)) };
}
