// @vitest-environment happy-dom
// Completing the whole course and the record of completion: name when the LMS knows it, course title and
// version, the date, the score; print; and a relaunch that keeps the completion date.
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { Scorm12API } from 'scorm-again';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Course } from '../../src/model/course.ts';
import { mount, openFromMenu, press } from './harness.tsx';
import { fixtureCourse } from './fixture-course.ts';

beforeEach(() => window.localStorage.clear());
afterEach(() => {
  cleanup();
  delete (window as { API?: unknown }).API;
});

/** Walk every page and check, answering every check question right, then pass the assessment. */
function completeCourse(course: Course) {
  for (let i = 0; i < 30 && !screen.queryByRole('heading', { level: 1, name: course.assessment.title }); i++) {
    if (screen.queryByRole('heading', { name: 'Knowledge check' })) {
      const module = course.modules.find((m) => screen.queryByRole('heading', { level: 1, name: m.title }))!;
      module.check.forEach((q, n) => {
        const region = screen.getByRole('region', { name: `Question ${n + 1} of ${module.check.length}` });
        q.options.filter((o) => o.correct).forEach((o) => fireEvent.click(within(region).getByLabelText(o.html)));
        fireEvent.click(within(region).getByRole('button', { name: 'Check answer' }));
      });
    }
    press(/^Next/);
  }
  press('Start the assessment');
  for (const region of screen.getAllByRole('region', { name: /^Question \d+$/ }))
    fireEvent.click(within(region).getByLabelText(/^Right answer/));
  press('Submit answers');
  press('Continue');
}

function record(): Record<string, string> {
  const section = screen.getByRole('region', { name: 'Record of completion' });
  const terms = [...section.querySelectorAll('dt')];
  return Object.fromEntries(terms.map((dt) => [dt.textContent ?? '', dt.nextElementSibling?.textContent ?? '']));
}

describe('completion', () => {
  test('completing every page, check and the assessment leads to the completion screen with focus on its heading', () => {
    const course = fixtureCourse();
    mount(course);
    completeCourse(course);
    const heading = screen.getByRole('heading', { level: 1, name: 'Course complete' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByLabelText(/Course progress: 100% complete/)).toBeTruthy();
  });

  test('the record holds course title, version, organisation, date and score, and no name in standalone mode', () => {
    const course = fixtureCourse();
    mount(course);
    completeCourse(course);
    expect(record()).toEqual({
      Course: 'Information Sharing Protocol',
      Version: '1.4.2',
      Organisation: 'Surrey partner agencies',
      'Completed on': '14 June 2025',
      'Assessment score': '100% (pass mark 60%)',
    });
    expect(screen.getByText(/saved in this browser only/, { selector: 'main > p' })).toBeTruthy();
  });

  test('the record names the learner the LMS reports (SCORM 1.2 cmi.core.student_name "Doe, Jane" as Jane Doe)', () => {
    const api = new Scorm12API({ logLevel: 5 });
    api.loadFromJSON({ core: { student_id: 'u42', student_name: 'Doe, Jane' } } as never);
    (window as { API?: unknown }).API = api;
    const course = fixtureCourse();
    const { session } = mount(course);
    expect(session.transport).toBe('scorm12');
    completeCourse(course);
    // 1.2 names come as "Last, First" (RTE 3.4.4.1, Moodle's form): the record reads as the learner would write it.
    expect(record()['Name']).toBe('Jane Doe');
  });

  test('Print this record opens the print dialog', () => {
    const course = fixtureCourse();
    const { prints } = mount(course);
    completeCourse(course);
    press('Print this record');
    expect(prints.count).toBe(1);
  });

  test('a relaunch returns to the completion screen with the same completion date', () => {
    const course = fixtureCourse();
    const first = mount(course);
    completeCourse(course);
    first.session.exit();
    first.unmount();
    mount(course);
    expect(screen.getByRole('heading', { level: 1, name: 'Course complete' })).toBeTruthy();
    expect(record()['Completed on']).toBe('14 June 2025');
  });

  test('with completion "assessment", passing alone completes the course', () => {
    const course = fixtureCourse({ completion: 'assessment' });
    mount(course);
    openFromMenu(/Final assessment/);
    press('Start the assessment');
    for (const region of screen.getAllByRole('region', { name: /^Question \d+$/ }))
      fireEvent.click(within(region).getByLabelText(/^Right answer/));
    press('Submit answers');
    press('Continue');
    expect(screen.getByRole('heading', { level: 1, name: 'Course complete' })).toBeTruthy();
  });
});
