// Reads one agency's edition file, course/editions/<id>.yaml: its name, logo, colour, contacts and LMS settings.
import path from 'node:path';
import { isMap, isScalar } from 'yaml';
import { CONTACT_KEYS, type Branding, type Contacts, type Edition, type FailedStatus12, type ScormTarget } from '../../src/model/course.ts';
import type { CourseFile } from './course-file.ts';
import { checkedText, readBranding, readTargets } from './course-file.ts';
import { quote, type Position } from './diagnostics.ts';
import { ID_HINT, ID_PATTERN } from './ids.ts';
import type { MarkdownEnv } from './markdown.ts';
import type { Sector } from '../../src/model/sectors.ts';
import { readServedSectors } from './sector-tags.ts';
import { closest } from './suggest.ts';
import { MapReader, type YamlSource } from './yaml-reader.ts';

/** The edition course.yaml alone makes (today's course); no edition file may take this id. */
export const GENERIC_EDITION = 'generic';

/**
 * Contacts an edition cannot be published without: every signatory has a DPO and an IG route, and the MAISP
 * action group is the protocol's own contact. The others are roles not every agency has (a Caldicott
 * Guardian is required in health and social care, a SIRO mainly in the NHS and central government), or local routes
 * whose fallback sends the learner to their safeguarding lead, who knows them; when empty, the modules show the
 * fallback text.
 */
export const REQUIRED_CONTACTS: readonly (keyof Contacts)[] = ['dpo', 'igTeam', 'actionGroup'];

export const CONTACT_NAMES: Readonly<Record<keyof Contacts, string>> = {
  dpo: 'Data Protection Officer',
  igTeam: 'information governance team',
  actionGroup: 'MAISP action group',
  caldicottGuardian: 'Caldicott Guardian',
  safeguardingLead: 'designated safeguarding lead',
  siro: 'Senior Information Risk Owner',
  childrenServices: "children's services (where to report a concern about a child)",
  adultServices: 'adult social care (where to report a concern about an adult)',
  police: 'police non-emergency route',
  safeguardingProcedures: "safeguarding partnerships' procedures",
};

/** A required contact still empty, and where the author fills it in. */
export interface MissingContact {
  key: keyof Contacts;
  file: string;
  at: Position;
}

/** What an edition changes in the course; load.ts applies it over course.yaml before reading the modules. */
export interface EditionSettings {
  edition: Edition;
  /** The edition file (course.yaml for the generic edition). */
  file: string;
  branding: Branding;
  contacts: Contacts;
  targets: ScormTarget[];
  failedStatus12: FailedStatus12;
  /** The file itself says `draft: true` (a template, or an edition not yet approved). */
  draftInFile: boolean;
  missing: MissingContact[];
  /** The sectors the edition serves (`sectors:`): its content is the untagged content and that tagged for them. */
  sectors: Sector[];
}

const KEYS = ['organisation', 'contacts', 'lms', 'draft', 'sectors'];
const LMS_KEYS = ['targets', 'failedStatus12'];

/** Reads `yaml` (an edition file) over `base` (course.yaml's settings); null when it is not a mapping at all. */
export function readEditionFile(yaml: YamlSource, base: EditionSettings, env: MarkdownEnv): EditionSettings | null {
  const id = path.basename(yaml.file).replace(/\.ya?ml$/, '');
  const top = { line: 1, column: 1 };
  if (!ID_PATTERN.test(id))
    env.diags.add(yaml.file, top, `edition file name ${quote(id)} is not a valid edition id`, `rename the file: ${ID_HINT}`);
  if (id === GENERIC_EDITION)
    env.diags.add(
      yaml.file,
      top,
      `"${GENERIC_EDITION}" is the edition course.yaml makes on its own`,
      'give the file the name of your agency, e.g. surrey-police.yaml',
    );
  const r = MapReader.of(yaml, yaml.root, env.diags, `edition ${quote(id)}`, KEYS);
  if (!r) return null;

  const orgNode = r.raw('organisation');
  // A misspelt "organisation:" has had its did-you-mean; "no organisation name" would only repeat it.
  const misspelt = r.node.items.some(
    (p) => isScalar(p.key) && p.key.value !== 'organisation' && closest(String(p.key.value), KEYS) === 'organisation',
  );
  if (!misspelt && (!isMap(orgNode) || !orgNode.has('name')))
    r.error(
      'organisation',
      `edition ${quote(id)} has no organisation name`,
      "add organisation: with name: your agency's name (it names the zip in the LMS)",
    );
  const branding = readBranding(r, env, base.branding);

  const contacts = { ...base.contacts };
  const contactAt = new Map<keyof Contacts, Position>();
  if (r.has('contacts')) {
    const c = MapReader.of(yaml, r.raw('contacts'), env.diags, 'contacts', [...CONTACT_KEYS]);
    for (const key of c ? CONTACT_KEYS : []) {
      if (!c?.has(key)) continue;
      // "" (or no value) leaves course.yaml's: a contact all agencies share, such as the action group, is written once.
      const value = checkedText(c, key, c.optionalText(key, `the ${CONTACT_NAMES[key]}'s contact details, in quotes`), env);
      if (value !== '') contacts[key] = value;
      contactAt.set(key, c.at(key));
    }
  }

  let targets = base.targets;
  let failedStatus12 = base.failedStatus12;
  if (r.has('lms')) {
    const lms = MapReader.of(yaml, r.raw('lms'), env.diags, 'lms', LMS_KEYS);
    targets = (lms && readTargets(lms, env)) ?? targets;
    failedStatus12 = lms?.oneOf('failedStatus12', ['incomplete', 'failed'] as const, {}) ?? failedStatus12;
  }
  const sectors = readServedSectors(r, env.diags);
  const draftInFile = r.boolean('draft', 'true while the edition is a template or not yet approved; remove it to publish') ?? false;

  // A contact left out is added under `contacts:` (or, without one, at the top of the file).
  const contactsKey = r.node.items.find((pair) => isScalar(pair.key) && pair.key.value === 'contacts')?.key;
  const contactsAt = contactsKey ? yaml.position(contactsKey) : top;
  return {
    edition: { id, name: branding.organisation, draft: draftInFile, ...(sectors.length > 0 ? { sectors } : {}) },
    file: yaml.file,
    branding,
    contacts,
    targets,
    failedStatus12,
    draftInFile,
    missing: missingContacts(contacts, yaml.file, (key) => contactAt.get(key) ?? contactsAt),
    sectors,
  };
}

/** The generic edition: course.yaml's own organisation and contacts, its missing contacts pointed at course.yaml. */
export function genericEdition(meta: CourseFile, courseYaml: YamlSource): EditionSettings {
  const root = isMap(courseYaml.root) ? courseYaml.root : null;
  const contactsNode = root?.get('contacts', true);
  const at = (key: keyof Contacts): Position => {
    const pair = isMap(contactsNode) ? contactsNode.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
    return courseYaml.position(pair?.value ?? pair?.key ?? contactsNode ?? courseYaml.root);
  };
  return {
    edition: { id: GENERIC_EDITION, name: meta.branding.organisation, draft: false },
    file: courseYaml.file,
    branding: meta.branding,
    contacts: meta.contacts,
    targets: meta.targets,
    failedStatus12: meta.failedStatus12,
    draftInFile: false,
    missing: missingContacts(meta.contacts, courseYaml.file, at),
    // course.yaml alone serves no sector: the generic edition is the untagged content.
    sectors: [],
  };
}

function missingContacts(contacts: Contacts, file: string, at: (key: keyof Contacts) => Position): MissingContact[] {
  return REQUIRED_CONTACTS.filter((key) => contacts[key].trim() === '').map((key) => ({ key, file, at: at(key) }));
}

/** course.yaml's settings with an edition's over them: what load.ts reads the modules with. */
export function withEdition(meta: CourseFile, settings: EditionSettings, assets: Set<string>): CourseFile {
  // The edition's logo is collected when its file is read; the build copies only the assets the course uses.
  const logo = settings.branding.logo?.match(/^@@asset:([^@]+)@@$/)?.[1];
  if (logo) assets.add(logo);
  return {
    ...meta,
    branding: settings.branding,
    contacts: settings.contacts,
    targets: settings.targets,
    failedStatus12: settings.failedStatus12,
  };
}
