// The contact slots of course.yaml: each is read, each fills its {{contacts.key | fallback}}, and an empty or absent slot shows the fallback.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCourse } from '../../build/content/load.ts';
import { CONTACT_KEYS } from '../../src/model/course.ts';

const good = path.resolve(import.meta.dirname, '../fixtures/good');
const temp = mkdtempSync(path.join(os.tmpdir(), 'maisp-contacts-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The good fixture course with `contacts` replaced by `block` (YAML lines, or nothing) and one page naming every slot. */
function courseWith(name: string, block: string): string {
  const dir = path.join(temp, name);
  cpSync(good, dir, { recursive: true });
  const yaml = readFileSync(path.join(dir, 'course.yaml'), 'utf8').replace(/^contacts:\n(?: {2}.*\n)+/m, block);
  writeFileSync(path.join(dir, 'course.yaml'), yaml);
  const md = path.join(dir, 'modules/02-two.md');
  const line = CONTACT_KEYS.map((k) => `{{contacts.${k} | no ${k} yet}}`).join(' / ');
  writeFileSync(md, `${readFileSync(md, 'utf8').trimEnd()}\n\nContacts: ${line}.\n`);
  return dir;
}

function contactsLine(dir: string): string {
  const html = loadCourse(dir)
    .course.modules.flatMap((m) => m.pages.map((p) => p.html))
    .join('\n');
  return /Contacts: (.*?)\.<\/p>/.exec(html)?.[1] ?? '';
}

describe('contact slots', () => {
  it('are the DPO, IG team, action group, Caldicott Guardian, safeguarding lead, SIRO, then the local safeguarding routes, in that order', () => {
    expect(CONTACT_KEYS).toEqual([
      'dpo',
      'igTeam',
      'actionGroup',
      'caldicottGuardian',
      'safeguardingLead',
      'siro',
      'childrenServices',
      'adultServices',
      'police',
      'safeguardingProcedures',
    ]);
  });

  it('reads every slot from course.yaml and puts each value where its placeholder stands', () => {
    const dir = courseWith('all', ['contacts:', ...CONTACT_KEYS.map((k) => `  ${k}: "${k} contact"`), ''].join('\n'));
    expect(loadCourse(dir).course.contacts).toEqual(Object.fromEntries(CONTACT_KEYS.map((k) => [k, `${k} contact`])));
    expect(contactsLine(dir)).toBe(CONTACT_KEYS.map((k) => `${k} contact`).join(' / '));
  });

  it('shows the fallback text for a slot left empty or left out, and keeps the ones filled in', () => {
    const dir = courseWith('some', 'contacts:\n  dpo: ""\n  siro: "Ms S Example, SIRO"\n');
    expect(loadCourse(dir).course.contacts).toMatchObject({ dpo: '', siro: 'Ms S Example, SIRO', caldicottGuardian: '' });
    expect(contactsLine(dir)).toBe(
      'no dpo yet / no igTeam yet / no actionGroup yet / no caldicottGuardian yet / no safeguardingLead yet / Ms S Example, SIRO / no childrenServices yet / no adultServices yet / no police yet / no safeguardingProcedures yet',
    );
  });

  it('gives every slot an empty value, and every placeholder its fallback, when course.yaml has no contacts block', () => {
    const dir = courseWith('none', '');
    expect(Object.values(loadCourse(dir).course.contacts)).toEqual(CONTACT_KEYS.map(() => ''));
    expect(contactsLine(dir)).toBe(CONTACT_KEYS.map((k) => `no ${k} yet`).join(' / '));
  });
});
