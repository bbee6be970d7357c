// A minimal namespace-aware XML reader for the self-check's structural checks (the XSD pass has already
// proved the manifest well-formed, so this handles elements, attributes, text, comments, CDATA, entities).

export interface XmlAttribute {
  /** Qualified name as written, e.g. `adlcp:scormType`. */
  qname: string;
  /** Resolved namespace URI ('' for an unprefixed attribute). */
  ns: string;
  local: string;
  value: string;
}

export interface XmlElement {
  qname: string;
  ns: string;
  local: string;
  attributes: XmlAttribute[];
  children: XmlElement[];
  /** Concatenated character data directly inside this element. */
  text: string;
  /** 1-based line of the start tag in the source, for messages. */
  line: number;
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_.:]*/y;

export function parseXml(source: string): XmlElement {
  const stack: { el: XmlElement; scope: Map<string, string> }[] = [];
  let root: XmlElement | null = null;
  let pos = 0;
  const newlines: number[] = [];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) newlines.push(i);
  const lineAt = (at: number) => {
    let lo = 0;
    let hi = newlines.length; // binary search: how many newlines precede `at`
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  const fail = (what: string): never => {
    throw new Error(`line ${lineAt(pos)}: ${what}`);
  };

  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    const textEnd = lt < 0 ? source.length : lt;
    if (stack.length > 0) stack[stack.length - 1]!.el.text += decodeEntities(source.slice(pos, textEnd));
    if (lt < 0) break;
    pos = lt;
    if (source.startsWith('<?', pos)) pos = after('?>');
    else if (source.startsWith('<!--', pos)) pos = after('-->');
    else if (source.startsWith('<![CDATA[', pos)) {
      const end = source.indexOf(']]>', pos);
      if (end < 0) fail('unterminated CDATA');
      if (stack.length > 0) stack[stack.length - 1]!.el.text += source.slice(pos + 9, end);
      pos = end + 3;
    } else if (source.startsWith('<!', pos)) pos = after('>');
    else if (source.startsWith('</', pos)) {
      const top = stack.pop() ?? fail('closing tag with nothing open');
      const end = source.indexOf('>', pos);
      const name = source.slice(pos + 2, end).trim();
      if (name !== top.el.qname) fail(`</${name}> closes <${top.el.qname}>`);
      pos = end + 1;
    } else openTag();
  }
  if (stack.length > 0 || root === null) fail('document is not complete');
  return root!;

  function after(terminator: string): number {
    const end = source.indexOf(terminator, pos);
    if (end < 0) fail(`missing ${terminator}`);
    return end + terminator.length;
  }

  function openTag(): void {
    const line = lineAt(pos);
    pos += 1;
    const qname = readName();
    const raw: { qname: string; value: string }[] = [];
    for (;;) {
      skipSpace();
      if (source.startsWith('/>', pos) || source.startsWith('>', pos)) break;
      const name = readName();
      skipSpace();
      if (source[pos] !== '=') fail(`attribute ${name} has no value`);
      pos += 1;
      skipSpace();
      const quote = source[pos];
      if (quote !== '"' && quote !== "'") fail(`attribute ${name} is not quoted`);
      const end = source.indexOf(quote!, pos + 1);
      raw.push({ qname: name, value: decodeEntities(source.slice(pos + 1, end)) });
      pos = end + 1;
    }
    const selfClosing = source.startsWith('/>', pos);
    pos += selfClosing ? 2 : 1;

    const scope = new Map(stack.length > 0 ? stack[stack.length - 1]!.scope : [['xml', 'http://www.w3.org/XML/1998/namespace']]);
    for (const a of raw) {
      if (a.qname === 'xmlns') scope.set('', a.value);
      else if (a.qname.startsWith('xmlns:')) scope.set(a.qname.slice(6), a.value);
    }
    const resolve = (q: string, isAttribute: boolean) => {
      const colon = q.indexOf(':');
      const prefix = colon < 0 ? '' : q.slice(0, colon);
      // Namespaces in XML §6.2: an unprefixed attribute is in no namespace.
      if (colon < 0 && isAttribute) return { ns: '', local: q };
      const ns = scope.get(prefix);
      if (ns === undefined) fail(`undeclared prefix ${prefix} in ${q}`);
      return { ns: ns!, local: colon < 0 ? q : q.slice(colon + 1) };
    };
    const el: XmlElement = {
      qname,
      ...resolve(qname, false),
      attributes: raw.filter((a) => a.qname !== 'xmlns' && !a.qname.startsWith('xmlns:')).map((a) => ({ ...a, ...resolve(a.qname, true) })),
      children: [],
      text: '',
      line,
    };
    if (stack.length > 0) stack[stack.length - 1]!.el.children.push(el);
    else if (root === null) root = el;
    else fail('more than one root element');
    if (!selfClosing) stack.push({ el, scope });
  }

  function readName(): string {
    NAME.lastIndex = pos;
    const m = NAME.exec(source) ?? fail('expected a name');
    pos += m[0].length;
    return m[0];
  }

  function skipSpace(): void {
    while (pos < source.length && /\s/.test(source[pos]!)) pos++;
  }
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e] ?? '';
  });
}

/** Attribute by namespace and local name. */
export function attr(el: XmlElement, ns: string, local: string): string | undefined {
  return el.attributes.find((a) => a.ns === ns && a.local === local)?.value;
}

/** Direct children by namespace and local name. */
export function childrenNamed(el: XmlElement, ns: string, local: string): XmlElement[] {
  return el.children.filter((c) => c.ns === ns && c.local === local);
}

/** Every descendant (depth first, document order), the element itself excluded. */
export function descendants(el: XmlElement): XmlElement[] {
  return el.children.flatMap((c) => [c, ...descendants(c)]);
}
