// Fails course text that types a module number or the number of modules: both change when a module is added or
// moved, and the player numbers modules itself (src/model/numbering.ts), so the text writes the placeholders.
import type { StatedMismatch } from './stated-numbers.ts';

const PLACEHOLDER = /\{\{[^}]*\}\}/g;
const WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty';
/** "Module 4", "module 2 explains", "modules 3 and 4". */
const NUMBER = /\bmodules?\s+(\d{1,3})\b/gi;
/** "8 modules", "eight short modules". */
const COUNT = new RegExp(`\\b(\\d{1,3}|${WORDS})\\s+(?:[a-z-]+\\s+)?modules\\b`, 'gi');

/** Every typed module number and module count in `text`, with the placeholder to write instead. */
export function checkModuleNumbers(text: string): StatedMismatch[] {
  const masked = text.replace(PLACEHOLDER, (p) => ' '.repeat(p.length));
  const out: StatedMismatch[] = [];
  for (const m of masked.matchAll(NUMBER))
    out.push({
      offset: m.index,
      message: `the text types module number ${m[1]}, which goes wrong when a module is added or moved`,
      hint: `write the module's number as {{module.<module id>.number}}, e.g. Module {{module.aims.number}} (the id from its front matter)`,
    });
  for (const m of masked.matchAll(COUNT))
    out.push({
      offset: m.index,
      message: `the text types the number of modules (${JSON.stringify(m[0])}), which goes wrong when a module is added or removed`,
      hint: 'write {{modules.count}} modules: the count the player shows on every screen (the introduction is not counted)',
    });
  return out;
}
