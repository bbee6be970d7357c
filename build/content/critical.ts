// Reads and checks assessment.yaml's `critical:` list: the decisions every attempt asks about and passing needs right.
import type { CriticalBehaviour } from '../../src/model/course.ts';
import { quote, type Diagnostics, type Position } from './diagnostics.ts';
import { checkIdFormat } from './ids.ts';
import type { ReadQuestion } from './questions.ts';
import { closest, didYouMean } from './suggest.ts';
import { MapReader, type YamlSource } from './yaml-reader.ts';

/** A behaviour needs this many variants, so that a learner who retries meets it asked another way. */
export const MIN_VARIANTS = 2;

const KEYS = ['id', 'title', 'pages'];

/** A behaviour as written, with the positions the course-wide checks point at. */
export interface ReadBehaviour {
  behaviour: CriticalBehaviour;
  file: string;
  idAt: Position;
  pagesAt: Position;
  /** Where each page id is written, by index in `behaviour.pages`. */
  pageAt: Position[];
}

/** The `critical:` entries of assessment.yaml, each read as far as it can be (a broken entry is reported and left out). */
export function readCritical(src: YamlSource, nodes: unknown[], diags: Diagnostics): ReadBehaviour[] {
  const out: ReadBehaviour[] = [];
  for (const node of nodes) {
    const r = MapReader.of(src, node, diags, 'a critical behaviour', KEYS);
    if (!r) continue;
    const id = r.string('id', { required: true, hint: 'give the behaviour an id, e.g. id: safeguarding-now' }) ?? '';
    if (id) checkIdFormat(id, src.file, r.at('id'), 'critical behaviour', diags);
    const what = id ? `critical behaviour "${id}"` : 'a critical behaviour';
    const title =
      r.string('title', {
        required: true,
        hint: `say in plain words what the learner does, e.g. title: Go to your safeguarding lead, or call 999, when someone is at risk now`,
      }) ?? '';
    const pageItems = r.stringItems('pages', {
      required: true,
      hint: `list the ids of the pages that teach ${what}, e.g. pages: [decide-children]`,
    });
    if (r.has('pages') && pageItems.length === 0)
      r.error('pages', `${what} lists no pages`, 'name at least one page that teaches it: learners who miss it are sent there');
    out.push({
      behaviour: { id, title, pages: pageItems.map((p) => p.value) },
      file: src.file,
      idAt: r.at('id'),
      pagesAt: r.at('pages'),
      pageAt: pageItems.map((p) => p.at),
    });
  }
  return out;
}

export interface CriticalContext {
  bank: ReadQuestion[];
  /** Knowledge-check questions: a `behaviour:` there is a mistake (checks are not drawn). */
  checks: ReadQuestion[];
  pageIds: ReadonlySet<string>;
  draw: { count: number; at: Position; file: string };
}

/**
 * Checks the behaviours against the course: ids unique, pages that exist, at least MIN_VARIANTS bank questions per
 * behaviour, every `behaviour:` naming a declared one (and only on bank questions), and a draw large enough to ask
 * every behaviour and still fill itself. Returns the behaviours for the model.
 */
export function resolveCritical(read: ReadBehaviour[], ctx: CriticalContext, diags: Diagnostics): CriticalBehaviour[] {
  const first = new Map<string, ReadBehaviour>();
  for (const b of read) {
    const id = b.behaviour.id;
    if (!id) continue;
    const earlier = first.get(id);
    if (earlier)
      diags.add(
        b.file,
        b.idAt,
        `duplicate critical behaviour id ${quote(id)}: the behaviour at line ${earlier.idAt.line} already uses it`,
        'give each behaviour its own id, or merge the two into one behaviour',
      );
    else first.set(id, b);
  }
  const ids = [...first.keys()];
  const pageIds = [...ctx.pageIds];
  for (const b of first.values())
    b.behaviour.pages.forEach((page, i) => {
      if (ctx.pageIds.has(page)) return;
      diags.add(
        b.file,
        b.pageAt[i] ?? b.pagesAt,
        `critical behaviour ${quote(b.behaviour.id)} lists page ${quote(page)}, which no module has`,
        didYouMean(closest(page, pageIds), "use the id of a page that teaches it (the {#id} after the page's heading)"),
      );
    });

  const variants = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const q of ctx.bank) {
    const name = q.question.behaviour;
    if (name === undefined) continue;
    const list = variants.get(name);
    if (list) list.push(q.question.id);
    else
      diags.add(
        q.file,
        q.behaviourAt ?? q.idAt,
        `question ${quote(q.question.id)} names critical behaviour ${quote(name)}, which assessment.yaml's "critical:" does not list`,
        didYouMean(
          closest(name, ids),
          ids.length > 0 ? `use one of: ${ids.join(', ')}` : 'declare it under "critical:" in assessment.yaml',
        ),
      );
  }
  for (const q of ctx.checks)
    if (q.question.behaviour !== undefined)
      diags.add(
        q.file,
        q.behaviourAt ?? q.idAt,
        `knowledge-check question ${quote(q.question.id)} names a critical behaviour, but only bank questions are drawn for the assessment`,
        'remove the "behaviour:" line, or move the question to a bank file',
      );
  for (const b of first.values()) {
    const found = variants.get(b.behaviour.id) ?? [];
    if (found.length < MIN_VARIANTS)
      diags.add(
        b.file,
        b.idAt,
        `critical behaviour ${quote(b.behaviour.id)} has ${found.length} variant(s)${found.length > 0 ? ` (${found.join(', ')})` : ''}, fewer than ${MIN_VARIANTS}`,
        `write "behaviour: ${b.behaviour.id}" on at least ${MIN_VARIANTS} bank questions that test it (each attempt draws one of them), or remove the behaviour`,
      );
  }

  const { count, at, file } = ctx.draw;
  const declared = new Set(ids);
  const untagged = ctx.bank.filter((q) => q.question.behaviour === undefined || !declared.has(q.question.behaviour)).length;
  if (count < ids.length)
    diags.add(
      file,
      at,
      `draw is ${count} but the assessment has ${ids.length} critical behaviours, and every attempt asks one question for each`,
      `raise draw to at least ${ids.length}, or list fewer behaviours under "critical:"`,
    );
  else if (ids.length > 0 && untagged + ids.length < count)
    diags.add(
      file,
      at,
      `draw is ${count}, but an attempt can hold only ${untagged + ids.length}: one variant of each of the ${ids.length} critical behaviours and the ${untagged} other bank questions`,
      `lower draw to at most ${untagged + ids.length}, or add bank questions that name no behaviour`,
    );
  return [...first.values()].map((b) => b.behaviour);
}
