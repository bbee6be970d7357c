// Tests commit coalescing and retry back-off with a manual clock and timer list.

import { describe, expect, test } from 'vitest';
import { CommitQueue, type SaveStatus } from '../../src/runtime/commit-queue.ts';

function harness(results: boolean[]) {
  let t = 0;
  const timers: Array<{ at: number; fn: () => void; id: number }> = [];
  let id = 0;
  const flushes: number[] = [];
  const statuses: SaveStatus[] = [];
  const q = new CommitQueue({
    flush: () => {
      flushes.push(t);
      return results.length > 0 ? (results.shift() as boolean) : true;
    },
    now: () => t,
    setTimer: (fn, ms) => {
      timers.push({ at: t + ms, fn, id: ++id });
      return id;
    },
    clearTimer: (h) => timers.splice(timers.findIndex((x) => x.id === h) >>> 0, 1),
    onStatus: (s) => statuses.push(s),
  });
  const advance = (ms: number) => {
    const end = t + ms;
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const next = timers[0];
      if (!next || next.at > end) break;
      timers.shift();
      t = next.at;
      next.fn();
    }
    t = end;
  };
  return { q, flushes, statuses, advance };
}

describe('CommitQueue', () => {
  test('a change long after the last commit is committed at once, before request() returns', () => {
    const h = harness([]);
    h.q.request();
    expect(h.flushes).toEqual([0]);
    h.advance(5000);
    h.q.request();
    expect(h.flushes).toEqual([0, 5000]);
    expect(h.statuses).toEqual(['saving', 'saved', 'saving', 'saved']);
  });
  test('a burst of ten changes 20 ms apart gives one commit at once and one for the rest of the burst', () => {
    const h = harness([]);
    for (let i = 0; i < 10; i++) {
      h.q.request();
      h.advance(20);
    }
    h.advance(2000);
    expect(h.flushes).toEqual([0, 250]);
  });
  test('changes 100 ms apart are committed at most once per 250 ms', () => {
    const h = harness([]);
    for (let i = 0; i < 10; i++) {
      h.q.request();
      h.advance(100);
    }
    h.advance(2000);
    expect(h.flushes).toEqual([0, 250, 500, 750, 1000]);
  });
  test('a failed commit is retried after 1 s, 2 s, 5 s, then every 5 s (reported failed) until it lands, with no new change', () => {
    const h = harness([false, false, false, false, false, false, true]);
    h.q.request();
    h.advance(60_000);
    expect(h.flushes).toEqual([0, 1000, 3000, 8000, 13000, 18000, 23000]);
    expect(h.statuses).toEqual(['saving', 'retrying', 'failed', 'saved']);
    h.q.request();
    expect(h.flushes).toHaveLength(8);
  });
  test('a change during an outage waits for the next retry instead of adding commits', () => {
    const h = harness([false, false, true]);
    h.q.request();
    h.advance(500);
    h.q.request();
    h.q.request();
    h.advance(10_000);
    expect(h.flushes).toEqual([0, 1000, 3000]);
  });
  test('flushNow commits immediately only when something is unsaved, and nothing runs after close', () => {
    const h = harness([]);
    expect(h.q.flushNow()).toBe(true);
    expect(h.flushes).toEqual([]);
    h.q.request();
    h.q.request();
    expect(h.flushes).toEqual([0]);
    h.q.flushNow();
    expect(h.flushes).toEqual([0, 0]);
    h.advance(1000);
    h.q.request();
    h.q.request();
    h.q.close();
    h.advance(5000);
    expect(h.flushes).toEqual([0, 0, 1000]);
  });
});
