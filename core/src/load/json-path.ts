/**
 * JSON paths as kubeplan writes them: `spec.template.spec.containers[0].image`.
 * Keys that are not plain identifiers are bracket-quoted: `metadata.annotations["example.com/x"]`.
 */
export type PathSegment = string | number;

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const seg of segments) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (PLAIN_KEY.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** Inverse of {@link formatPath}. Throws on malformed input (a programming error, not user input). */
export function parsePath(path: string): PathSegment[] {
  const segs: PathSegment[] = [];
  let i = 0;
  while (i < path.length) {
    const ch = path[i];
    if (ch === '.') {
      i++;
      continue;
    }
    if (ch === '[') {
      if (path[i + 1] === '"') {
        // JSON string literal up to the matching quote
        let j = i + 2;
        while (j < path.length && path[j] !== '"') j += path[j] === '\\' ? 2 : 1;
        segs.push(JSON.parse(path.slice(i + 1, j + 1)) as string);
        i = j + 2; // past `"]`
      } else {
        const close = path.indexOf(']', i);
        if (close < 0) throw new Error(`malformed path: ${path}`);
        segs.push(Number(path.slice(i + 1, close)));
        i = close + 1;
      }
      continue;
    }
    let j = i;
    while (j < path.length && path[j] !== '.' && path[j] !== '[') j++;
    segs.push(path.slice(i, j));
    i = j;
  }
  return segs;
}

/** Converts an ajv/JSON-pointer instance path (`/spec/containers/0`) to segments. */
export function pointerToSegments(pointer: string, root: unknown): PathSegment[] {
  if (pointer === '') return [];
  const segs: PathSegment[] = [];
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const idx = Number(key);
      segs.push(idx);
      node = node[idx];
    } else {
      segs.push(key);
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    }
  }
  return segs;
}
