// Reading a learner response from an LMS export back into option ids, in every form the player writes.
import { expect, test } from 'vitest';
import { decodeResponse, responseIsCorrect } from '../../build/report/3-rows/responses.ts';
import type { Question } from '../../src/model/course.ts';

const option = (id: string, correct = false) => ({ id, html: id, correct, feedback: '' });
const q: Question = {
  kind: 'multiple',
  id: 'q',
  prompt: '',
  text: '',
  explanation: '',
  references: [],
  objectives: [],
  options: [option('it-team', true), option('action-group', true), option('shred')],
};

test.for<[string, string[] | null]>([
  ['it_team[,]action_group', ['it-team', 'action-group']], // SCORM 2004 as the player writes it (Moodle refuses "-")
  ['it-team[,]action-group', ['it-team', 'action-group']], // SCORM 2004 written before ids were reported with "_"
  ['a,b', ['it-team', 'action-group']], // SCORM 1.2 letters by position
  ['shred', ['shred']],
  ['it_team[,]nonsense', null],
  ['', null],
])('%j reads as %j', ([raw, ids]) => {
  expect(decodeResponse(q, raw)).toEqual(ids);
});

test('a response in the reported alphabet is marked right or wrong against the option ids', () => {
  expect(responseIsCorrect(q, 'action_group[,]it_team')).toBe(true);
  expect(responseIsCorrect(q, 'it_team[,]shred')).toBe(false);
});
