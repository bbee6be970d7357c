// A seeded random learner for the built player in Chromium: one click per step (Next, Previous, the contents menu,
// an option, Check answer, Start, Next question, Previous question, Change, Submit, a page to re-read, Try again, Continue), with a model of its Progress made by the player's own
// pure actions, checked against the screen after every step so the model is what the learner really did.

import type { Frame } from 'playwright-core';
import { isMultipleSelect, type Course, type Question } from '../../src/model/course.ts';
import { isCourseComplete, isPassed } from '../../src/model/completion.ts';
import { emptyProgress, type Progress } from '../../src/model/progress.ts';
import { rereadLeft } from '../../src/model/reread.ts';
import { attemptOutcome } from '../../src/model/scoring.ts';
import { decodeProgress } from '../../src/runtime/suspend-codec.ts';
import { formatLocalDate } from '../../src/runtime/time-format.ts';
import * as act from '../../src/ui/progress-actions.ts';
import { firstStopOfModule, isStopDone, isStopOpen, stops, type Stop } from '../../src/ui/route.ts';
import { lmsState } from './lms-harness.ts';
import { questionById, rightOptions } from './player-walk.ts';

/** A click: the element is the first matching `selector` whose text starts with `text`. */
type Click = { what: string; selector: string; text?: string; model: (p: Progress) => Progress | Promise<Progress> };
type Screen = { heading: string; ticked: Record<string, string> };

export class RandomLearner {
  /** What the learner has done so far, as the player's Progress (seed left out: the shuffle is the player's). */
  p: Progress;
  private readonly all: Stop[];
  /** The screen as the last step left it. */
  private shown: Screen = { heading: '', ticked: {} };
  /** A Change link on Check your answers opened the question on screen: its main button leads back there. */
  private fromCheck = false;

  constructor(
    private readonly frame: Frame,
    private readonly course: Course,
    private readonly rand: () => number,
  ) {
    this.all = stops(course);
    const first = this.all[0]!;
    // A first launch shows the first stop and records it (App's visit effect).
    this.p = act.visit(emptyProgress(), first.location, first.kind === 'page');
  }

  private get passMark(): number {
    return this.course.assessment.passMark;
  }

  private pick<T>(list: T[]): T {
    return list[Math.floor(this.rand() * list.length)]!;
  }

  private get index(): number {
    return this.all.findIndex((s) => s.location === this.p.location);
  }

  private go(i: number): (p: Progress) => Progress {
    const target = this.all[i]!;
    return (p) => (isStopOpen(this.course, p, this.passMark, i) ? act.visit(p, target.location, target.kind === 'page') : p);
  }

  /** A click on an option of `q`, and what it does: a checked radio button clicked again changes nothing. */
  private option(q: Question, optionId: string, scope: 'check' | 'assessment'): Click {
    const answer = (p: Progress) => (scope === 'check' ? p.checks[q.id] : p.assessment?.answers[q.id]);
    return {
      what: `${scope} ${q.id} option ${optionId}`,
      selector: `.question-field[data-question="${q.id}"] input[value="${optionId}"]`,
      model: (p) => {
        const selected = answer(p)?.selected ?? [];
        if (!isMultipleSelect(q) && selected.includes(optionId)) return p;
        const next = act.choose(q, answer(p), optionId, !selected.includes(optionId));
        return scope === 'check' ? act.setCheckAnswer(p, q.id, next) : act.setAssessmentAnswer(p, q.id, next);
      },
    };
  }

  /** Clicks that make the answer to `q` exactly `ids` (or one random click when `ids` is null). */
  private answer(q: Question, scope: 'check' | 'assessment', ids: string[] | null): Click[] {
    if (ids === null) return [this.option(q, this.pick(q.options).id, scope)];
    const selected = (scope === 'check' ? this.p.checks[q.id] : this.p.assessment?.answers[q.id])?.selected ?? [];
    // A radio button is set by one click on the wanted option; checkboxes by toggling each one that differs.
    if (!isMultipleSelect(q)) return selected.join() === ids.join() ? [] : [this.option(q, ids[0]!, scope)];
    return q.options.filter((o) => selected.includes(o.id) !== ids.includes(o.id)).map((o) => this.option(q, o.id, scope));
  }

  private navigation(): Click[] {
    const i = this.index;
    const stop = this.all[i]!;
    const out: Click[] = [];
    // A path's start screen has its one primary button instead of Previous and Next.
    if (stop.kind === 'start')
      out.push({ what: 'Start the course', selector: '.start button.button-primary', text: 'Start the course', model: this.go(i + 1) });
    else if (i + 1 < this.all.length && isStopOpen(this.course, this.p, this.passMark, i + 1))
      out.push({ what: 'Next', selector: 'nav.pager button', text: 'Next', model: this.go(i + 1) });
    if (i > 0 && stop.kind !== 'complete')
      out.push({ what: 'Previous', selector: 'nav.pager button', text: '←Previous', model: this.go(i - 1) });
    // The contents menu: one entry per module, then the assessment (open at the harness frame's 1000 px).
    const entry = Math.floor(this.rand() * (this.course.modules.length + 1));
    const target =
      entry < this.course.modules.length
        ? firstStopOfModule(this.course, this.course.modules[entry]!.id)
        : this.all.findIndex((s) => s.kind === 'assessment');
    if (target !== i)
      out.push({
        what: `menu ${entry}`,
        selector: `nav.menu li:nth-child(${entry + 1}) button`,
        model: this.go(target),
      });
    return out;
  }

  /** The clicks the current screen offers. */
  private choices(): Click[] {
    const stop = this.all[this.index]!;
    const nav = this.navigation();
    switch (stop.kind) {
      case 'start':
      case 'intro':
      case 'page':
      case 'complete':
        return nav;
      case 'check': {
        const q = this.pick(stop.module.check);
        const check: Click = {
          what: `Check answer ${q.id}`,
          selector: `.question:has([data-question="${q.id}"]) > button`,
          text: 'Check answer',
          model: (p) => act.checkAnswer(p, q.id),
        };
        return [...nav, check, ...this.answer(q, 'check', this.rand() < 0.6 ? rightOptions(q) : null).slice(0, 1), check];
      }
      case 'assessment':
        return [...nav, ...this.assessment()];
    }
  }

  /** Start or Try again. The draw is the player's: read it from the resume data the LMS receives (the first question alone is on screen). */
  private startClick(name: string): Click {
    return {
      what: name,
      selector: 'main button',
      text: name,
      model: async (p) => act.startAttempt(p, await this.drawnAt((p.assessment?.number ?? 0) + 1)),
    };
  }

  /** The questions drawn for attempt `number`, from the suspend data the LMS stores at the commit that follows Start. */
  private async drawnAt(number: number): Promise<string[]> {
    for (let i = 0; i < 100; i++) {
      const state = await lmsState(this.frame.page());
      const cmi = state.persisted ?? {};
      const data = String(cmi.suspend_data ?? ((cmi.core as Record<string, unknown> | undefined)?.suspend_data as string) ?? '');
      const attempt = decodeProgress(this.course, data).assessment;
      if (attempt?.number === number) return attempt.drawn;
      await this.frame.page().waitForTimeout(50);
    }
    throw new Error(`the LMS never received attempt ${number}`);
  }

  private assessment(): Click[] {
    const a = this.p.assessment;
    const left = this.course.assessment.attempts === 0 ? 1 : this.course.assessment.attempts - (a?.number ?? 0);
    if (!a) return left > 0 ? [this.startClick('Start the assessment')] : [];
    if (a.score === null) {
      const n = a.drawn.length;
      const at = Math.min(a.current ?? 0, n);
      if (at === n) return this.checkYourAnswers(a.drawn);
      const q = questionById(this.course, a.drawn[at]!);
      // Mostly right, so some walks pass; every click an ordinary one.
      const clicks = this.answer(q, 'assessment', this.rand() < 0.8 ? rightOptions(q) : null);
      // The main button: Next question, or Check your answers after the last question or a Change link.
      const to = this.fromCheck || at + 1 === n ? n : at + 1;
      const main: Click = {
        what: to === n ? 'Check your answers' : 'Next question',
        selector: 'main .question-actions .button-primary',
        model: (p) => act.showQuestion(p, to),
      };
      const back: Click[] =
        at > 0
          ? [
              {
                what: 'Previous question',
                selector: 'main .question-actions button',
                text: 'Previous question',
                model: (p) => act.showQuestion(p, at - 1),
              },
            ]
          : [];
      return clicks.length > 0 ? [...clicks, ...clicks, main, ...back] : [main, main, ...back];
    }
    const passed = isPassed(this.p, this.passMark) === true;
    if (passed) {
      const todo = this.all.findIndex((s) => s.kind !== 'complete' && !isStopDone(s, this.p, this.passMark));
      const to = this.p.completedOn !== null || todo < 0 ? this.all.length - 1 : todo;
      return [{ what: 'Continue', selector: 'main button', text: 'Continue', model: this.go(to) }];
    }
    if (left <= 0) return [];
    // After a fail: open a page still to re-read through its link, until Try again is offered.
    const unread = rereadLeft(this.course, this.p, this.passMark);
    if (unread.length === 0) return [this.startClick('Try again')];
    const id = this.pick(unread);
    const page = this.all.findIndex((s) => s.kind === 'page' && s.location === id);
    const stop = this.all[page] as Extract<Stop, { kind: 'page' }>;
    const title = stop.module.pages[stop.pageIndex]!.title;
    return [{ what: `re-read ${id}`, selector: '.reread-list a', text: title, model: this.go(page) }];
  }

  /** Check your answers: Submit (an error summary while a question is unanswered), or Change one answer. */
  private checkYourAnswers(drawn: string[]): Click[] {
    const a = this.p.assessment!;
    const done = drawn.every((id) => (a.answers[id]?.selected.length ?? 0) > 0);
    const submit: Click = {
      what: 'Submit answers',
      selector: 'main button',
      text: 'Submit answers',
      model: (p) => (done ? act.submitAttempt(p, attemptOutcome(this.course, p.assessment!, this.passMark)) : p),
    };
    const i = Math.floor(this.rand() * drawn.length);
    const change: Click = {
      what: `Change question ${i + 1}`,
      selector: `.summary-row:nth-child(${i + 1}) .summary-action a`,
      model: (p) => {
        this.fromCheck = true;
        return act.showQuestion(p, i);
      },
    };
    return done ? [submit, submit, change] : [change, change, submit];
  }

  /** One click; returns what it was. Throws when the screen disagrees with the model (the walk, not the course, is wrong). */
  async step(): Promise<string> {
    const choices = this.choices();
    const click = this.pick(choices.length > 0 ? choices : this.navigation());
    // The click and the look at the screen after it in one round trip: a DOM click runs the player's handler (and
    // so its update and any commit) before it returns; the screen is read once Preact has rendered.
    this.shown = await this.frame.evaluate(clickAndLook, [click.selector, click.text ?? ''] as const);
    const before = this.p;
    const changed = await click.model(this.p);
    // The question screen forgets a Change link (its own state) once another question or screen shows.
    const moved = (changed.assessment?.current ?? 0) !== (before.assessment?.current ?? 0) && !click.what.startsWith('Change');
    if (moved || changed.location !== before.location) this.fromCheck = false;
    this.p = act.stampCompletion(changed, isCourseComplete(this.course, changed, this.passMark), formatLocalDate(Date.now()));
    await this.verify(click.what);
    return click.what;
  }

  /** The heading of an attempt in progress: its question on screen, or Check your answers; null otherwise. */
  private attemptHeading(): string | null {
    const a = this.p.assessment;
    if (this.all[this.index]?.kind !== 'assessment' || !a || a.score !== null) return null;
    const at = Math.min(a.current ?? 0, a.drawn.length);
    return at === a.drawn.length ? 'Check your answers' : `Question ${at + 1} of ${a.drawn.length}`;
  }

  private async verify(what: string): Promise<void> {
    const stop = this.all[this.index]!;
    const expected =
      stop.kind === 'intro'
        ? stop.module.title
        : stop.kind === 'page'
          ? stop.module.pages[stop.pageIndex]!.title
          : stop.kind === 'check'
            ? 'Knowledge check'
            : this.attemptHeading();
    const shown = this.shown;
    if (expected !== null && shown.heading !== expected)
      throw new Error(`after "${what}" the screen is "${shown.heading}", the model is at ${stop.location}`);
    const answers = stop.kind === 'check' ? this.p.checks : stop.kind === 'assessment' ? (this.p.assessment?.answers ?? {}) : {};
    for (const [id, ticked] of Object.entries(shown.ticked)) {
      const want = [...(answers[id]?.selected ?? [])].sort().join();
      if (ticked !== want) throw new Error(`after "${what}" ${id} shows [${ticked}] ticked, the model has [${want}]`);
    }
  }
}

/**
 * Runs in the course frame (so it is self-contained): clicks (unless `selector` is ''), lets Preact render, and reads
 * the heading, by question id the options ticked (sorted, comma-joined), and the questions in order.
 */
async function clickAndLook([selector, text]: readonly [string, string]): Promise<Screen> {
  if (selector !== '') {
    const target = [...document.querySelectorAll<HTMLElement>(selector)].find((e) => (e.textContent ?? '').trim().startsWith(text));
    if (!target) throw new Error(`nothing to click at ${selector} "${text}"`);
    target.click();
    // Preact renders in a microtask; a change of screen also runs layout effects (scroll, focus) before the next frame.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }
  const ticked: Record<string, string> = {};
  for (const e of document.querySelectorAll('main .question-field')) {
    const id = e.getAttribute('data-question') ?? '';
    ticked[id] = [...e.querySelectorAll('input')]
      .filter((i) => i.checked)
      .map((i) => i.value)
      .sort()
      .join();
  }
  return { heading: (document.getElementById('screen-heading')?.textContent ?? '').trim(), ticked };
}

/** The screen as it is now (heading and ticked options), in one round trip. */
export async function screen(frame: Frame): Promise<{ heading: string; ticked: Record<string, string> }> {
  return frame.evaluate(clickAndLook, ['', ''] as const);
}
