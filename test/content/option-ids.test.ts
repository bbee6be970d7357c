// Option ids are written to the LMS in every answer: every id the id rule admits must be reportable everywhere,
// and the build's check names any id whose reported form an LMS would refuse.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { Diagnostics } from '../../build/content/diagnostics.ts';
import { checkOptionReportable, ID_PATTERN } from '../../build/content/ids.ts';
import { REPORTABLE_ID, reportedOptionId } from '../../src/runtime/interactions.ts';

test('every id the id rule admits is reported in the alphabet Moodle accepts, one-to-one', () => {
  const id = fc.stringMatching(ID_PATTERN);
  fc.assert(fc.property(id, (a) => REPORTABLE_ID.test(reportedOptionId(a))));
  fc.assert(fc.property(id, id, (a, b) => a === b || reportedOptionId(a) !== reportedOptionId(b)));
  expect(reportedOptionId('replace-ico')).toBe('replace_ico');
});

test.for(['bad:id', 'two words', 'café'])('option id %j is rejected at its file:line:column with the reported form quoted', (id) => {
  const diags = new Diagnostics();
  expect(checkOptionReportable(id, 'modules/01-one.check.yaml', { line: 9, column: 15 }, diags)).toBe(false);
  const [d] = diags.list;
  expect(d).toMatchObject({ file: 'modules/01-one.check.yaml', line: 9, column: 15 });
  expect(d?.message).toContain(`option id "${id}" would be reported to the LMS as "${reportedOptionId(id)}"`);
});

test('an ordinary option id passes the check', () => {
  const diags = new Diagnostics();
  expect(checkOptionReportable('replace-ico', 'f.yaml', { line: 1, column: 1 }, diags)).toBe(true);
  expect(diags.size).toBe(0);
});
