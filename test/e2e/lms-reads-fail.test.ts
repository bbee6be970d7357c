// Real Chromium under the strict harness: relaunched by an LMS whose GetValue throws while SetValue and Commit work, each
// built zip leaves the stored progress exactly as it was (no SetValue at all) and tells the learner calmly.

import { describe, expect, test } from 'vitest';
import { launchDataFrom } from '../../src/preview/relaunch.ts';
import { closeCourse, heading, useLmsSite } from './lms-harness.ts';
import { NEXT } from './player-walk.ts';

const site = useLmsSite();

describe.each(['scorm12', 'scorm2004'] as const)('%s zip in Chromium', (version) => {
  test('GetValue throws at relaunch: stored suspend data unchanged, no SetValue, one Terminate, and a notice saying progress is kept safe', async () => {
    const page = await site.browser.newPage();
    const first = await site.launch(page, version, launchDataFrom(version, null));
    for (let i = 0; i < 4; i++) await first.getByRole('button', { name: NEXT }).click();
    const s1 = await closeCourse(page);
    const stored = s1.persisted?.suspend_data;
    expect(typeof stored === 'string' && stored.length > 0).toBe(true);

    const second = await site.launch(page, version, launchDataFrom(version, s1.persisted), '', { getValueThrows: true });
    expect(await second.getByText(/did not give us your saved progress this time/).isVisible()).toBe(true);
    expect(await second.getByRole('alert').count()).toBe(0);
    // The learner can still read on; nothing of it is written.
    const before = await heading(second);
    await second.getByRole('button', { name: NEXT }).click();
    expect(await heading(second)).not.toBe(before);
    const s2 = await closeCourse(page);
    expect(s2.calls.some((c) => c.endsWith('GetValue threw'))).toBe(true);
    expect(s2.calls.filter((c) => /SetValue$/.test(c))).toEqual([]);
    expect(s2.calls.filter((c) => c === 'LMSFinish' || c === 'Terminate')).toHaveLength(1);
    expect(s2.persisted?.suspend_data).toBe(stored);
    expect(s2.violations).toEqual([]);
    await page.close();
  });
});
