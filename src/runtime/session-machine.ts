// The LMS session lifecycle as a pure state machine: Initialize once, Terminate once, nothing after (RTE 3.1.3 / 2004 RTE 3.1.4).

import { createMachine } from '@xstate/fsm';

export type LifecycleState = 'notStarted' | 'initialised' | 'terminated' | 'failed';
export type LifecycleEvent = { type: 'INITIALIZED' } | { type: 'INITIALIZE_FAILED' } | { type: 'TERMINATE' };
/** What the session may ask of the LMS API; each is allowed in exactly one state. */
export type LmsCall = 'initialize' | 'get' | 'set' | 'commit' | 'terminate';

/**
 * Terminate is a transition whatever the API answers: after LMSFinish/Terminate has been called once, a second
 * call (or any other call) is a sequencing error in the ADL test suite, so `terminated` and `failed` are final.
 */
export const lifecycleMachine = createMachine<object, LifecycleEvent, { value: LifecycleState; context: object }>({
  id: 'lms-session',
  initial: 'notStarted',
  states: {
    notStarted: { on: { INITIALIZED: 'initialised', INITIALIZE_FAILED: 'failed' } },
    initialised: { on: { TERMINATE: 'terminated' } },
    terminated: {},
    failed: {},
  },
});

export function transition(state: LifecycleState, event: LifecycleEvent['type']): LifecycleState {
  return lifecycleMachine.transition(state, { type: event } as LifecycleEvent).value;
}

/** Whether a call may be made in a state. Used as a guard in front of every API call. */
export function canCall(state: LifecycleState, call: LmsCall): boolean {
  return call === 'initialize' ? state === 'notStarted' : state === 'initialised';
}
