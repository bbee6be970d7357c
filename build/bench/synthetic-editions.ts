// Writes a set of complete synthetic editions (agency-01 ... agency-NN) for `npm run bench`'s many-editions build.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Distinct dark colours (all above 4.5:1 on white) so every edition's course module differs. */
const COLOURS = ['#1d4f91', '#00594c', '#6f1d91', '#8a1538', '#3d3d3d', '#0b5394'];

/** Writes `count` edition files into `editionsDir`; returns their ids. */
export function writeSyntheticEditions(editionsDir: string, count: number): string[] {
  mkdirSync(editionsDir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    const id = `agency-${n}`;
    const domain = `agency-${n}.example`;
    const lines = [
      'organisation:',
      `  name: Synthetic Agency ${n}`,
      `  colour: "${COLOURS[i % COLOURS.length] ?? '#1d4f91'}"`,
      'contacts:',
      `  dpo: "Data Protection Officer: dpo@${domain}"`,
      `  igTeam: "Information governance team: ig@${domain}"`,
      `  actionGroup: "MAISP action group representative: maisp@${domain}"`,
      `  safeguardingLead: "Designated safeguarding lead: safeguarding@${domain}"`,
    ];
    writeFileSync(path.join(editionsDir, `${id}.yaml`), `${lines.join('\n')}\n`);
    return id;
  });
}
