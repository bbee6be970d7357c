// The manifest checks the ADL schemas miss (SCORM CAM; see ../shared/SCORM.md): references, files, case, values.
import type { ScormTarget } from '../../src/model/course.ts';
import { TARGETS } from './targets.ts';
import { attr, childrenNamed, descendants, type XmlElement } from './xml-tree.ts';

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const IMSSS = 'http://www.imsglobal.org/xsd/imsss';

export interface ZipListing {
  /** Every entry name in the zip. */
  names: readonly string[];
  /** Entries that need no <file>: imsmanifest.xml and the schema files at the root. */
  exempt: ReadonlySet<string>;
}

/** Every problem found, each starting `imsmanifest.xml:<line>:`. An empty list means the manifest passed. */
export function checkManifest(root: XmlElement, target: ScormTarget, zip: ZipListing): string[] {
  const problems: string[] = [];
  const at = (el: XmlElement, message: string) => problems.push(`imsmanifest.xml:${el.line}: ${message}`);
  const cp = root.ns; // the content-packaging namespace of this manifest (1.2 and 2004 differ)
  const info = TARGETS[target];
  const all = [root, ...descendants(root)];
  const inCp = (local: string) => all.filter((e) => e.ns === cp && e.local === local);

  // Schema and version text: an LMS picks its runtime from schemaversion (1.2 vs 2004), the XSDs allow any string.
  const metadata = childrenNamed(root, cp, 'metadata')[0];
  const schema = metadata && childrenNamed(metadata, cp, 'schema')[0];
  const version = metadata && childrenNamed(metadata, cp, 'schemaversion')[0];
  if (!schema || schema.text.trim() !== 'ADL SCORM') at(metadata ?? root, '<schema> must be "ADL SCORM"');
  if (!version || version.text.trim() !== info.schemaversion) {
    at(version ?? metadata ?? root, `<schemaversion> is "${version?.text.trim() ?? ''}"; ${target} needs "${info.schemaversion}"`);
  }

  // Every XSD named in xsi:schemaLocation must be at the zip root (LMSs validate offline).
  const locations = (attr(root, XSI, 'schemaLocation') ?? '').trim().split(/\s+/).filter(Boolean);
  for (let i = 1; i < locations.length; i += 2) {
    const file = locations[i]!;
    if (!zip.names.includes(file)) at(root, `xsi:schemaLocation names ${file}, which is not at the zip root`);
  }

  // Identifiers unique across the manifest (xs:ID only covers part of this in 1.2's schema).
  const seen = new Map<string, XmlElement>();
  for (const el of all.filter((e) => e.ns === cp && ['manifest', 'organization', 'item', 'resource'].includes(e.local))) {
    const id = attr(el, '', 'identifier');
    if (id === undefined) continue;
    if (seen.has(id)) at(el, `identifier "${id}" is used twice (also on line ${seen.get(id)!.line})`);
    else seen.set(id, el);
  }

  const organizations = inCp('organization');
  const resources = new Map(inCp('resource').map((r) => [attr(r, '', 'identifier') ?? '', r]));
  const orgsEl = childrenNamed(root, cp, 'organizations')[0];
  const def = orgsEl && attr(orgsEl, '', 'default');
  if (!orgsEl || def === undefined) at(orgsEl ?? root, '<organizations> has no default organization');
  else if (!organizations.some((o) => attr(o, '', 'identifier') === def)) {
    at(orgsEl, `organizations default="${def}" names no <organization>`);
  }

  for (const el of [...organizations, ...inCp('item')]) {
    const title = childrenNamed(el, cp, 'title')[0];
    if (!title || title.text.trim() === '') at(el, `<${el.local} identifier="${attr(el, '', 'identifier') ?? ''}"> has no title`);
  }
  for (const item of inCp('item')) {
    const id = attr(item, '', 'identifier') ?? '';
    const ref = attr(item, '', 'identifierref');
    const isLeaf = childrenNamed(item, cp, 'item').length === 0;
    if (!isLeaf && ref !== undefined)
      at(item, `item "${id}" has child items, so it may not have identifierref (only leaf items launch content)`);
    else if (isLeaf && ref === undefined) at(item, `leaf item "${id}" has no identifierref, so it launches nothing`);
    else if (ref !== undefined && !resources.has(ref)) at(item, `item "${id}" identifierref="${ref}" names no <resource>`);
  }

  checkResources(root, [...resources.values()], target, zip, at);
  if (target === 'scorm12') checkMasteryScore12(all, info.adlcp, at);
  else checkObjectives2004(all, at);
  return problems;
}

type At = (el: XmlElement, message: string) => void;

function checkResources(root: XmlElement, resources: XmlElement[], target: ScormTarget, zip: ZipListing, at: At): void {
  const cp = root.ns;
  const adlcp = TARGETS[target].adlcp;
  // The 1.2 binding spells the attribute scormtype, 2004 scormType; 2004's lax anyAttribute lets a wrong
  // spelling through the schema, and the LMS then treats the SCO as an asset that never gets an API.
  const right = target === 'scorm12' ? 'scormtype' : 'scormType';
  const listed = new Set<string>();
  const entries = new Set(zip.names);
  const lowerEntries = new Map(zip.names.map((n) => [n.toLowerCase(), n]));
  for (const res of resources) {
    const id = attr(res, '', 'identifier') ?? '';
    const wrong = res.attributes.find((a) => a.local.toLowerCase() === 'scormtype' && a.local !== right);
    const type = attr(res, adlcp, right);
    if (wrong) at(res, `resource "${id}" has ${wrong.qname}; ${target} spells it adlcp:${right}`);
    else if (type === undefined) at(res, `resource "${id}" has no adlcp:${right}`);
    else if (type !== 'sco' && type !== 'asset') at(res, `resource "${id}" adlcp:${right}="${type}" must be "sco" or "asset"`);

    const files = childrenNamed(res, cp, 'file');
    const hrefs = files.map((f) => ({ el: f, href: attr(f, '', 'href') ?? '' }));
    for (const { el, href } of hrefs) {
      listed.add(href);
      checkHref(el, href, entries, lowerEntries, at);
    }
    const launch = attr(res, '', 'href');
    if (launch !== undefined) {
      checkHref(res, launch, entries, lowerEntries, at);
      if (!hrefs.some((h) => h.href === launch)) at(res, `resource "${id}" launches ${launch} but does not list it as a <file>`);
    }
  }
  for (const name of zip.names) {
    if (name.endsWith('/') || zip.exempt.has(name) || listed.has(name)) continue;
    at(resources[0] ?? root, `zip entry ${name} is not listed in any <file>`);
  }
}

function checkHref(el: XmlElement, href: string, entries: Set<string>, lower: Map<string, string>, at: At): void {
  const bad =
    href === ''
      ? 'is empty'
      : href.startsWith('/')
        ? 'starts with /; hrefs are relative to the package root'
        : href.includes('\\')
          ? 'contains \\; use /'
          : href.split('/').includes('..')
            ? 'contains ..; it must stay inside the package'
            : /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(href)
              ? 'is absolute; package files need relative hrefs'
              : /[^A-Za-z0-9._~!$&'()*+,;=:@/-]/.test(href)
                ? 'contains a character that must be percent-encoded, which LMSs decode inconsistently'
                : null;
  if (bad) return at(el, `href "${href}" ${bad}`);
  if (entries.has(href)) return;
  const other = lower.get(href.toLowerCase());
  // LMSs serve from case-sensitive file systems: a case mismatch is a 404 there, though it works on Windows.
  if (other) at(el, `href "${href}" differs in case from the zip entry ${other}`);
  else at(el, `href "${href}" is not in the zip`);
}

function checkMasteryScore12(all: XmlElement[], adlcp: string, at: At): void {
  // SCORM 1.2 CAM §2.3.2.2.3: masteryscore is 0-100; the XSD types it as a string up to 200 chars.
  for (const el of all.filter((e) => e.ns === adlcp && e.local === 'masteryscore')) {
    const text = el.text.trim();
    if (!/^\d{1,3}$/.test(text) || Number(text) > 100) {
      at(el, `adlcp:masteryscore "${text}" is not an integer from 0 to 100`);
    }
  }
}

function checkObjectives2004(all: XmlElement[], at: At): void {
  for (const obj of all.filter((e) => e.ns === IMSSS && (e.local === 'primaryObjective' || e.local === 'objective'))) {
    const measure = childrenNamed(obj, IMSSS, 'minNormalizedMeasure')[0];
    if (!measure) continue;
    // With satisfiedByMeasure="true" the LMS judges pass/fail from the score alone (SN §3.10, RTE 4.2.22): it would
    // pass a learner who missed a critical question, and show "Failed" while attempts remain (ILIAS did).
    if (attr(obj, '', 'satisfiedByMeasure') === 'true') {
      at(obj, `imsss:${obj.local} has satisfiedByMeasure="true", so the LMS, not the course, decides who passed`);
    }
    const value = Number(measure.text.trim());
    if (!/^-?\d+(\.\d+)?$/.test(measure.text.trim()) || value < 0 || value > 1) {
      at(measure, `imsss:minNormalizedMeasure "${measure.text.trim()}" is not a pass mark between 0 and 1`);
    }
  }
}
