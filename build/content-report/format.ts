// Formats the content report as a plain-text table for the terminal (`npm run content-report`).
import type { ContentReport } from './content-report.ts';

/** Lays out rows as columns: numeric columns right-aligned, text columns left-aligned. */
function table(header: string[], rows: string[][]): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const numeric = header.map((_, i) => rows.every((r) => /^\d*$/.test(r[i] ?? '')));
  const line = (r: string[]) =>
    r
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [
    line(header),
    widths
      .map((w) => '-'.repeat(w))
      .join('  ')
      .trimEnd(),
    ...rows.map(line),
  ];
}

/** "¶3, ¶16–18" for a sorted list of paragraphs, or "none". */
function paragraphList(ns: number[]): string {
  if (ns.length === 0) return 'none';
  const runs: string[] = [];
  for (let i = 0; i < ns.length;) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === (ns[j] ?? 0) + 1) j++;
    runs.push(i === j ? `¶${ns[i]}` : `¶${ns[i]}–${ns[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function formatContentReport(report: ContentReport): string {
  const { course, modules, totals, bank, coverage } = report;
  const out: string[] = [`Content report: ${course.title} ${course.version}`, ''];
  out.push(
    ...table(
      ['Module', 'Pages', 'Words', 'Minutes', 'Questions'],
      [
        ...modules.map((m) => [`${m.title} (${m.id})`, String(m.pages), String(m.words), String(m.minutes), String(m.questions)]),
        ['Total', String(totals.pages), String(totals.words), String(totals.minutes), String(totals.questions)],
      ],
    ),
  );

  const checked = new Set(modules.filter((m) => m.questions > 0).map((m) => m.id));
  out.push(`${modules.length} modules, ${checked.size} of them with a knowledge check`);
  if (report.paths.length > 0) {
    out.push('', 'Paths (minutes: words at 200 a minute, a minute per knowledge-check and assessment question)');
    for (const p of report.paths)
      out.push(`  ${p.id.padEnd(12)} ${String(p.minutes).padStart(4)} minutes, ${p.modules} modules: ${p.title}`);
  }

  out.push('', 'Final assessment bank');
  out.push(`  Questions:            ${bank.total} (${bank.draw} drawn per attempt, pass mark ${bank.passMark}%)`);
  out.push(`  Scenario questions:   ${bank.scenarios} (${percent(bank.scenarioShare)})`);
  out.push(`  Paragraphs covered:   ${bank.paragraphs.length}/${coverage.of}: ${paragraphList(bank.paragraphs)}`);
  out.push(`  By any question:      ${report.questionParagraphs.length}/${coverage.of} (knowledge checks and bank)`);
  const side = (s: { cued: number; of: number }) => `${s.cued}/${s.of} (${percent(s.of === 0 ? 0 : s.cued / s.of)})`;
  const { role, absolute } = bank.cues;
  out.push(`  Role or "record":     right options ${side(role.right)}, wrong options ${side(role.wrong)}`);
  out.push(`  Absolutes:            right options ${side(absolute.right)}, wrong options ${side(absolute.wrong)}`);
  out.push(`  Critical decisions:   ${bank.critical.length} (each attempt asks one variant of each; passing needs all right)`);
  for (const b of bank.critical) out.push(`    ${b.id}: ${b.variants.length} variant(s): ${b.variants.join(', ')}`);
  out.push('');
  out.push(
    ...table(
      ['Objective', 'Module', 'Bank questions', 'Note'],
      bank.perObjective.map((o) => [o.id, o.module, String(o.questions), o.questions < 2 && checked.has(o.module) ? 'fewer than 2' : '']),
    ).map((l) => `  ${l}`),
  );

  out.push('', `Coverage map: ${coverage.mapped.length}/${coverage.of} protocol paragraphs mapped to pages`);
  if (coverage.unmapped.length > 0) out.push(`  Not mapped: ${paragraphList(coverage.unmapped)}`);
  if (coverage.unknownPages.length > 0) out.push(`  Pages named in coverage.yaml that do not exist: ${coverage.unknownPages.join(', ')}`);
  return `${out.join('\n')}\n`;
}
