// Validates imsmanifest.xml against the ADL schemas with libxml2 (xmllint-wasm) through a driver schema.
import { validateXML } from 'xmllint-wasm';
import type { ScormTarget } from '../../src/model/course.ts';
import type { PackageFile } from './schemas.ts';
import { TARGETS, XML_DECLARATIONS } from './targets.ts';

const DRIVER = 'maisp-driver.xsd';

/**
 * What SCORM 1.2's ims_xml.xsd declares (xml:lang, xml:base, xml:link), in a form libxml2 accepts: the ADL
 * file binds the xml namespace as the default namespace, which libxml2 rejects as a namespace error.
 */
const XML_DECLARATIONS_XSD = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.w3.org/XML/1998/namespace">
  <xs:attribute name="lang" type="xs:language"/>
  <xs:attribute name="base" type="xs:string"/>
  <xs:attribute name="link" type="xs:string"/>
</xs:schema>
`;

/**
 * libxml2 ignores xsi:schemaLocation, and the 1.2 imscp schema alone fails on its strict wildcards
 * (the adlcp and imsmd elements are unknown to it). So validate against a driver of our own that
 * xs:imports every namespace the target uses, each from its local file; xml.xsd comes first because
 * the others import the xml namespace too and libxml2 keeps the first location it sees.
 */
export function driverSchema(target: ScormTarget): string {
  const imports = TARGETS[target].imports
    .map((i) => `  <xs:import namespace="${i.namespace}" schemaLocation="${i.schemaLocation}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n${imports}\n</xs:schema>\n`;
}

/**
 * Problems found by the schemas, as `imsmanifest.xml:<line>: <message>`. `schemaFiles` are the schema
 * files found at the zip root: validating with the zip's own copies also proves they are there.
 */
export async function validateManifestXsd(manifest: string, target: ScormTarget, schemaFiles: readonly PackageFile[]): Promise<string[]> {
  return (await validateManifestsXsd([manifest], target, schemaFiles))[0] ?? [];
}

/**
 * The problems of each of `manifests` (zips sharing the same schema files), in one run of xmllint: starting
 * libxml2 and compiling the ADL schemas is nearly all of the time, so 30 editions cost about what one does.
 */
export async function validateManifestsXsd(
  manifests: readonly string[],
  target: ScormTarget,
  schemaFiles: readonly PackageFile[],
): Promise<string[][]> {
  const present = new Set(schemaFiles.map((f) => f.name));
  const missing = TARGETS[target].imports.filter((i) => i.schemaLocation !== XML_DECLARATIONS && !present.has(i.schemaLocation));
  if (missing.length > 0) {
    return manifests.map(() => missing.map((i) => `${i.schemaLocation} (schema for ${i.namespace}) is not at the zip root`));
  }
  // Each manifest under a name of its own, mapped back to imsmanifest.xml in the messages.
  const names = manifests.map((_, i) => (manifests.length === 1 ? 'imsmanifest.xml' : `imsmanifest-${i}.xml`));
  const result = await validateXML({
    xml: manifests.map((contents, i) => ({ fileName: names[i] ?? '', contents })),
    schema: { fileName: DRIVER, contents: driverSchema(target) },
    preload: [
      ...schemaFiles.map((f) => ({ fileName: f.name, contents: new Uint8Array(f.data) })),
      { fileName: XML_DECLARATIONS, contents: XML_DECLARATIONS_XSD },
    ],
  });
  if (result.valid) return manifests.map(() => []);
  const errors = result.errors
    // libxml2 warns that imscp skips ims_xml.xsd because the driver imported the xml namespace first: expected.
    .filter((e) => !/parser warning/.test(e.message))
    .map((e) => {
      const message = e.message.replace(/^\s*Schemas validity error\s*:\s*/, '').trim();
      return { file: e.loc?.fileName, text: e.loc ? `imsmanifest.xml:${e.loc.lineNumber}: ${message}` : e.rawMessage.trim() };
    });
  return names.map((name) => {
    // An error xmllint could not place belongs to every manifest of the run.
    const own = errors.filter((e) => e.file === name || e.file === undefined).map((e) => e.text);
    if (own.length > 0) return own;
    return manifests.length === 1 || new RegExp(`^${name.replace('.', '\\.')} fails to validate`, 'm').test(result.rawOutput)
      ? [`imsmanifest.xml does not validate: ${result.rawOutput.trim()}`]
      : [];
  });
}
