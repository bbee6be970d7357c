// Navigation rules: the order of stops, the words for where the learner is, and locked versus free navigation.
import { describe, expect, test } from 'vitest';
import { emptyProgress, type Progress } from '../../src/model/progress.ts';
import { currentIndex, screenName, firstStopOfModule, isStopOpen, positionLabel, resumeStopOfModule, stops } from '../../src/ui/route.ts';
import { fixtureCourse } from './fixture-course.ts';

const course = fixtureCourse();
const locked = fixtureCourse({ navigation: 'locked' });
const indexOf = (location: string) => stops(course).findIndex((s) => s.location === location);

describe('stops', () => {
  test('lists the opening screen, pages then the check per module, then the assessment and the completion screen', () => {
    expect(stops(course).map((s) => s.location)).toEqual([
      'intro:aims',
      'aims-what-it-is',
      'aims-who',
      'check:aims',
      'intro:sharing',
      'sharing-how',
      'check:sharing',
      'assessment',
      'complete',
    ]);
  });

  test('leaves out the assessment when nothing is drawn', () => {
    const noTest = fixtureCourse({ assessment: { ...course.assessment, draw: 0 } });
    expect(stops(noTest).map((s) => s.kind)).not.toContain('assessment');
  });
});

describe('positionLabel', () => {
  test.for([
    ['aims-who', 'Module 1 of 2: Aims of the protocol, page 2 of 2'],
    ['sharing-how', 'Module 2 of 2: Sharing safely, page 1 of 1'],
    ['check:aims', 'Module 1 of 2: Aims of the protocol'],
    ['intro:sharing', 'Module 2 of 2'],
    ['assessment', ''],
  ] as const)('%s reads "%s"', ([location, label]) => {
    expect(positionLabel(course, stops(course)[indexOf(location)]!)).toBe(label);
  });

  test('a named module (an introduction) is captioned with its title, never a number, and the others count from 1', () => {
    const intro = {
      ...course.modules[0]!,
      id: 'intro',
      title: 'Introduction',
      numbered: false,
      pages: [{ id: 'welcome', title: 'Welcome', html: '' }],
    };
    const withIntro = fixtureCourse({ modules: [intro, ...course.modules] });
    const at = (location: string) =>
      positionLabel(
        withIntro,
        stops(withIntro).find((s) => s.location === location)!,
      );
    expect([at('intro:intro'), at('welcome'), at('aims-who'), at('intro:sharing')]).toEqual([
      '',
      'Introduction, page 1 of 1',
      'Module 1 of 2: Aims of the protocol, page 2 of 2',
      'Module 2 of 2',
    ]);
  });
});

describe('screenName', () => {
  test.for([
    ['aims-who', 'Who can sign up', 'Who can sign up – Module 1: Aims of the protocol'],
    ['check:aims', 'Knowledge check', 'Knowledge check – Module 1: Aims of the protocol'],
    ['intro:sharing', 'Sharing safely', 'Module 2: Sharing safely'],
    ['assessment', 'Check your answers', 'Check your answers'],
  ] as const)('%s with the h1 "%s" is named "%s"', ([location, heading, title]) => {
    expect(screenName(course, stops(course)[indexOf(location)]!, heading)).toBe(title);
  });
});

describe('isStopOpen', () => {
  const p = (over: Partial<Progress>): Progress => ({ ...emptyProgress(), ...over });

  test('free navigation opens every stop but the completion screen', () => {
    const open = stops(course).map((_, i) => isStopOpen(course, emptyProgress(), 60, i));
    expect(open).toEqual([true, true, true, true, true, true, true, true, false]);
  });

  test('locked navigation opens stops up to the first one not done', () => {
    const seenFirst = p({ seen: ['aims-what-it-is'] });
    const open = stops(locked).map((_, i) => isStopOpen(locked, seenFirst, 60, i));
    expect(open).toEqual([true, true, true, false, false, false, false, false, false]);
  });

  test('an opening screen never holds locked navigation back: data saved before there were any still resumes', () => {
    const oldSave = p({ seen: ['aims-what-it-is', 'aims-who'], location: 'aims-who' });
    expect(isStopOpen(locked, oldSave, 60, indexOf('aims-who'))).toBe(true);
    expect(currentIndex(locked, oldSave, 60)).toBe(indexOf('aims-who'));
  });

  test('locked navigation keeps the next module shut until every check answer is checked', () => {
    const seen = ['aims-what-it-is', 'aims-who'];
    const half = p({ seen, checks: { 'q-single': { selected: ['any'], checked: true } } });
    const all = p({ seen, checks: { ...half.checks, 'q-tf': { selected: ['true'], checked: true } } });
    expect(isStopOpen(locked, half, 60, indexOf('sharing-how'))).toBe(false);
    expect(isStopOpen(locked, all, 60, indexOf('sharing-how'))).toBe(true);
  });

  test('the completion screen opens once a completion date is recorded', () => {
    expect(isStopOpen(course, p({ completedOn: '2025-01-02' }), 60, indexOf('complete'))).toBe(true);
  });
});

describe('currentIndex', () => {
  test('falls back to the first stop for a location that no longer exists', () => {
    expect(currentIndex(course, { ...emptyProgress(), location: 'removed-page' }, 60)).toBe(0);
  });

  test('falls back to the first stop for a locked location', () => {
    expect(currentIndex(locked, { ...emptyProgress(), location: 'sharing-how' }, 60)).toBe(0);
  });

  test('returns a saved opening screen as it returns a page', () => {
    expect(currentIndex(course, { ...emptyProgress(), location: 'intro:sharing' }, 60)).toBe(indexOf('intro:sharing'));
  });

  test('returns the saved location when it is open', () => {
    expect(currentIndex(course, { ...emptyProgress(), location: 'check:sharing' }, 60)).toBe(indexOf('check:sharing'));
  });
});

describe('module entry', () => {
  const p = (over: Partial<Progress>): Progress => ({ ...emptyProgress(), ...over });

  test('a module is entered at its opening screen', () => {
    expect(firstStopOfModule(course, 'sharing')).toBe(indexOf('intro:sharing'));
  });

  test.for<[string, Partial<Progress>, string]>([
    ['nothing done: its first page', {}, 'aims-what-it-is'],
    ['first page seen: the next page', { seen: ['aims-what-it-is'] }, 'aims-who'],
    ['pages seen, check not done: the check', { seen: ['aims-what-it-is', 'aims-who'] }, 'check:aims'],
    [
      'everything done: its first page again',
      {
        seen: ['aims-what-it-is', 'aims-who'],
        checks: { 'q-single': { selected: ['any'], checked: true }, 'q-tf': { selected: ['false'], checked: true } },
      },
      'aims-what-it-is',
    ],
  ])('Continue leads to the first thing still to do (%s)', ([, over, location]) => {
    expect(resumeStopOfModule(course, p(over), 60, 'aims')).toBe(indexOf(location));
  });
});
