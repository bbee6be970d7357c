// The learner's actions as pure changes to Progress: answer order, re-checking, attempts and the completion stamp.
import { describe, expect, test } from 'vitest';
import { emptyProgress } from '../../src/model/progress.ts';
import { formatLocalDate } from '../../src/runtime/time-format.ts';
import * as act from '../../src/ui/progress-actions.ts';
import { MULTIPLE, SINGLE } from './fixture-course.ts';

describe('choose', () => {
  test('a single-choice question keeps only the latest option', () => {
    const first = act.choose(SINGLE, undefined, 'council', true);
    expect(act.choose(SINGLE, first, 'any', true).selected).toEqual(['any']);
  });

  test('a multiple-choice question keeps options in their defined order and drops an unticked one', () => {
    let a = act.choose(MULTIPLE, undefined, 'address', true);
    a = act.choose(MULTIPLE, a, 'health', true);
    expect(a.selected).toEqual(['health', 'address']);
    expect(act.choose(MULTIPLE, a, 'address', false).selected).toEqual(['health']);
  });

  test('changing a checked answer makes it unchecked again', () => {
    expect(act.choose(SINGLE, { selected: ['any'], checked: true }, 'council', true).checked).toBe(false);
  });
});

describe('visit', () => {
  test('marks a page seen once and records the location', () => {
    const once = act.visit(emptyProgress(), 'p1', true);
    const twice = act.visit(once, 'p1', true);
    expect(twice.seen).toEqual(['p1']);
    expect(twice).toBe(once);
    expect(act.visit(once, 'assessment', false)).toMatchObject({ location: 'assessment', seen: ['p1'] });
  });
});

describe('checkAnswer', () => {
  test('does nothing without a selected option', () => {
    const p = emptyProgress();
    expect(act.checkAnswer(p, SINGLE.id)).toBe(p);
  });
});

describe('assessment attempts', () => {
  test('numbers attempts from 1 and keeps the best score across attempts', () => {
    let p = act.startAttempt(emptyProgress(), ['a', 'b']);
    p = act.submitAttempt(p, { score: 90, passed: true });
    p = act.startAttempt(p, ['c', 'd']);
    p = act.submitAttempt(p, { score: 40, passed: false });
    expect(p.assessment).toMatchObject({ number: 2, drawn: ['c', 'd'], score: 40 });
    expect(p.bestScore).toBe(90);
    expect(p.passedScore).toBe(90);
  });

  test('an attempt that fails the gate raises the best score but not the passed score', () => {
    let p = act.submitAttempt(act.startAttempt(emptyProgress(), ['a']), { score: 85, passed: true });
    p = act.submitAttempt(act.startAttempt(p, ['b']), { score: 95, passed: false });
    expect([p.bestScore, p.passedScore]).toEqual([95, 85]);
    p = act.submitAttempt(act.startAttempt(p, ['c']), { score: 90, passed: true });
    expect([p.bestScore, p.passedScore]).toEqual([95, 90]);
  });

  test('a learner who never passed the gate has no passed score, whatever the best score', () => {
    const p = act.submitAttempt(act.startAttempt(emptyProgress(), ['a']), { score: 100, passed: false });
    expect([p.bestScore, p.passedScore]).toEqual([100, null]);
  });

  test('submitting marks every drawn question checked, answered or not', () => {
    let p = act.startAttempt(emptyProgress(), ['a', 'b']);
    p = act.setAssessmentAnswer(p, 'a', { selected: ['x'], checked: false });
    p = act.submitAttempt(p, { score: 50, passed: false });
    expect(p.assessment?.answers).toEqual({ a: { selected: ['x'], checked: true }, b: { selected: [], checked: true } });
  });

  test('a submitted attempt no longer takes answers', () => {
    const p = act.submitAttempt(act.startAttempt(emptyProgress(), ['a']), { score: 0, passed: false });
    expect(act.setAssessmentAnswer(p, 'a', { selected: ['x'], checked: false })).toBe(p);
  });
});

describe('stampCompletion', () => {
  test('records the date the first time only', () => {
    const once = act.stampCompletion(emptyProgress(), true, '2025-03-04');
    expect(act.stampCompletion(once, true, '2025-03-05').completedOn).toBe('2025-03-04');
    expect(act.stampCompletion(emptyProgress(), false, '2025-03-04').completedOn).toBeNull();
  });

  test('formatLocalDate writes the local calendar date', () => {
    expect(formatLocalDate(new Date(2025, 0, 9, 23, 30).getTime())).toBe('2025-01-09');
  });
});

describe('knowledge-check tries', () => {
  test('each Check counts a try, up to 2; a changed answer keeps its tries', () => {
    let p = act.setCheckAnswer(emptyProgress(), SINGLE.id, act.choose(SINGLE, undefined, 'council', true));
    p = act.checkAnswer(p, SINGLE.id);
    expect(p.checks[SINGLE.id]).toEqual({ selected: ['council'], checked: true, tries: 1 });
    p = act.setCheckAnswer(p, SINGLE.id, act.choose(SINGLE, p.checks[SINGLE.id], 'any', true));
    expect(p.checks[SINGLE.id]).toEqual({ selected: ['any'], checked: false, tries: 1 });
    p = act.checkAnswer(act.checkAnswer(p, SINGLE.id), SINGLE.id);
    expect(p.checks[SINGLE.id]?.tries).toBe(2);
  });
});

describe('paging and re-reading', () => {
  const started = act.startAttempt({ ...emptyProgress(), reread: ['p1'] }, ['q1', 'q2', 'q3']);

  test('a new attempt starts at its first question and spends the pages re-read before it', () => {
    expect(started.assessment?.current).toBeUndefined();
    expect(started.reread).toEqual([]);
  });

  test('showQuestion moves within 0..questions (3 = Check your answers), and not once submitted', () => {
    expect(act.showQuestion(started, 2).assessment?.current).toBe(2);
    expect(act.showQuestion(started, 9).assessment?.current).toBe(3);
    expect(act.showQuestion(started, -1)).toBe(started);
    const submitted = act.submitAttempt(started, { score: 0, passed: false });
    expect(act.showQuestion(submitted, 1)).toBe(submitted);
  });

  test('a page opened after a submit counts as re-read; before it, or during an attempt, it does not', () => {
    expect(act.visit(emptyProgress(), 'p1', true).reread).toEqual([]);
    expect(act.visit(started, 'p1', true).reread).toEqual([]);
    const submitted = act.submitAttempt(started, { score: 0, passed: false });
    const read = act.visit(submitted, 'p1', true);
    expect(read.reread).toEqual(['p1']);
    expect(act.visit(read, 'check:aims', false).reread).toEqual(['p1']);
    expect(act.visit(act.visit(read, 'p2', true), 'p1', true).reread).toEqual(['p1', 'p2']);
  });
});
