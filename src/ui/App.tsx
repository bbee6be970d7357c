// The course shell: skip link, banner, contents menu, the current screen and Previous/Next. It owns navigation
// and focus; the screens get the learner's progress and report actions back through progress-actions.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Course, Question } from '../model/course.ts';
import { courseProgress, isPassed, moduleState, requirementsLeft } from '../model/completion.ts';
import { drawAttempt } from '../model/draw.ts';
import { rereadLeft } from '../model/reread.ts';
import { attemptOutcome } from '../model/scoring.ts';
import type { PlayerSession } from '../runtime/session.ts';
import { Assessment } from './Assessment.tsx';
import { Completion } from './Completion.tsx';
import { Header } from './Header.tsx';
import { KnowledgeCheck } from './KnowledgeCheck.tsx';
import { ModuleIntro } from './ModuleIntro.tsx';
import { ModuleMenu } from './ModuleMenu.tsx';
import { StartScreen } from './StartScreen.tsx';
import { canTestOut, settleTestOut, startTestOut } from '../model/test-out.ts';
import { PageView } from './PageView.tsx';
import { Pager } from './Pager.tsx';
import { NEW_ATTEMPT, SaveNotice } from './SaveNotice.tsx';
import * as act from './progress-actions.ts';
import { WelcomeBack } from './WelcomeBack.tsx';
import { currentIndex, isStopOpen, positionLabel, screenName, resumeStopOfModule, stops } from './route.ts';
import { useProgress } from './use-progress.ts';

export interface AppProps {
  course: Course;
  session: PlayerSession;
  /** Clock for the completion date. @default Date.now */
  now?: () => number;
  /** Random source for drawing assessment questions and the learner's shuffle seed. @default Math.random */
  random?: () => number;
  /** Opens the print dialog. @default window.print */
  print?: () => void;
  /** Start with the contents menu unfolded. @default true on screens at least 50em wide */
  menuOpen?: boolean;
}

const wideScreen = () => typeof matchMedia === 'function' && matchMedia('(min-width: 50em)').matches;

export function App({ course, session, now = Date.now, random = Math.random, print = () => window.print(), menuOpen }: AppProps) {
  const [progress, apply] = useProgress(course, session, now, random);
  const [exited, setExited] = useState(false);
  const [saved, setSaved] = useState(true);
  const [menuStartsOpen] = useState(() => menuOpen ?? wideScreen());
  const passMark = session.passMark;
  const all = useMemo(() => stops(course), [course]);
  const index = currentIndex(course, progress, passMark);
  const stop = all[index] ?? all[0]!;
  const closed = !session.recording && !isPassed(progress, passMark);
  // A page opened from the assessment result ("Read again") offers the way back to the result until the learner is there.
  const [fromResult, setFromResult] = useState(false);
  useEffect(() => {
    if (stop.kind === 'assessment') setFromResult(false);
  }, [stop.kind]);
  // A learner back from an earlier visit is told where they are, until they move on.
  const [resumedAt] = useState(() => (session.initial.location !== null ? index : null));

  const go = (i: number) => {
    const target = all[i];
    if (target && isStopOpen(course, progress, passMark, i)) apply((p) => act.visit(p, target.location, target.kind === 'page'));
  };
  // Record the shown stop as the location (and the page as seen), also for a fresh start or a stale location.
  useEffect(() => apply((p) => act.visit(p, stop.location, stop.kind === 'page')), [stop.location]);

  // Move focus to the new screen's heading on every change of screen, not on first load (WCAG 2.4.3).
  const phase = `${stop.location}|${progress.assessment?.number ?? 0}|${progress.assessment?.score !== null}|${progress.assessment?.current ?? 0}`;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // Each screen starts at its top, so the new heading and the progress bar are in view (instant: no motion).
    window.scrollTo(0, 0);
    document.getElementById('screen-heading')?.focus({ preventScroll: true });
  }, [phase]);

  // The tab's title names the screen, whatever its h1 now says (WCAG 2.4.2): after every render, as the assessment's
  // screens change their h1 within one stop.
  useEffect(() => {
    const heading = document.getElementById(exited ? 'exited-heading' : 'screen-heading')?.textContent ?? '';
    document.title = `${exited ? heading : screenName(course, stop, heading)} – ${course.title}`;
  });

  // After leaving, the one message left on screen is where focus goes, so a screen reader says it (WCAG 2.4.3, 4.1.3).
  useEffect(() => {
    if (exited) document.getElementById('exited-heading')?.focus();
  }, [exited]);

  const done = courseProgress(course, progress, passMark);
  if (exited)
    return (
      <main id="main" class="exited" tabIndex={-1}>
        {course.branding.logo && <img class="logo" src={course.branding.logo} alt={course.branding.logoAlt} />}
        <p class="course-title">{course.title}</p>
        <h1 id="exited-heading" tabIndex={-1}>
          You have left the course
        </h1>
        {!session.recording ? (
          <p>Nothing in your learning system's record was changed by this visit.</p>
        ) : progress.completedOn !== null ? (
          <p>You have completed this course{saved ? ', and your result is saved with your learning system' : ''}.</p>
        ) : saved ? (
          <p>
            Your progress is saved: {Math.round(done * 100)}% complete. When you open the course again, you will go back to where you were.
          </p>
        ) : null}
        {session.recording && !saved && (
          <p class="notice notice-warning">
            Your learning system did not confirm the last save, so some of your latest progress may not be recorded. If you open the course
            again and something is missing, you will need to do it again.
          </p>
        )}
        <p>{session.transport === 'standalone' ? 'You can now close this window.' : 'You can now go back to your learning system.'}</p>
      </main>
    );

  const onChooseCheck = (q: Question, optionId: string, on: boolean) =>
    apply((p) => act.setCheckAnswer(p, q.id, act.choose(q, p.checks[q.id], optionId, on)));
  const onChooseAssessment = (q: Question, optionId: string, on: boolean) =>
    apply((p) => act.setAssessmentAnswer(p, q.id, act.choose(q, p.assessment?.answers[q.id], optionId, on)));
  // After a fail, the next attempt opens once the pages linked to the misses are read (model/reread.ts).
  const onStart = () => apply((p) => (rereadLeft(course, p, passMark).length > 0 ? p : act.startAttempt(p, drawAttempt(course, random))));
  const onShow = (index: number) => apply((p) => act.showQuestion(p, index));
  const onSubmit = () =>
    apply((p) => {
      if (!p.assessment) return p;
      const outcome = attemptOutcome(course, p.assessment, passMark);
      // A test-out attempt decides the route: complete on a pass, else the modules where questions were missed.
      return settleTestOut(course, act.submitAttempt(p, outcome), outcome.passed);
    });
  const onTestOut = () => apply((p) => (canTestOut(course, p) ? act.visit(startTestOut(p), 'assessment', false) : p));
  // After passing: the completion screen when the course is complete, else the first thing the completion rule still asks.
  const onContinue = () => {
    const first = requirementsLeft(course, progress, passMark)[0];
    const todo = first ? all.findIndex((s) => s.location === first.location) : -1;
    go(todo < 0 ? all.length - 1 : todo);
  };
  // Any stop by its location: a page id (links in pages and the review), or `check:<module>` (what is left to do).
  const goToPage = (id: string) => {
    const i = all.findIndex((s) => s.location === id);
    if (i < 0 || !isStopOpen(course, progress, passMark, i)) return false;
    go(i);
    return true;
  };

  const onExit = () => {
    setSaved(session.exit());
    setExited(true);
  };

  const next = index + 1 < all.length ? index + 1 : null;
  const previous = index > 0 && stop.kind !== 'complete' ? index - 1 : null;

  return (
    <>
      <a class="skip-link" href="#main">
        Skip to main content
      </a>
      <Header course={course} done={done} finished={progress.completedOn !== null} onExit={onExit} />
      <div class="layout">
        <ModuleMenu course={course} progress={progress} passMark={passMark} current={stop} open={menuStartsOpen} go={go} />
        <main id="main" tabIndex={-1}>
          <SaveNotice session={session} />
          {stop.kind === 'start' && course.path && (
            <StartScreen
              course={course}
              path={course.path}
              passMark={passMark}
              testOut={session.recording && canTestOut(course, progress)}
              inLms={session.transport !== 'standalone'}
              start={() => go(index + 1)}
              takeAssessment={onTestOut}
            />
          )}
          {resumedAt === index && (
            <WelcomeBack where={() => screenName(course, stop, document.getElementById('screen-heading')?.textContent ?? '')} />
          )}
          {fromResult && stop.kind !== 'assessment' && (
            <p class="no-print">
              <a
                href="#assessment"
                onClick={(e) => {
                  e.preventDefault();
                  go(all.findIndex((s) => s.kind === 'assessment'));
                }}
              >
                Back to your result
              </a>
            </p>
          )}
          {stop.kind === 'intro' && (
            <ModuleIntro
              module={stop.module}
              position={positionLabel(course, stop)}
              state={moduleState(course, progress, stop.module.id)}
              seen={stop.module.pages.filter((p) => progress.seen.includes(p.id)).length}
              start={() => go(resumeStopOfModule(course, progress, passMark, stop.module.id))}
            />
          )}
          {stop.kind === 'page' && (
            <PageView page={stop.module.pages[stop.pageIndex]!} position={positionLabel(course, stop)} goToPage={goToPage} print={print} />
          )}
          {stop.kind === 'check' && (
            <KnowledgeCheck
              module={stop.module}
              position={positionLabel(course, stop)}
              answers={progress.checks}
              seed={progress.seed ?? 0}
              onChoose={onChooseCheck}
              onCheck={(q) => apply((p) => act.checkAnswer(p, q.id))}
            />
          )}
          {/* An attempt the LMS will not count: no assessment that would record nothing (unless already passed). */}
          {stop.kind === 'assessment' && closed && (
            <>
              <h1 id="screen-heading" tabIndex={-1}>
                {course.assessment.title}
              </h1>
              <p>The assessment is closed in this visit, as its result would not be recorded. {NEW_ATTEMPT}</p>
            </>
          )}
          {stop.kind === 'assessment' && !closed && (
            <Assessment
              course={course}
              progress={progress}
              passMark={passMark}
              onStart={onStart}
              onChoose={onChooseAssessment}
              onShow={onShow}
              onSubmit={onSubmit}
              onContinue={onContinue}
              goToPage={(id) => goToPage(id) && (setFromResult(true), true)}
            />
          )}
          {stop.kind === 'complete' && (
            <Completion
              course={course}
              progress={progress}
              learner={session.learner}
              passMark={passMark}
              standalone={session.transport === 'standalone'}
              print={print}
              onExit={onExit}
            />
          )}
          {stop.kind !== 'start' && (
            <Pager
              previous={previous}
              next={next}
              nextOpen={next !== null && isStopOpen(course, progress, passMark, next)}
              current={stop}
              passed={isPassed(progress, passMark) === true}
              go={go}
            />
          )}
        </main>
      </div>
    </>
  );
}
