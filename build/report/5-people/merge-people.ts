// One person, one row: the learners each download gives (keyed by agency and ID number, else email, else name) are
// joined into people by ID number, username and email address, so a person in an email-only download and in one with
// ID numbers is counted once. A record that could belong to more than one person is set apart, never counted twice.

import { NO_AGENCY, STATUS_TEXT, strongerRoute } from '../0-shared/types.ts';
import { recompute, type AttemptSummary, type Learner } from '../4-normalise/tally.ts';

/** A learner after matching: how the downloads were joined and, where they disagree, what the report believed. */
export interface Person extends Learner {
  /** How the person's records were joined ("ID number", "email address", "username"); empty when one record. */
  matchedBy: string[];
  /** Plain sentences shown on the learner's row: disagreements between downloads and how each was settled. */
  notes: string[];
}

/** A record the report could not safely give to one person: listed, never counted. */
export interface Unmatched {
  name: string;
  email: string;
  learnerId: string;
  agency: string;
  files: string[];
  reason: string;
}

const real = (agency: string): boolean => agency !== NO_AGENCY;
const lower = (s: string): string => s.trim().toLowerCase();

class Sets {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] ?? r;
    while (this.parent[i] !== r) {
      const next = this.parent[i] ?? r;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * ID numbers and usernames are an agency's own (two agencies may both have a "1001"), so they join records only
 * within one agency, or a record with no agency to the one agency that has that ID. Email addresses are unique
 * anywhere, and join records unless that would make one person of two different ID numbers in the same agency.
 */
/** A learner's course path as a key prefix: the same person on two paths is two trainings, never merged. */
const on = (l: Learner): string => `${l.path ?? ''}\u0000`;

export function mergePeople(learners: Iterable<Learner>, passMark: number): { people: Person[]; unmatched: Unmatched[] } {
  const list = [...learners];
  const sets = new Sets(list.length);
  const unmatched = new Map<number, string>();
  for (const field of ['learnerId', 'username'] as const) {
    const what = field === 'learnerId' ? 'ID number' : 'username';
    const byKey = new Map<string, number>();
    const agenciesOf = new Map<string, Set<string>>();
    list.forEach((l, i) => {
      const v = lower(l[field]);
      if (v === '' || !real(l.agency)) return;
      const key = `${l.agency}\u0000${on(l)}${v}`;
      const first = byKey.get(key);
      if (first === undefined) byKey.set(key, i);
      else sets.union(first, i);
      agenciesOf.set(on(l) + v, (agenciesOf.get(on(l) + v) ?? new Set()).add(l.agency));
    });
    list.forEach((l, i) => {
      const v = lower(l[field]);
      if (v === '' || real(l.agency)) return;
      const agencies = [...(agenciesOf.get(on(l) + v) ?? [])];
      if (agencies.length > 1) {
        unmatched.set(i, `its ${what} “${l[field]}” is used in ${agencies.length} agencies and the download names no agency`);
        return;
      }
      const key = `${agencies[0] ?? NO_AGENCY}\u0000${on(l)}${v}`;
      const first = byKey.get(key);
      if (first === undefined) byKey.set(key, i);
      else sets.union(first, i);
    });
  }
  const byEmail = new Map<string, number[]>();
  list.forEach((l, i) => {
    const v = lower(l.email) && on(l) + lower(l.email);
    if (v !== '' && !unmatched.has(i)) byEmail.set(v, [...(byEmail.get(v) ?? []), i]);
  });
  // The ID numbers each group holds so far, per agency, kept up to date as email addresses join groups.
  const ids = new Map<number, Map<string, Set<string>>>();
  list.forEach((l, i) => {
    if (l.learnerId === '' || !real(l.agency) || unmatched.has(i)) return;
    const r = sets.find(i);
    const m = ids.get(r) ?? new Map<string, Set<string>>();
    m.set(l.agency, (m.get(l.agency) ?? new Set()).add(lower(l.learnerId)));
    ids.set(r, m);
  });
  for (const [, members] of byEmail) {
    if (members.length < 2) continue;
    const roots = [...new Set(members.map((i) => sets.find(i)))];
    const joined = new Map<string, Set<string>>();
    for (const r of roots) for (const [agency, s] of ids.get(r) ?? []) joined.set(agency, new Set([...(joined.get(agency) ?? []), ...s]));
    // Different ID numbers in one agency under one email (a shared mailbox): not one person.
    if ([...joined.values()].some((s) => s.size > 1)) {
      for (const i of members)
        if (list[i]?.learnerId === '') unmatched.set(i, 'its email address belongs to more than one person with an ID number');
      continue;
    }
    for (const i of members.slice(1)) sets.union(members[0] ?? i, i);
    ids.set(sets.find(members[0] ?? 0), joined);
  }
  const groups = new Map<number, number[]>();
  list.forEach((_, i) => {
    if (unmatched.has(i)) return;
    const r = sets.find(i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  });
  // Two groups with one name and nothing to link them (one has no ID number, the other no email address to
  // compare): they may be one person seen by two downloads, so the one without an ID number is set apart.
  const byName = new Map<string, Learner[][]>();
  const members = new Map<number, Learner[]>();
  for (const [root, ms] of groups) {
    const ls = ms.map((i) => list[i]).filter((l): l is Learner => l !== undefined);
    members.set(root, ls);
    const n = lower(ls[0]?.name ?? '');
    if (n !== '') byName.set(n, [...(byName.get(n) ?? []), ls]);
  }
  const has = (ls: Learner[], f: 'learnerId' | 'email'): boolean => ls.some((l) => l[f] !== '');
  const agencyOf = (ls: Learner[]): string => ls.find((l) => real(l.agency))?.agency ?? NO_AGENCY;
  const people: Person[] = [];
  for (const [root, ls] of members) {
    const twins = (byName.get(lower(ls[0]?.name ?? '')) ?? []).filter((o) => o !== ls);
    const linkable = twins.find(
      (o) =>
        has(o, 'learnerId') &&
        !has(ls, 'learnerId') &&
        (!has(o, 'email') || !has(ls, 'email')) &&
        (!real(agencyOf(ls)) || !real(agencyOf(o)) || agencyOf(ls) === agencyOf(o)),
    );
    if (linkable || (twins.length > 0 && !has(ls, 'learnerId') && !has(ls, 'email') && ls.every((l) => l.username === ''))) {
      unmatched.set(
        (groups.get(root) ?? [root])[0] ?? root,
        linkable
          ? 'another download has a person of the same name with an ID number, and nothing in the downloads links the two (download with both ID number and email shown)'
          : 'the download gives only a name, and another person has the same name',
      );
      continue;
    }
    people.push(mergeGroup(ls, passMark));
  }
  return {
    people,
    unmatched: [...unmatched].map(([i, reason]) => {
      const l = list[i] as Learner;
      const files = [...new Set([...l.attempts.values()].map((a) => a.file))];
      return { name: l.name, email: l.email, learnerId: l.learnerId || l.username, agency: l.agency, files, reason };
    }),
  };
}

function mergeGroup(ls: Learner[], passMark: number): Person {
  const base = ls.find((l) => real(l.agency) && l.learnerId !== '') ?? ls.find((l) => real(l.agency)) ?? (ls[0] as Learner);
  const p: Person = { ...base, attempts: new Map(base.attempts), matchedBy: [], notes: [] };
  for (const l of ls) {
    if (l === base) continue;
    for (const f of ['learnerId', 'username', 'email', 'department', 'name'] as const) if (p[f] === '' && l[f] !== '') p[f] = l[f];
    if (l.route) p.route = strongerRoute(p.route, l.route);
    if (real(l.agency) && l.agency !== p.agency)
      p.notes.push(`One download lists this person under ${l.agency}, another under ${p.agency}; counted under ${p.agency}.`);
    for (const [slot, a] of l.attempts) {
      const prev = p.attempts.get(slot);
      if (!prev || a.evidence > prev.evidence) p.attempts.set(slot, a);
    }
  }
  if (ls.length > 1) {
    const shared = (f: 'learnerId' | 'email' | 'username'): boolean =>
      new Set(ls.map((l) => lower(l[f])).filter((v) => v !== '')).size === 1 && ls.filter((l) => l[f] !== '').length > 1;
    if (shared('learnerId')) p.matchedBy.push('ID number');
    if (shared('username')) p.matchedBy.push('username');
    if (shared('email')) p.matchedBy.push('email address');
    recompute(p);
  }
  const note = disagreement([...p.attempts.values()], p, passMark);
  if (note) p.notes.push(note);
  return p;
}

const done = (a: AttemptSummary): boolean => a.status === 'passed' || a.status === 'completed';
const said = (a: AttemptSummary): string => `${STATUS_TEXT[a.status]}${a.score !== null ? ` (${a.score}%)` : ''}`;
const fileName = (f: string): string => f.split(/[\\/]/).pop() ?? f;

/** Where one download says passed or completed and another failed: which the report believed, and why. */
function disagreement(attempts: AttemptSummary[], p: Learner, passMark: number): string | null {
  const good = attempts.find(done);
  const bad = attempts.find((a) => a.status === 'failed' && a.file !== good?.file);
  if (!good || !bad || !(p.status === 'passed' || p.status === 'completed')) return null;
  const why =
    good.evidence > bad.evidence
      ? `${fileName(good.file)} states the status, while ${fileName(bad.file)} gives only a score, which the report read against the pass mark of ${passMark}%`
      : 'a pass or completion on any attempt counts';
  return `The downloads disagree: ${fileName(good.file)} says ${said(good)}, ${fileName(bad.file)} says ${said(bad)}. The report shows ${STATUS_TEXT[p.status]}, because ${why}.`;
}
