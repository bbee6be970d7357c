// Reads assessment.yaml: the final assessment's settings and its question bank (inline and from bank files).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readSourceText } from './source-text.ts';
import type { Assessment } from '../../src/model/course.ts';
import { quote } from './diagnostics.ts';
import { checkIdFormat } from './ids.ts';
import { renderBlock, type MarkdownEnv } from './markdown.ts';
import { readQuestions, type ReadQuestion } from './questions.ts';
import { MapReader, parseYaml, type YamlSource } from './yaml-reader.ts';

const KEYS = ['id', 'title', 'intro', 'draw', 'passMark', 'attempts', 'bank', 'questions'];

export interface ReadAssessment {
  assessment: Assessment;
  questions: ReadQuestion[];
}

export function readAssessment(yaml: YamlSource, defaultPassMark: number, env: MarkdownEnv): ReadAssessment | null {
  const r = MapReader.of(yaml, yaml.root, env.diags, 'assessment.yaml', KEYS);
  if (!r) return null;
  const id = r.string('id', { required: true, hint: 'give the assessment an id, e.g. id: final' }) ?? '';
  if (id) checkIdFormat(id, yaml.file, r.at('id'), 'assessment', env.diags);
  const intro = r.string('intro', { hint: 'write a short Markdown introduction' });

  const questions: ReadQuestion[] = [];
  for (const node of r.list('bank', { hint: 'list bank files relative to course/, e.g. - modules/01-aims.bank.yaml' })) {
    const rel = (node as { value?: unknown }).value;
    const file = typeof rel === 'string' ? path.resolve(env.courseDir, rel) : '';
    if (!file || !existsSync(file)) {
      env.diags.add(
        yaml.file,
        yaml.position(node),
        `bank file ${quote(rel)} does not exist`,
        'check the path and its case, relative to the course folder',
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

  const draw =
    r.number('draw', { required: true, min: 1, max: 1000, integer: true, hint: 'how many questions each attempt draws, e.g. draw: 15' }) ??
    0;
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
      intro: intro ? renderBlock({ file: yaml.file, text: intro, start: r.at('intro'), exact: false }, env) : '',
      draw,
      passMark:
        r.number('passMark', { min: 0, max: 100, integer: true, hint: 'a whole-number percentage from 0 to 100, e.g. passMark: 80' }) ??
        defaultPassMark,
      attempts: r.number('attempts', { min: 0, max: 100, integer: true, hint: 'attempts allowed; 0 means unlimited' }) ?? 0,
      bank: questions.map((q) => q.question),
    },
    questions,
  };
}
