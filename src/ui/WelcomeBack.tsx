// "Welcome back: you were on …": tells a returning learner where the course reopened, as a status message that a
// screen reader announces without focus moving (WCAG 4.1.3); App shows it until the learner moves on.
import { useEffect, useState } from 'preact/hooks';

export function WelcomeBack({ where }: { where: string }) {
  const [shown, setShown] = useState(false);
  // The live region is on the page empty first and filled after, so screen readers announce the change.
  useEffect(() => setShown(true), []);
  return (
    <div role="status" class="no-print">
      {shown && <p class="notice">Welcome back: you were on {where}. Carry on from here.</p>}
    </div>
  );
}
