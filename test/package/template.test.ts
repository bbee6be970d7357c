// Template filling: escaping of text values, verbatim XML fragments, and template bugs caught loudly.
import { expect, test } from 'vitest';
import { escapeXml, fillTemplate } from '../../build/package/template.ts';

test('escapeXml escapes the five XML special characters', () => {
  expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
});

test('text placeholders are escaped, xml: placeholders inserted verbatim', () => {
  const out = fillTemplate('<t a="{{name}}">{{name}}</t>{{xml:files}}', { text: { name: 'A & "B"' }, xml: { files: '<file href="x"/>' } });
  expect(out).toBe('<t a="A &amp; &quot;B&quot;">A &amp; &quot;B&quot;</t><file href="x"/>');
});

test('a placeholder without a value throws, naming it', () => {
  expect(() => fillTemplate('<t>{{title}}</t>', { text: {}, xml: {} })).toThrow('template placeholder {{title}} has no value');
});

test('a value the template never uses throws, naming it', () => {
  expect(() => fillTemplate('<t/>', { text: { title: 'x' }, xml: { files: '' } })).toThrow('template does not use title, files');
});
