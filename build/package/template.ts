// Fills `{{name}}` placeholders in the manifest templates: text values are XML-escaped, `xml:` values inserted as is.
export interface TemplateValues {
  /** Plain text, escaped for element content and double-quoted attributes. */
  text: Record<string, string>;
  /** XML fragments the caller built and escaped itself (the <file> list). */
  xml: Record<string, string>;
}

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

/**
 * `{{name}}` takes `values.text[name]` escaped, `{{xml:name}}` takes `values.xml[name]` verbatim.
 * A placeholder with no value, or a value the template never uses, throws: either is a template bug
 * that would otherwise ship as literal braces or silently missing metadata.
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  const used = new Set<string>();
  const out = template.replace(/\{\{(xml:)?([A-Za-z][A-Za-z0-9]*)\}\}/g, (_m, raw: string | undefined, name: string) => {
    const table = raw ? values.xml : values.text;
    const value = table[name];
    if (value === undefined) throw new Error(`template placeholder {{${raw ?? ''}${name}}} has no value`);
    used.add((raw ?? '') + name);
    return raw ? value : escapeXml(value);
  });
  const unused = [...Object.keys(values.text).filter((k) => !used.has(k)), ...Object.keys(values.xml).filter((k) => !used.has(`xml:${k}`))];
  if (unused.length > 0) throw new Error(`template does not use ${unused.join(', ')}`);
  return out;
}
