/**
 * A strict little XML reader for tests: enough of XML 1.0 to check that our JUnit output is well-formed
 * (one root, balanced tags, quoted attributes, only known entities, no raw `<` or `&`) and to read it back.
 * Throws on anything else.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const FORBIDDEN = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(s)) {
    throw new Error(`bare & in ${JSON.stringify(s)}`);
  }
  if (s.includes('<')) throw new Error(`raw < in ${JSON.stringify(s)}`);
  const out = s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (_, e: string) =>
    e.startsWith('#x')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(parseInt(e.slice(1), 10))
        : (ENTITIES[e] ?? ''),
  );
  // Characters XML 1.0 forbids, written raw or as a character reference.
  if (FORBIDDEN.test(out)) {
    throw new Error(`character not allowed in XML in ${JSON.stringify(s)}`);
  }
  return out;
}

export function parseXml(xml: string): XmlElement {
  const decl = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/.exec(xml);
  if (decl === null) throw new Error('missing XML declaration');
  const token = /<\/([\w:-]+)>|<([\w:-]+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/y;
  token.lastIndex = decl[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (token.lastIndex < xml.length) {
    const at = token.lastIndex;
    const m = token.exec(xml);
    if (m === null) throw new Error(`malformed markup at ${at}: ${JSON.stringify(xml.slice(at, at + 40))}`);
    const [, close, open, attrText = '', selfClose, text] = m;
    const top = stack.at(-1);
    if (text !== undefined) {
      if (top === undefined) {
        if (text.trim() !== '') throw new Error(`text outside the root: ${JSON.stringify(text)}`);
      } else top.text += decode(text);
    } else if (close !== undefined) {
      if (top?.name !== close) throw new Error(`</${close}> closes <${top?.name ?? 'nothing'}>`);
      stack.pop();
    } else if (open !== undefined) {
      const attrs: Record<string, string> = {};
      for (const a of attrText.matchAll(/([\w:-]+)="([^"]*)"/g)) {
        if (a[1]! in attrs) throw new Error(`duplicate attribute ${a[1]}`);
        attrs[a[1]!] = decode(a[2]!);
      }
      const el: XmlElement = { name: open, attrs, children: [], text: '' };
      if (top !== undefined) top.children.push(el);
      else if (root !== undefined) throw new Error('more than one root element');
      else root = el;
      if (selfClose !== '/') stack.push(el);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.at(-1)?.name}>`);
  if (root === undefined) throw new Error('no root element');
  return root;
}

/** All descendants named `name`, depth first. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  return el.children.flatMap((c) => [...(c.name === name ? [c] : []), ...findAll(c, name)]);
}
