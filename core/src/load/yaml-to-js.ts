import { isAlias, isMap, isScalar, isSeq, type Alias, type Document, type Node, type Scalar, type YAMLMap } from 'yaml';
import type { DocProblem } from './doc-problem.js';
import type { PathSegment } from './json-path.js';
import { resolveKubeScalar, stringifyKey } from './kube-scalar.js';

/** Nodes an alias expansion may create in one document before it counts as an alias bomb. */
export const ALIAS_NODE_LIMIT = 10_000;

const CORE_TAG = 'tag:yaml.org,2002:';
const RESOLVED_TAGS = new Set(['null', 'bool', 'int', 'float'].map((t) => CORE_TAG + t));

interface ConvertState {
  report: (problem: DocProblem) => void;
  path: PathSegment[];
  /** Collections being converted: an alias to one of them is a cycle. */
  open: Set<Node>;
  /** Anchors defined so far, in document order (a later `&a` replaces an earlier one, as in YAML). */
  anchors: Map<string, Node>;
  /** The outermost alias being expanded, if any. */
  alias: Alias | undefined;
  aliasNodes: number;
  aliasLimitHit: boolean;
}

function rangeOf(node: Node | null | undefined): [number, number] {
  const r = node?.range;
  return r ? [r[0], r[1]] : [0, 0];
}

function setProperty(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  } else obj[key] = value;
}

/** The decoded value of a scalar node (go-yaml v2 rules for plain and core-tagged scalars). */
export function scalarValue(node: Scalar): unknown {
  const raw = node.value;
  const src = typeof raw === 'string' ? raw : raw === null || raw === undefined ? '' : String(raw);
  const tag = node.tag;
  if (tag === undefined) return node.type === 'PLAIN' ? resolveKubeScalar(src) : src;
  return RESOLVED_TAGS.has(tag) ? resolveKubeScalar(src) : src;
}

/** True for an untagged plain `<<` key. */
export function isMergeKey(key: unknown): boolean {
  return isScalar(key) && key.type === 'PLAIN' && key.value === '<<' && key.tag === undefined;
}

function convert(node: Node | null | undefined, st: ConvertState): unknown {
  if (node === null || node === undefined) return null;
  if (st.alias !== undefined && ++st.aliasNodes > ALIAS_NODE_LIMIT) {
    if (!st.aliasLimitHit) {
      st.aliasLimitHit = true;
      const [start, end] = rangeOf(st.alias);
      st.report({
        rule: 'yaml-alias-limit',
        message: `alias expansion exceeds ${ALIAS_NODE_LIMIT} nodes (an "alias bomb"?); the rest is read as null`,
        start,
        end,
        path: [...st.path],
      });
    }
    return null;
  }
  const anchor = (node as { anchor?: unknown }).anchor;
  if (typeof anchor === 'string' && st.alias === undefined) st.anchors.set(anchor, node);
  if (isScalar(node)) return scalarValue(node);
  if (isAlias(node)) return convertAlias(node, st);
  if (isSeq(node)) {
    st.open.add(node);
    const out = node.items.map((item, i) => {
      st.path.push(i);
      const v = convert(item as Node, st);
      st.path.pop();
      return v;
    });
    st.open.delete(node);
    return out;
  }
  if (isMap(node)) return convertMap(node, st);
  return null;
}

function convertAlias(node: Alias, st: ConvertState): unknown {
  const target = st.anchors.get(node.source);
  const [start, end] = rangeOf(node);
  if (target === undefined || st.open.has(target)) {
    st.report({
      rule: target === undefined ? 'yaml-syntax' : 'yaml-alias-limit',
      message: target === undefined ? `unknown alias *${node.source}` : `alias *${node.source} refers to itself`,
      start,
      end,
      path: [...st.path],
    });
    return null;
  }
  const outer = st.alias;
  st.alias ??= node;
  const v = convert(target, st);
  st.alias = outer;
  return v;
}

function mergeInto(out: Record<string, unknown>, source: unknown, valueNode: Node | null, st: ConvertState): void {
  const sources = Array.isArray(source) ? source : [source];
  for (const src of sources) {
    if (src === null || typeof src !== 'object' || Array.isArray(src)) {
      const [start, end] = rangeOf(valueNode);
      st.report({ rule: 'yaml-syntax', message: 'a `<<` merge key needs a mapping or a list of mappings', start, end, path: [...st.path] });
      continue;
    }
    // Keys already present (written or merged earlier) win, as the YAML merge spec says.
    for (const [k, v] of Object.entries(src)) if (!Object.hasOwn(out, k)) setProperty(out, k, v);
  }
}

function convertMap(node: YAMLMap, st: ConvertState): Record<string, unknown> {
  st.open.add(node);
  const out: Record<string, unknown> = {};
  const written = new Set<string>();
  for (const pair of node.items) {
    const keyNode = pair.key as Node | null;
    const valueNode = pair.value as Node | null;
    if (isMergeKey(keyNode)) {
      mergeInto(out, convert(valueNode, st), valueNode, st);
      continue;
    }
    const key = stringifyKey(convert(keyNode, st));
    st.path.push(key);
    const value = convert(valueNode, st);
    if (written.has(key)) {
      const [start, end] = rangeOf(keyNode);
      st.report({
        rule: 'yaml-duplicate-key',
        message: `duplicate key "${key}": the API server rejects it (strict decoding); the last value is used here`,
        start,
        end,
        path: [...st.path],
      });
    }
    st.path.pop();
    written.add(key);
    setProperty(out, key, value);
  }
  st.open.delete(node);
  return out;
}

/**
 * Converts a `yaml` AST (parsed with the failsafe schema, so every scalar is still text) into the plain value
 * the Kubernetes decoder would produce: go-yaml v2 scalars, `<<` merges, aliases expanded into copies (capped:
 * an alias bomb reports `yaml-alias-limit` and reads as null), duplicate keys reported with the last one kept.
 */
export function yamlToJs(doc: Document, report: (problem: DocProblem) => void): unknown {
  const st: ConvertState = {
    report,
    path: [],
    open: new Set(),
    anchors: new Map(),
    alias: undefined,
    aliasNodes: 0,
    aliasLimitHit: false,
  };
  return convert(doc.contents as Node | null, st);
}
