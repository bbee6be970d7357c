// Bad YAML indentation in plain words, at the line of the mistake (not the parser's jargon on the line before).
import { expect, test } from 'vitest';
import { Diagnostics } from '../../build/content/diagnostics.ts';
import { parseYaml } from '../../build/content/yaml-reader.ts';

function report(text: string): string[] {
  const diags = new Diagnostics();
  parseYaml('/c/course.yaml', text, { diags, yamlMode: 'precise' });
  return diags.list.map((d) => `${d.line}:${d.column}: ${d.message} | ${d.hint}`);
}

test.for([
  [
    'a line indented one space too far under a key that has a value',
    'organisation:\n  name: X\n   colour: "#1d4f91"\n',
    [
      '3:4: this line is indented further than line 2 ("name: X"), which already has a value | line it up with line 2 (2 spaces) if it belongs beside it, or move line 2\'s value onto a line of its own',
    ],
  ],
  [
    'a mapping item indented one space too few',
    'contacts:\n  dpo: a\n igTeam: b\n',
    [
      '3:2: this line is indented 1 space, which matches no line above it | indent it 2 spaces to line it up with line 2 ("dpo: a"); items of one list or mapping start in the same column',
    ],
  ],
  [
    'a question field out of line with the others',
    'questions:\n  - id: q1\n    kind: single\n   prompt: What?\n',
    [
      '4:4: this line is indented 3 spaces, which matches no line above it | indent it 4 spaces to line it up with line 3 ("kind: single"); items of one list or mapping start in the same column',
    ],
  ],
  [
    'an unquoted value containing ": "',
    'id: x\ntitle: A: B\n',
    ['2:8: the value of "title" contains ": ", which YAML reads as another key | put the value in quotes: title: "A: B"'],
  ],
] as const)('%s', ([, text, expected]) => {
  const found = report(text);
  expect(found).toEqual(expected);
  expect(found.join('\n')).not.toMatch(/compact mappings|Implicit keys|All mapping items/);
});
