// Replaces learner names, emails and ids with stable pseudonyms: HMAC-SHA-256 of agency and learner key under a secret key.

import { createHmac, randomBytes } from 'node:crypto';
import type { Pseudonymiser } from './0-shared/types.ts';

/**
 * A keyed hash, not a plain hash: without the key nobody can recompute a pseudonym from a known
 * email address. Give the same key (`--pseudonym-key-file`) to get the same pseudonyms in next
 * quarter's report; without one a random key is made and forgotten, so pseudonyms match only within a run.
 */
export function makePseudonymiser(key?: string): Pseudonymiser {
  const secret = key !== undefined && key.trim() !== '' ? key.trim() : randomBytes(32).toString('hex');
  const cache = new Map<string, string>();
  return {
    keySource: key !== undefined && key.trim() !== '' ? 'user' : 'per-run',
    pseudonym(agency, learnerKey) {
      const id = `${agency}\u0000${learnerKey.toLowerCase()}`;
      let p = cache.get(id);
      if (p === undefined) {
        p = `L-${createHmac('sha256', secret).update(id).digest('hex').slice(0, 12)}`;
        cache.set(id, p);
      }
      return p;
    },
  };
}
