// The player's entry: brand the document, start the LMS session and render the course shell.
import { render } from 'preact';
import course from 'virtual:course';
import { withPassMark } from '../model/stated-numbers.ts';
import { startSession } from '../runtime/session.ts';
import { App } from './App.tsx';
import { applyBranding } from './branding.ts';
import './player.css';
import './questions.css';
import './print.css';

const root = document.getElementById('app');
applyBranding(course, document);
if (root) {
  root.replaceChildren(); // the build's "Loading…" line and the noscript note
  try {
    const session = startSession(course);
    // Text states the pass mark through markers the build left: fill in the one that applies (the LMS's may differ).
    render(<App course={withPassMark(course, session.passMark)} session={session} />, root);
  } catch {
    // Errors the learner can meet are plain words on screen, never a stack (STYLE.md).
    root.textContent = 'Sorry, the course could not start. Close this window and open the course again.';
  }
}
