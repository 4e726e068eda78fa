/**
 * JSON paths as kubeplan writes them: `spec.template.spec.containers[0].image`.
 * Keys that are not plain identifiers are bracket-quoted: `metadata.annotations["example.com/x"]`.
 */
export type PathSegment = string | number;

/** `/^[A-Za-z_$][A-Za-z0-9_$-]*$/`, by character codes: every finding's path is formatted. */
function isPlainKey(seg: string): boolean {
  if (seg.length === 0) return false;
  for (let i = 0; i < seg.length; i++) {
    const c = seg.charCodeAt(i);
    const ok = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || (i > 0 && ((c >= 48 && c <= 57) || c === 45));
    if (!ok) return false;
  }
  return true;
}

/** How a segment is written: `name` (first) or `.name`, `[0]`, `["example.com/x"]`. */
function segmentText(seg: PathSegment, first: boolean): string {
  if (typeof seg === 'number') return `[${seg}]`;
  if (isPlainKey(seg)) return first ? seg : `.${seg}`;
  return `[${JSON.stringify(seg)}]`;
}

export function formatPath(segments: readonly PathSegment[]): string {
  // Joined, not appended: `+=` builds a tree of string pieces that a kept diagnostic would hold on to.
  const parts: string[] = [];
  for (const seg of segments) parts.push(segmentText(seg, parts.length === 0));
  return parts.join('');
}

/** A formatted path with one more segment: `formatPath([...segs, seg])` from `formatPath(segs)`. */
export function appendPath(path: string, seg: PathSegment): string {
  return path + segmentText(seg, path === '');
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
