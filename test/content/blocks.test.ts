// Content blocks, tables and figures: what an author writes in Markdown and the HTML the player gets for it.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { Diagnostics } from '../../build/content/diagnostics.ts';
import { renderBlock, type MarkdownEnv } from '../../build/content/markdown.ts';

const freshEnv = (): MarkdownEnv => ({
  courseDir: '/course',
  diags: new Diagnostics('/'),
  yamlMode: 'fast',
  placeholders: {},
  assets: new Set(),
  pageLinks: [],
  moduleRefs: [],
});

function render(text: string): { html: string; problems: string[] } {
  const env = freshEnv();
  const html = renderBlock({ file: '/course/modules/x.md', text, start: { line: 1, column: 1 }, exact: true }, env);
  return { html: html.replace(/\n/g, ''), problems: env.diags.list.map((d) => `${d.line}:${d.column}: ${d.message}`) };
}

describe('callouts and examples carry a visible label, so their meaning does not rest on colour', () => {
  test.for<[string, string]>([
    ['key-point', 'Key point'],
    ['warning', 'Warning'],
    ['in-practice', 'In practice'],
    ['example', 'Example'],
  ])(':::%s renders as a note labelled "%s", with its title after the label', ([name, label]) => {
    expect(render(`:::${name} Share with **care**\nYou may share.\n:::`)).toEqual({
      html: `<div class="block block-${name}" role="note"><p class="block-label">${label}: Share with <strong>care</strong></p><p>You may share.</p></div>`,
      problems: [],
    });
    expect(render(`:::${name}\nYou may share.\n:::`).html).toContain(`<p class="block-label">${label}</p>`);
  });
});

test(':::details becomes a native disclosure whose summary is the text after the name', () => {
  expect(render(':::details What the law says\nArticle 6 lists six bases.\n:::').html).toBe(
    '<details class="block-details"><summary>What the law says</summary><div class="details-text"><p>Article 6 lists six bases.</p></div></details>',
  );
});

test(':::steps keeps its numbered list as a list for screen readers', () => {
  expect(render(':::steps\n1. Check the basis\n2. Share the minimum\n:::').html).toBe(
    '<ol class="block-steps" role="list"><li>Check the basis</li><li>Share the minimum</li></ol>',
  );
});

test(':::print keeps its text and adds a button the player wires to the print dialog, neither printed', () => {
  expect(render(':::print Print the *aid*\nKeep it to hand.\n:::').html).toBe(
    '<div class="block-print no-print"><p>Keep it to hand.</p><p><button type="button" class="button" data-print>Print the aid</button></p></div>',
  );
  expect(render(':::print\nKeep it.\n:::').problems).toEqual(['1:1: block ":::print" needs the button\'s words after its name']);
});

test('links inside a block are checked like any other link', () => {
  const env = freshEnv();
  renderBlock(
    {
      file: '/course/modules/x.md',
      text: 'Intro.\n\n:::key-point\nSee [consent](#consent-page).\n:::',
      start: { line: 1, column: 1 },
      exact: true,
    },
    env,
  );
  expect(env.pageLinks.map((l) => [l.pageId, l.position.line])).toEqual([['consent-page', 4]]);
});

test('every table cell names its column, so the table can stack on a phone', () => {
  expect(render('| Who | Does what |\n| --- | --- |\n| DPO | Advises |').html).toBe(
    '<div class="table"><table><thead><tr><th scope="col">Who</th><th scope="col">Does what</th></tr></thead>' +
      '<tbody><tr><td data-label="Who">DPO</td><td data-label="Does what">Advises</td></tr></tbody></table></div>',
  );
});

test('an image with a title alone in its paragraph is a figure with that caption', () => {
  // The image must exist: the renderer writes a reference only to a file the checks accepted.
  const courseDir = path.resolve(import.meta.dirname, '../fixtures/good');
  const env = { ...freshEnv(), courseDir };
  const file = path.join(courseDir, 'modules/x.md');
  const text = '![Two tiers of documents](../assets/diagram.svg "The two tiers")';
  expect(renderBlock({ file, text, start: { line: 1, column: 1 }, exact: true }, env).replace(/\n/g, '')).toBe(
    '<figure><img src="@@asset:assets/diagram.svg@@" alt="Two tiers of documents"><figcaption>The two tiers</figcaption></figure>',
  );
  expect(env.diags.list).toEqual([]);
});

test.for<[string, string]>([
  [':::\nText.\n:::', '1:1: a ":::" line must name its block'],
  [':::example\n\n:::', '1:1: block ":::example" is empty'],
  [':::steps Do this\n1. One\n:::', '1:1: block ":::steps" takes no title'],
  ['Text.\n\n:::warning\nOne.\n:::key-point\nTwo.\n:::\n:::', '3:1: block ":::warning" has another block inside it'],
])('%j is rejected at its line: %s', ([text, problem]) => {
  expect(render(text).problems).toEqual([problem]);
});
