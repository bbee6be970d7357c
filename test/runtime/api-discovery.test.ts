// Tests API discovery over fake window chains: parent chain, opener chain, cross-origin frames, depth bound.

import { describe, expect, test, vi } from 'vitest';
import { findApi } from '../../src/runtime/api-discovery.ts';

const api12 = { LMSInitialize: () => 'true' };
const api2004 = { Initialize: () => 'true' };

type W = Record<string, unknown>;
function chain(depth: number): W[] {
  const wins: W[] = [];
  for (let i = 0; i < depth; i++) wins.push({});
  wins.forEach((w, i) => (w.parent = wins[i + 1] ?? w));
  const top = wins[wins.length - 1];
  wins.forEach((w) => (w.top = top));
  return wins;
}
function crossOrigin(parent: unknown): W {
  return new Proxy({ parent } as W, {
    get(t, k) {
      if (k === 'parent') return t.parent;
      throw new DOMException('Blocked a frame with origin', 'SecurityError');
    },
  });
}

describe('findApi', () => {
  test('finds the 1.2 API three frames up', () => {
    const w = chain(4);
    w[3]!.API = api12;
    expect(findApi(w[0]!)).toEqual({ version: 'scorm12', api: api12 });
  });
  test('prefers 2004 when a frame offers both', () => {
    const w = chain(2);
    w[1]!.API = api12;
    w[1]!.API_1484_11 = api2004;
    expect(findApi(w[0]!)?.version).toBe('scorm2004');
  });
  test('the nearest frame wins', () => {
    const w = chain(3);
    w[1]!.API = api12;
    w[2]!.API_1484_11 = api2004;
    expect(findApi(w[0]!)?.version).toBe('scorm12');
  });
  test('skips a cross-origin frame that throws and keeps climbing', () => {
    const top: W = { API: api12 };
    top.parent = top;
    const self: W = { parent: crossOrigin(top) };
    expect(findApi(self)?.api).toBe(api12);
  });
  test('falls back to the opener and its parents', () => {
    const lms = chain(2);
    lms[1]!.API_1484_11 = api2004;
    const self = chain(2);
    self[1]!.opener = lms[0];
    expect(findApi(self[0]!)?.api).toBe(api2004);
  });
  test('an object without the API functions is not an API', () => {
    const w = chain(2);
    w[1]!.API = { foo: 1 };
    expect(findApi(w[0]!)).toBe(null);
  });
  test('returns null with no API anywhere and stops at the depth bound', () => {
    const w = chain(20);
    expect(findApi(w[0]!)).toBe(null);
    w[19]!.API = api12;
    expect(findApi(w[0]!, 5)).toBe(null);
    expect(findApi(w[0]!, 30)?.api).toBe(api12);
  });
  test('a parent loop without a top does not hang', () => {
    const a: W = {};
    const b: W = { parent: a };
    a.parent = b;
    expect(findApi(a, 50)).toBe(null);
  });
});

describe('findApi in a player built for one SCORM version', () => {
  const both = () => {
    const w = chain(2);
    w[1]!.API = api12;
    w[1]!.API_1484_11 = api2004;
    return w[0]!;
  };
  // BUILD_TARGET is read once when the module loads, as Vite's define fixes it in a package build.
  async function discoveryBuiltFor(target: 'scorm12' | 'scorm2004') {
    vi.resetModules();
    vi.stubGlobal('__SCORM_TARGET__', target);
    try {
      return (await import('../../src/runtime/api-discovery.ts')).findApi;
    } finally {
      vi.unstubAllGlobals();
    }
  }

  test('a SCORM 1.2 package talks to window.API even where the LMS also offers API_1484_11', async () => {
    const find = await discoveryBuiltFor('scorm12');
    expect(find(both())).toEqual({ version: 'scorm12', api: api12 });
  });

  test('a SCORM 2004 package ignores a 1.2 API and finds none where only window.API exists', async () => {
    const find = await discoveryBuiltFor('scorm2004');
    expect(find(both())?.version).toBe('scorm2004');
    const only12 = chain(2);
    only12[1]!.API = api12;
    expect(find(only12[0]!)).toBeNull();
  });
});
