// "Welcome back: you were on …": tells a returning learner where the course reopened, as a status message that a
// screen reader announces without focus moving (WCAG 4.1.3); App shows it until the learner moves on.
import { useEffect, useState } from 'preact/hooks';

/** `where` names the screen once it is on the page (route.ts screenName). */
export function WelcomeBack({ where }: { where: () => string }) {
  const [text, setText] = useState('');
  // The live region is on the page empty first and filled after, so screen readers announce the change.
  useEffect(() => setText(`Welcome back: you were on “${where()}”.`), []);
  return (
    <div role="status" class="no-print">
      {text && <p class="notice">{text}</p>}
    </div>
  );
}
