// The loader reads YAML with js-yaml first and with the positional `yaml` parser when it must report an error:
// both must read every course file to the same values, or a course could build differently from how it is checked.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDocument, isNode } from 'yaml';
import { expect, test } from 'vitest';
import { Diagnostics } from '../../build/content/diagnostics.ts';
import { parseYaml, type YamlMode } from '../../build/content/yaml-reader.ts';

const root = path.resolve(import.meta.dirname, '../..');
const files = [
  ...readdirSync(path.join(root, 'course'), { recursive: true, encoding: 'utf8' }).map((f) => path.join(root, 'course', f)),
  ...readdirSync(path.join(root, 'test/fixtures/good'), { recursive: true, encoding: 'utf8' }).map((f) =>
    path.join(root, 'test/fixtures/good', f),
  ),
].filter((f) => f.endsWith('.yaml'));

function valueOf(text: string, yamlMode: YamlMode): unknown {
  const diags = new Diagnostics();
  const src = parseYaml('x.yaml', text, { diags, yamlMode });
  expect(diags.list).toEqual([]);
  const node = src?.root;
  return isNode(node) || isDocument(node) ? node.toJSON() : node;
}

test('there are course YAML files to compare', () => {
  expect(files.length).toBeGreaterThan(15);
});

test.for(files.map((f) => path.relative(root, f)))('%s reads to the same values with the fast and the positional parser', (file) => {
  const text = readFileSync(path.join(root, file), 'utf8');
  expect(valueOf(text, 'fast')).toEqual(valueOf(text, 'precise'));
});

test.for([
  ['YAML 1.2 keeps yes/no and dates as text', 'a: yes\nb: 2024-01-31\nc: "#1d4f91"\nd: 0o14\ne: ~\n'],
  ['numbers, booleans and flow collections', 'n: 80\nf: 0.5\nt: true\nl: [a, b]\nm: { id: x, correct: true }\n'],
  ['block scalars', 'folded: >-\n  one\n  two\nliteral: |\n  line 1\n  line 2\n'],
])('%s read the same in both modes', ([, text]) => {
  expect(valueOf(text ?? '', 'fast')).toEqual(valueOf(text ?? '', 'precise'));
});
