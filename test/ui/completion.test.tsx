// @vitest-environment happy-dom
// Completing the whole course and the record of completion: organisation, name ("First Last") when the LMS knows
// it, course title and version, the date, the score, the verification code; print; leave; and a relaunch that
// keeps the completion date.
import { createHash } from 'node:crypto';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { Scorm12API } from 'scorm-again';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Course } from '../../src/model/course.ts';
import { answerAttempt, mount, openFromMenu, press, questionBox } from './harness.tsx';
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
      const caption = document.querySelector('.position')?.textContent ?? '';
      const module = course.modules.find((m) => caption.endsWith(`: ${m.title}`))!;
      module.check.forEach((q, n) => {
        const region = questionBox(`Question ${n + 1} of ${module.check.length}`);
        q.options.filter((o) => o.correct).forEach((o) => fireEvent.click(within(region).getByLabelText(o.html)));
        fireEvent.click(within(region).getByRole('button', { name: /^Check answer/ }));
      });
    }
    press(/^Next/);
  }
  press('Start the assessment');
  answerAttempt(() => [/^Right answer/]);
  press('Continue');
}

/** A scorm-again SCORM 1.2 LMS on window.API, launched with these cmi.core values. */
function useScorm12(core: { student_id: string; student_name: string }) {
  const api = new Scorm12API({ logLevel: 5 });
  api.loadFromJSON({ core } as never);
  (window as { API?: unknown }).API = api;
  return api;
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

  test('the record holds organisation, course title, version, date and score, and no name or code in standalone mode', () => {
    const course = fixtureCourse();
    mount(course);
    completeCourse(course);
    const section = screen.getByRole('region', { name: 'Record of completion' });
    expect(section.querySelector('.record-organisation')?.textContent).toBe('Surrey partner agencies');
    expect(section.textContent).toContain('Completed: Information Sharing Protocol');
    expect(record()).toEqual({
      Version: '1.4.2',
      'Completed on': '14 June 2025',
      'Assessment score': '100% (pass mark 60%)',
    });
    expect(screen.getByText(/saved in this browser only/, { selector: 'main > p' })).toBeTruthy();
  });

  test('the record names the learner "First Last" from SCORM 1.2 "Last, First", with learner id and verification code', () => {
    useScorm12({ student_id: 'u42', student_name: 'Doe, Jane' });
    const course = fixtureCourse();
    const { session } = mount(course);
    expect(session.transport).toBe('scorm12');
    completeCourse(course);
    const section = screen.getByRole('region', { name: 'Record of completion' });
    expect(section.querySelector('.record-name')?.textContent).toBe('Jane Doe');
    expect(section.textContent).toContain('has completed Information Sharing Protocol');
    // Recomputed here the way build/report/README.md tells an IG officer to: SHA-256 of id|course|version|date.
    const hex = createHash('sha256').update('u42|maisp-ui|1.4.2|2025-06-14').digest('hex').toUpperCase();
    expect(record()).toMatchObject({
      'Learner ID': 'u42',
      'Verification code': `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`,
    });
  });

  test('a right-to-left override in the LMS name or id stays inside its own <bdi>, so it cannot reorder the rest of the record', () => {
    useScorm12({ student_id: 'u\u202E42', student_name: 'Doe, Jane\u202E evil' });
    const course = fixtureCourse();
    mount(course);
    completeCourse(course);
    const section = screen.getByRole('region', { name: 'Record of completion' });
    const isolated = [...section.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(isolated).toEqual(['Jane\u202E evil Doe', 'u\u202E42']);
    // The words around them are outside the isolates.
    expect(section.querySelector('.record-name')?.textContent).toBe('Jane\u202E evil Doe');
    expect([...section.querySelectorAll('bdi')].some((b) => b.textContent?.includes('has completed'))).toBe(false);
  });

  test('Leave the course is the primary action and finishes the LMS session', () => {
    const api = useScorm12({ student_id: 'u42', student_name: 'Doe, Jane' });
    let finished = 0;
    api.on('LMSFinish', () => finished++);
    const course = fixtureCourse();
    mount(course);
    completeCourse(course);
    const leave = screen.getByRole('button', { name: 'Leave the course' });
    expect(leave.classList.contains('button-primary')).toBe(true);
    fireEvent.click(leave);
    expect(finished).toBe(1);
    expect(screen.getByRole('heading', { level: 1, name: 'You have left the course' })).toBeTruthy();
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
    answerAttempt(() => [/^Right answer/]);
    press('Continue');
    expect(screen.getByRole('heading', { level: 1, name: 'Course complete' })).toBeTruthy();
  });
});
