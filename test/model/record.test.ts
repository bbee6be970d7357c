// Tests the pure functions behind the record of completion: the learner's name as "First Last", SHA-256 and the
// verification code an IG officer recomputes from LMS data.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { firstLast } from '../../src/model/learner-name.ts';
import { sha256Hex } from '../../src/model/sha256.ts';
import { verificationCode, verificationText } from '../../src/model/verification.ts';

describe('firstLast', () => {
  test.for([
    ['Rner, Lea', 'Lea Rner'], // what Moodle sends as SCORM 1.2 cmi.core.student_name
    ['Doe, Jane', 'Jane Doe'],
    ["O'Neill, Aoife", "Aoife O'Neill"],
    ['van der Berg, Anna Maria', 'Anna Maria van der Berg'],
    ['Müller, Jürgen', 'Jürgen Müller'],
    ['  Doe ,   Jane  ', 'Jane Doe'],
    ['Doe,Jane', 'Jane Doe'],
    ['Jane Doe', 'Jane Doe'], // 2004 cmi.learner_name may already be "First Last"
    ['  Jane   Doe ', 'Jane Doe'],
    ['Doe,', 'Doe'],
    [', Jane', 'Jane'],
    ['', ''],
    ['Doe, Jane, Dr', 'Doe, Jane, Dr'], // ambiguous: left as sent
  ] as const)('%j -> %j', ([sent, shown]) => {
    expect(firstLast(sent)).toBe(shown);
  });
});

describe('sha256Hex', () => {
  test.for([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ] as const)('the FIPS 180-4 example %j', ([text, hex]) => {
    expect(sha256Hex(text)).toBe(hex);
  });
  test('agrees with node:crypto for any text, across block boundaries and non-ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('verificationCode', () => {
  const facts = { learnerId: 'lrner', courseId: 'maisp', version: '1.0.0', completedOn: '2025-06-14' };
  test('hashes learner id, course id, version and date joined by "|"', () => {
    expect(verificationText(facts)).toBe('lrner|maisp|1.0.0|2025-06-14');
  });
  test('is the first 12 hex digits of that text’s SHA-256, upper case, in groups of four (as sha256sum gives it)', () => {
    // printf '%s' 'lrner|maisp|1.0.0|2025-06-14' | sha256sum  ->  01d075c7d5c1...
    expect(verificationCode(facts)).toBe('01D0-75C7-D5C1');
  });
  test.for([['learnerId'], ['courseId'], ['version'], ['completedOn']] as const)('changes when %s changes', ([field]) => {
    expect(verificationCode({ ...facts, [field]: `${facts[field]}x` })).not.toBe(verificationCode(facts));
  });
});
