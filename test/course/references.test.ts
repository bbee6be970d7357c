// Reading paragraph numbers and source documents out of references and explanations (used by the report and the checks).
import { describe, expect, it } from 'vitest';
import { citesSource, paragraphsIn, paragraphsOf } from '../../build/content-report/references.ts';
import { plainText, wordCount } from '../../build/content-report/text.ts';

describe('paragraphsIn', () => {
  it('reads a single paragraph with or without a space or prefix', () => {
    expect(paragraphsIn('¶17')).toEqual([17]);
    expect(paragraphsIn('Protocol ¶ 5')).toEqual([5]);
  });

  it('expands ranges written with an en dash or a hyphen', () => {
    expect(paragraphsIn('¶24–26')).toEqual([24, 25, 26]);
    expect(paragraphsIn('Protocol ¶17-19')).toEqual([17, 18, 19]);
  });

  it('ignores numbers outside 1–42 and text with no ¶', () => {
    expect(paragraphsIn('¶43')).toEqual([]);
    expect(paragraphsIn('MAISP overview, 2021')).toEqual([]);
  });

  it('de-duplicates and sorts across references', () => {
    expect(paragraphsOf(['¶12', '¶1', '¶11–13'])).toEqual([1, 11, 12, 13]);
  });
});

describe('citesSource', () => {
  it('accepts a paragraph or a named source document, in any case', () => {
    expect(citesSource('Record it (¶9).')).toBe(true);
    expect(citesSource('Ask your DPO first (MAISP resources page).')).toBe(true);
    expect(citesSource('as the 2010 Factsheet says')).toBe(true);
  });

  it('rejects an explanation that names no source', () => {
    expect(citesSource('Ask your DPO first.')).toBe(false);
  });
});

describe('wordCount', () => {
  it('counts the visible words of HTML, decoding entities and skipping alt text and lone dashes', () => {
    expect(plainText('<p>Tom&#39;s &amp; Ann&apos;s <img alt="a b c"> – file</p>')).toBe("Tom's & Ann's – file");
    expect(wordCount('<p>Tom&#39;s &amp; Ann&apos;s <img alt="a b c"> – file</p>')).toBe(3);
  });
});
