// Writes a synthetic course of any size into a folder, reusing the real course's page text, for the build benchmark.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface SyntheticShape {
  modules: number;
  pagesPerModule: number;
  checkPerModule: number;
  bankSize: number;
  draw: number;
}

/** The real course's dimensions times `factor` (pages and questions spread evenly over modules). */
export function scaledShape(
  real: { modules: number; pages: number; checks: number; bank: number; draw: number },
  factor: number,
): SyntheticShape {
  const modules = real.modules * factor;
  return {
    modules,
    pagesPerModule: Math.max(1, Math.round(real.pages / real.modules)),
    checkPerModule: Math.max(1, Math.round(real.checks / real.modules)),
    bankSize: real.bank * factor,
    draw: real.draw,
  };
}

/** Paragraphs of real page text (links stripped), so synthetic pages weigh what real ones do. */
function sampleParagraphs(courseDir: string): string[] {
  const dir = path.join(courseDir, 'modules');
  const paragraphs = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split(/\n\s*\n/))
    .filter((p) => !/^(---|#|!\[|\{\{)/.test(p.trim()) && !p.includes('{{') && !p.includes(':\n'))
    .map((p) => p.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim())
    .filter((p) => p.length > 40);
  return paragraphs.length > 0 ? paragraphs : ['Synthetic page text.'];
}

function question(id: string, objective: string, n: number): string {
  return `  - id: ${id}
    kind: ${n % 3 === 0 ? 'scenario' : 'single'}
${n % 3 === 0 ? "    case: A colleague in another agency asks you for a client's address by phone.\n" : ''}    prompt: Which answer is right for question ${n}?
    objectives: [${objective}]
    references: ["¶${(n % 42) + 1}"]
    options:
      - { id: right, text: The right answer, correct: true, feedback: Yes. }
      - { id: wrong, text: A plausible wrong answer, feedback: No. }
      - { id: other, text: Another wrong answer, feedback: No. }
    explanation: The protocol says so in paragraph ${(n % 42) + 1}.
`;
}

/**
 * `targets` defaults to SCORM 2004 only: from 10x up a course's worst-case resume data outgrows SCORM 1.2's
 * 4,096 characters and the build (rightly) refuses it, so the scaling runs all package the same one target.
 */
export function writeSyntheticCourse(dir: string, shape: SyntheticShape, textFrom: string, targets = ['scorm2004']): void {
  const text = sampleParagraphs(textFrom);
  mkdirSync(path.join(dir, 'modules'), { recursive: true });
  const files: string[] = [];
  const bank: string[] = [];
  let paragraph = 0;
  for (let m = 1; m <= shape.modules; m++) {
    const id = `m${m}`;
    const pages = Array.from({ length: shape.pagesPerModule }, (_, p) => {
      const body = [0, 1, 2].map(() => text[paragraph++ % text.length]).join('\n\n');
      return `## Page ${p + 1} of module ${m} {#${id}-p${p + 1}}\n\n${body}\n`;
    });
    const file = `modules/${id}.md`;
    files.push(file);
    writeFileSync(
      path.join(dir, file),
      `---\nid: ${id}\ntitle: Module ${m}\nminutes: 10\nobjectives:\n  - id: ${id}-o1\n    text: Know module ${m}.\n---\n\n${pages.join('\n')}`,
    );
    const checks = Array.from({ length: shape.checkPerModule }, (_, q) => question(`${id}-k${q + 1}`, `${id}-o1`, q + 1));
    writeFileSync(path.join(dir, `modules/${id}.check.yaml`), `questions:\n${checks.join('')}`);
  }
  for (let q = 1; q <= shape.bankSize; q++) bank.push(question(`b${q}`, `m${((q - 1) % shape.modules) + 1}-o1`, q));
  writeFileSync(path.join(dir, 'bank.yaml'), `questions:\n${bank.join('')}`);
  writeFileSync(
    path.join(dir, 'course.yaml'),
    `id: synthetic\ntitle: Synthetic course\nversion: 1.0.0\nlanguage: en-GB\ntargets: [${targets.join(', ')}]\nmodules:\n${files.map((f) => `  - ${f}`).join('\n')}\n`,
  );
  writeFileSync(
    path.join(dir, 'assessment.yaml'),
    `id: final\ntitle: Final assessment\ndraw: ${Math.min(shape.draw, shape.bankSize)}\nbank: [bank.yaml]\n`,
  );
}
