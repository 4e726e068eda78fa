/**
 * Where an object names another one (a ConfigMap by `configMapRef.name`, a Service by an Ingress backend...):
 * one table of path patterns, read both ways — the references an object makes (go to definition, find
 * references) and the kind of object a field names (completion of names).
 */
import type { PathSegment } from '../load/json-path.js';
import type { KubeObject } from '../load/types.js';
import { asString, getIn } from '../model/fields.js';

/** One reference: the kind and name of the target, and where the name is written. */
export interface ObjectReference {
  kind: string;
  name: string;
  /** The target's namespace when the reference says it (RBAC subjects); otherwise the object's own. */
  namespace?: string;
  path: PathSegment[];
}

/** `#` stands for any sequence index. */
type Pattern = readonly (string | '#')[];

interface RefPattern {
  suffix: Pattern;
  /** The target kind, or where to read it in the object (the segments of the matched path before the name, plus `kind`). */
  kind: string | ((object: KubeObject, path: readonly PathSegment[]) => string | undefined);
  /** Only in objects of these kinds. */
  in?: readonly string[];
  /** The suffix is the whole path. */
  exact?: boolean;
}

/** The kind written beside the name (`scaleTargetRef.kind`, `roleRef.kind`, `subjects[0].kind`). */
const sibling =
  (allowed?: readonly string[]) =>
  (object: KubeObject, path: readonly PathSegment[]): string | undefined => {
    const kind = asString(getIn(object, ...path.slice(0, -1), 'kind'));
    return kind !== undefined && (allowed === undefined || allowed.includes(kind)) ? kind : undefined;
  };

const BINDINGS = ['RoleBinding', 'ClusterRoleBinding'];

const PATTERNS: readonly RefPattern[] = [
  { suffix: ['configMapRef', 'name'], kind: 'ConfigMap' },
  { suffix: ['configMapKeyRef', 'name'], kind: 'ConfigMap' },
  { suffix: ['configMap', 'name'], kind: 'ConfigMap' },
  { suffix: ['secretRef', 'name'], kind: 'Secret' },
  { suffix: ['secretKeyRef', 'name'], kind: 'Secret' },
  { suffix: ['secret', 'secretName'], kind: 'Secret' },
  { suffix: ['sources', '#', 'secret', 'name'], kind: 'Secret' },
  { suffix: ['imagePullSecrets', '#', 'name'], kind: 'Secret' },
  { suffix: ['tls', '#', 'secretName'], kind: 'Secret', in: ['Ingress'] },
  { suffix: ['persistentVolumeClaim', 'claimName'], kind: 'PersistentVolumeClaim' },
  { suffix: ['serviceAccountName'], kind: 'ServiceAccount' },
  { suffix: ['spec', 'serviceName'], kind: 'Service', in: ['StatefulSet'], exact: true },
  { suffix: ['backend', 'service', 'name'], kind: 'Service', in: ['Ingress'] },
  { suffix: ['defaultBackend', 'service', 'name'], kind: 'Service', in: ['Ingress'] },
  { suffix: ['spec', 'scaleTargetRef', 'name'], kind: sibling(), in: ['HorizontalPodAutoscaler'], exact: true },
  { suffix: ['roleRef', 'name'], kind: sibling(['Role', 'ClusterRole']), in: BINDINGS },
  { suffix: ['subjects', '#', 'name'], kind: sibling(['ServiceAccount']), in: BINDINGS },
  { suffix: ['storageClassName'], kind: 'StorageClass' },
  { suffix: ['priorityClassName'], kind: 'PriorityClass' },
  { suffix: ['runtimeClassName'], kind: 'RuntimeClass' },
  { suffix: ['ingressClassName'], kind: 'IngressClass' },
  { suffix: ['metadata', 'namespace'], kind: 'Namespace', exact: true },
];

function matches(p: Pattern, path: readonly PathSegment[], exact: boolean): boolean {
  if (path.length < p.length || (exact && path.length !== p.length)) return false;
  const off = path.length - p.length;
  return p.every((seg, i) => (seg === '#' ? typeof path[off + i] === 'number' : seg === path[off + i]));
}

/** Free-form content: a key there is data, never a reference. */
const FREE_FORM = new Set(['data', 'stringData', 'binaryData', 'status']);

/** The kind of object the field at `path` names (`ConfigMap` for `...envFrom[0].configMapRef.name`), if any. */
export function referenceKindAt(object: KubeObject, path: readonly PathSegment[]): string | undefined {
  if (FREE_FORM.has(path[0] as string)) return undefined;
  const kind = asString(object.kind);
  for (const p of PATTERNS) {
    if (p.in !== undefined && (kind === undefined || !p.in.includes(kind))) continue;
    if (!matches(p.suffix, path, p.exact === true)) continue;
    return typeof p.kind === 'string' ? p.kind : p.kind(object, path);
  }
  return undefined;
}

/** Every reference an object makes, in document order. */
export function referencesOf(object: KubeObject): ObjectReference[] {
  const out: ObjectReference[] = [];
  const visit = (value: unknown, path: PathSegment[], depth: number): void => {
    if (depth > 40 || (depth === 1 && FREE_FORM.has(path[0] as string))) return;
    if (typeof value === 'string') {
      if (value === '') return;
      const kind = referenceKindAt(object, path);
      if (kind === undefined) return;
      const ref: ObjectReference = { kind, name: value, path };
      const ns = path[0] === 'subjects' ? asString(getIn(object, ...path.slice(0, -1), 'namespace')) : undefined;
      if (ns !== undefined) ref.namespace = ns;
      out.push(ref);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, [...path, i], depth + 1));
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k], depth + 1);
    }
  };
  visit(object, [], 0);
  return out;
}
