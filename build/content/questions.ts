// Reads a list of quiz questions (knowledge checks and the assessment bank) from YAML into the course model.
import { isScalar, isSeq } from 'yaml';
import type { Option, Question, QuestionKind } from '../../src/model/course.ts';
import { quote, type Position } from './diagnostics.ts';
import { checkIdFormat, checkOptionReportable, MAX_OPTIONS } from './ids.ts';
import { plainText, renderBlock, renderInline, type MarkdownEnv } from './markdown.ts';
import { closest } from './suggest.ts';
import { MapReader, type YamlSource } from './yaml-reader.ts';
import type { Sector } from '../../src/model/sectors.ts';
import { readSectorsKey } from './sector-tags.ts';
import { stampLinks } from './sector-links.ts';

const KINDS: readonly QuestionKind[] = ['single', 'multiple', 'truefalse', 'scenario'];
const QUESTION_KEYS = [
  'id',
  'behaviour',
  'kind',
  'prompt',
  'case',
  'select',
  'options',
  'answer',
  // Not a question field, but what an author who has seen other quiz formats writes: answered with the fix below.
  'correct',
  'feedback',
  'explanation',
  'references',
  'objectives',
  'shuffle',
  'sectors',
];
const OPTION_KEYS = ['id', 'text', 'correct', 'feedback'];

/** A question with the positions of what later, course-wide checks need to point at. */
export interface ReadQuestion {
  question: Question;
  file: string;
  idAt: Position;
  /** Where each objective id is written, by index in `question.objectives`. */
  objectiveAt: Position[];
  /** Where `options` (or, for true/false, `answer`) is written, for checks on the question's options as a whole. */
  optionsAt: Position;
  /** Where each option's text is written, by option index. */
  optionAt: Position[];
  /** Where `explanation` is written. */
  explanationAt: Position;
  /** Where `behaviour:` is written, when it is (critical.ts checks the id it names). */
  behaviourAt?: Position;
  /** `sectors:` (only editions serving one of them have the question); undefined when untagged. */
  sectors?: Sector[];
}

export function readQuestions(src: YamlSource, nodes: unknown[], env: MarkdownEnv): ReadQuestion[] {
  const out: ReadQuestion[] = [];
  for (const node of nodes) {
    const q = readQuestion(src, node, env);
    if (q) out.push(q);
  }
  return out;
}

function readQuestion(src: YamlSource, node: unknown, env: MarkdownEnv): ReadQuestion | null {
  const links = env.pageLinks.length;
  const read = readQuestionFields(src, node, env);
  if (read) stampLinks(env.pageLinks, links, read.question.id);
  return read;
}

function readQuestionFields(src: YamlSource, node: unknown, env: MarkdownEnv): ReadQuestion | null {
  const preview = MapReader.of(src, node, env.diags, 'a question', QUESTION_KEYS);
  if (!preview) return null;
  const id = preview.string('id', { required: true, hint: 'give the question an id, e.g. "aims-q-who"' }) ?? '';
  if (id) checkIdFormat(id, src.file, preview.at('id'), 'question', env.diags);
  const r = preview;
  const what = id ? `question "${id}"` : 'a question';
  const kind = r.oneOf('kind', KINDS, { required: true, hint: `set kind to one of: ${KINDS.join(', ')}` });
  const inline = (key: string, required: boolean): string => {
    const text = r.string(key, { required, hint: `write the ${key} of ${what}` });
    return text ? renderInline({ file: src.file, text, start: r.at(key), exact: false }, env) : '';
  };
  const block = (key: string, required: boolean): string => {
    const text = r.string(key, { required, hint: `write the ${key} of ${what}` });
    return text ? renderBlock({ file: src.file, text, start: r.at(key), exact: false }, env) : '';
  };

  const prompt = inline('prompt', true);
  const explanation = block('explanation', true);
  const references = r.stringList('references', {
    required: true,
    hint: `list the protocol paragraph(s) ${what} tests, e.g. references: ["¶17"]`,
  });
  if (r.has('references') && references.length === 0)
    r.error('references', `${what} has an empty "references" list`, 'name at least one protocol paragraph, e.g. ["¶17"]');
  const objectiveItems = r.stringItems('objectives', { hint: 'list learning objective ids, e.g. objectives: [aims-what]' });
  const objectives = objectiveItems.map((o) => o.value);
  // Only a question that names a critical behaviour carries the field, so the course data stays small.
  const behaviour = r.string('behaviour', { hint: 'name the id of a behaviour under "critical:" in assessment.yaml, or leave it out' });
  const base = { id, prompt, explanation, references, objectives, ...(behaviour === undefined ? {} : { behaviour }) };

  if (kind !== 'scenario') {
    if (r.has('case'))
      r.error('case', `"case" is only for scenario questions, but ${what} is ${kind}`, 'remove "case", or set kind: scenario');
    if (r.has('select'))
      r.error('select', `"select" is only for scenario questions, but ${what} is ${kind}`, 'remove "select", or set kind: scenario');
  }

  const shuffle = r.boolean('shuffle', 'write shuffle: false to always show the options in the written order, or leave it out');
  if (kind === 'truefalse' && r.has('shuffle'))
    r.error('shuffle', `"shuffle" does not apply to truefalse ${what}`, 'remove it: true/false options are always shown True, then False');

  let options: Option[] = [];
  let optionAt: Position[] = [];
  if (kind === 'truefalse') {
    options = readTrueFalse(r, what, env);
  } else if (kind) {
    if (r.has('feedback'))
      r.error('feedback', `question-level "feedback" is only for truefalse questions`, 'put feedback on each option instead');
    ({ options, optionAt } = readOptions(r, what, env));
    for (const key of ['answer', 'correct'] as const) if (r.has(key)) reportChoiceAnswer(r, key, what, options);
  }
  if (!kind) return null;

  const multiple = kind === 'multiple' || (kind === 'scenario' && r.oneOf('select', ['single', 'multiple'], {}) === 'multiple');
  checkCorrectCount(r, what, options, multiple, kind);
  const caseHtml = kind === 'scenario' ? block('case', true) : '';
  const text = plainText([caseHtml, prompt].join(' '));
  // Only a pinned question carries the flag, so the course data stays small.
  const pin = shuffle === false && kind !== 'truefalse' ? { pinned: true } : {};
  const question: Question =
    kind === 'scenario'
      ? { ...base, ...pin, kind, options, text, scenario: caseHtml, select: multiple ? 'multiple' : 'single' }
      : { ...base, ...pin, kind, options, text };
  const optionsAt = r.at(kind === 'truefalse' ? 'answer' : 'options');
  const objectiveAt = objectiveItems.map((o) => o.at);
  const behaviourAt = behaviour === undefined ? {} : { behaviourAt: r.at('behaviour') };
  const sectors = readSectorsKey(r, what, env.diags);
  return {
    question,
    file: src.file,
    idAt: r.at('id'),
    objectiveAt,
    optionsAt,
    optionAt,
    explanationAt: r.at('explanation'),
    ...behaviourAt,
    ...(sectors ? { sectors } : {}),
  };
}

function readOptions(r: MapReader, what: string, env: MarkdownEnv): { options: Option[]; optionAt: Position[] } {
  const nodes = r.list('options', {
    required: true,
    hint: `give ${what} a list of options, each with text (and correct: true on the right one)`,
  });
  if (r.has('options') && nodes.length < 2) r.error('options', `${what} has ${nodes.length} option(s)`, 'give at least two options');
  const options: Option[] = [];
  const optionAt: Position[] = [];
  const ids = new Set<string>();
  nodes.forEach((node, index) => {
    const o = MapReader.of(r.src, node, env.diags, `an option of ${what}`, OPTION_KEYS);
    if (!o) return;
    // Derived ids follow position (a, b, c...), so they are stable as long as options are not reordered.
    const id = o.string('id', { hint: 'give the option an id' }) ?? String.fromCharCode(97 + index);
    if (o.has('id') && checkIdFormat(id, r.src.file, o.at('id'), 'option', env.diags))
      checkOptionReportable(id, r.src.file, o.at('id'), env.diags);
    if (index === MAX_OPTIONS)
      o.error(
        o.has('id') ? 'id' : 'text',
        `${what} has more than ${MAX_OPTIONS} options: SCORM 1.2 reports a choice as one letter a to z`,
        `keep at most ${MAX_OPTIONS} options, or split the question`,
      );
    if (ids.has(id))
      o.error(
        o.has('id') ? 'id' : 'text',
        `option id ${quote(id)} is used twice in ${what}`,
        'give each option of a question a different id',
      );
    ids.add(id);
    const text = o.string('text', { required: true, hint: 'write the option text' }) ?? '';
    const feedback = o.string('feedback', { hint: 'write feedback for this option' });
    optionAt.push(o.at('text'));
    options.push({
      id,
      html: text ? renderInline({ file: r.src.file, text, start: o.at('text'), exact: false }, env) : '',
      correct: o.boolean('correct', 'write correct: true or leave it out') ?? false,
      feedback: feedback ? renderInline({ file: r.src.file, text: feedback, start: o.at('feedback'), exact: false }, env) : '',
    });
  });
  return { options, optionAt };
}

/**
 * `answer: [b, e]` on a choice question: the author means "these options are right", which is written as
 * correct: true on each option. The fix names the options to mark, and the closest id for one no option has.
 */
function reportChoiceAnswer(r: MapReader, key: 'answer' | 'correct', what: string, options: Option[]): void {
  const raw = r.raw(key);
  const named = (isSeq(raw) ? raw.items : [raw]).flatMap((item) => {
    const v = isScalar(item) ? item.value : undefined;
    return typeof v === 'string' || typeof v === 'number' ? [String(v)] : [];
  });
  const ids = options.map((o) => o.id);
  const notes: string[] = [];
  const marked = named.flatMap((id) => {
    if (ids.includes(id)) return [id];
    const guess = closest(id, ids);
    notes.push(
      guess ? `did you mean "${guess}"? No option has id ${quote(id)}.` : `No option has id ${quote(id)} (option ids: ${ids.join(', ')}).`,
    );
    return guess ? [guess] : [];
  });
  const which = marked.length > 0 ? `option ${marked.map((id) => `"${id}"`).join(' and ')}` : 'the right option(s)';
  const fix = `remove "${key}" and put correct: true on ${which}`;
  r.error(
    key,
    key === 'answer'
      ? `"answer" is only for truefalse questions; ${what} marks its right options with correct: true`
      : `"correct" belongs on each right option of ${what}, not on the question`,
    notes.length > 0 ? `${notes.join(' ')} ${fix.charAt(0).toUpperCase()}${fix.slice(1)}` : fix,
  );
}

function readTrueFalse(r: MapReader, what: string, env: MarkdownEnv): Option[] {
  if (r.has('options'))
    r.error('options', `truefalse ${what} must not list options`, 'remove "options" and write answer: true or answer: false');
  const answer = r.boolean('answer', 'write answer: true or answer: false');
  if (r.has('correct'))
    r.error('correct', `truefalse ${what} gives its answer as "answer", not "correct"`, 'write answer: true or answer: false instead');
  else if (!r.has('answer')) r.error('id', `truefalse ${what} is missing required field "answer"`, 'write answer: true or answer: false');
  const fb = r.raw('feedback');
  const feedback: Record<'true' | 'false', string> = { true: '', false: '' };
  if (fb !== undefined) {
    const f = MapReader.of(r.src, fb, env.diags, `the feedback of ${what}`, ['true', 'false']);
    for (const key of ['true', 'false'] as const) {
      const text = f?.string(key, { hint: `write the feedback shown when the learner answers ${key}` });
      if (text && f) feedback[key] = renderInline({ file: r.src.file, text, start: f.at(key), exact: false }, env);
    }
  }
  return (['true', 'false'] as const).map((id) => ({
    id,
    html: id === 'true' ? 'True' : 'False',
    correct: answer === (id === 'true'),
    feedback: feedback[id],
  }));
}

function checkCorrectCount(r: MapReader, what: string, options: Option[], multiple: boolean, kind: QuestionKind): void {
  if (options.length < 2 || kind === 'truefalse') return;
  const correct = options.filter((o) => o.correct).length;
  if (correct === 0) {
    // `answer:` / `correct:` on the question was already answered with which options to mark.
    if (r.has('answer') || r.has('correct')) return;
    r.error('options', `${what} has no correct option`, 'mark the right option with correct: true');
  } else if (!multiple && correct > 1) {
    r.error(
      'options',
      `${what} is single choice but has ${correct} correct options`,
      'mark exactly one option correct, or use kind: multiple (or select: multiple for a scenario)',
    );
  } else if (multiple && correct === options.length) {
    r.error('options', `every option of ${what} is correct`, 'add at least one wrong option, so the question tests something');
  }
}
