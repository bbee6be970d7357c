// Tests the lifecycle state machine as tables: every state x event, every state x call, and random event sequences.

import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { canCall, transition, type LifecycleEvent, type LifecycleState, type LmsCall } from '../../src/runtime/session-machine.ts';

const states: LifecycleState[] = ['notStarted', 'initialised', 'terminated', 'failed'];
const events: Array<LifecycleEvent['type']> = ['INITIALIZED', 'INITIALIZE_FAILED', 'TERMINATE'];
const calls: LmsCall[] = ['initialize', 'get', 'set', 'commit', 'terminate'];

describe('transition table', () => {
  const table: Array<[LifecycleState, LifecycleEvent['type'], LifecycleState]> = [
    ['notStarted', 'INITIALIZED', 'initialised'],
    ['notStarted', 'INITIALIZE_FAILED', 'failed'],
    ['notStarted', 'TERMINATE', 'notStarted'],
    ['initialised', 'INITIALIZED', 'initialised'],
    ['initialised', 'INITIALIZE_FAILED', 'initialised'],
    ['initialised', 'TERMINATE', 'terminated'],
    ['terminated', 'INITIALIZED', 'terminated'],
    ['terminated', 'INITIALIZE_FAILED', 'terminated'],
    ['terminated', 'TERMINATE', 'terminated'],
    ['failed', 'INITIALIZED', 'failed'],
    ['failed', 'INITIALIZE_FAILED', 'failed'],
    ['failed', 'TERMINATE', 'failed'],
  ];
  test('covers every state and event', () => expect(table.length).toBe(states.length * events.length));
  test.for(table)('%s + %s -> %s', ([from, event, to]) => expect(transition(from, event)).toBe(to));
});

describe('allowed calls table', () => {
  const allowed: Record<LifecycleState, LmsCall[]> = {
    notStarted: ['initialize'],
    initialised: ['get', 'set', 'commit', 'terminate'],
    terminated: [],
    failed: [],
  };
  test.for(states.flatMap((s) => calls.map((c) => [s, c, allowed[s].includes(c)] as const)))('%s: %s allowed = %s', ([s, c, ok]) =>
    expect(canCall(s, c)).toBe(ok),
  );
});

describe('random event sequences', () => {
  test('initialize is allowed at most once and nothing is allowed after terminate', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...events), { maxLength: 30 }), (seq) => {
        let s: LifecycleState = 'notStarted';
        let inits = 0;
        let terminated = false;
        for (const e of seq) {
          if (e !== 'TERMINATE' && canCall(s, 'initialize')) inits++;
          if (e === 'TERMINATE' && canCall(s, 'terminate')) terminated = true;
          s = transition(s, e);
          if (terminated) for (const c of calls) expect(canCall(s, c)).toBe(false);
        }
        expect(inits).toBeLessThanOrEqual(1);
      }),
    );
  });
});
