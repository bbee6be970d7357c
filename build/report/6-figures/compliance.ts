// Trained within the refresher period against the target, per agency and per agency and department, from the learner rows.

import type { LearnerRow } from './learner-rows.ts';
import { rate } from './rates.ts';

export interface ComplianceGroup {
  agency: string;
  /** '' for the agency's own row. */
  department: string;
  learners: number;
  trained: number;
  /** trained / learners */
  rate: number;
  meetsTarget: boolean;
  overdue: number;
  dueSoon: number;
  neverStarted: number;
}

/** Each agency's row and its departments' rows, in the learner rows' order; `target` is a share 0–1. */
export function complianceGroups(rows: LearnerRow[], target: number): ComplianceGroup[] {
  const compliance = new Map<string, ComplianceGroup>();
  const tallyGroup = (agency: string, department: string, r: LearnerRow): void => {
    const k = `${agency}\u0000${department}`;
    const g = compliance.get(k) ?? {
      agency,
      department,
      learners: 0,
      trained: 0,
      rate: 0,
      meetsTarget: false,
      overdue: 0,
      dueSoon: 0,
      neverStarted: 0,
    };
    g.learners++;
    if (r.standing === 'trained' || r.standing === 'due soon') g.trained++;
    if (r.standing === 'due soon') g.dueSoon++;
    if (r.standing === 'overdue') g.overdue++;
    if (r.standing === 'never started') g.neverStarted++;
    compliance.set(k, g);
  };
  for (const r of rows) {
    tallyGroup(r.agency, '', r);
    tallyGroup(r.agency, r.department, r);
  }
  return [...compliance.values()].map((g) => ({
    ...g,
    rate: rate(g.trained, g.learners),
    meetsTarget: g.trained / g.learners >= target,
  }));
}
