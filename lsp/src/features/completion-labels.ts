import { asString, getIn, type KubeObject, type PathSegment } from '@kubeplan/core';
import type { Workspace } from '../workspace/workspace.js';

/** Whose labels a field writes or matches: pods (selectors), nodes (node selectors, affinity) or objects. */
export type LabelUniverse = 'pods' | 'nodes' | 'objects';

/** A label key or value being written, and among which labels to propose. */
export interface LabelSlot {
  universe: LabelUniverse;
  want: 'key' | 'value';
  /** The label key whose values to propose. */
  key?: string;
}

/** Label keys kube-scheduler users select nodes by, proposed when no cluster file names others. */
const WELL_KNOWN_NODE_LABELS: Readonly<Record<string, readonly string[]>> = {
  'kubernetes.io/hostname': [],
  'kubernetes.io/os': ['linux', 'windows'],
  'kubernetes.io/arch': ['amd64', 'arm64'],
  'topology.kubernetes.io/zone': [],
  'topology.kubernetes.io/region': [],
  'node.kubernetes.io/instance-type': [],
};

function isNodeContext(path: readonly PathSegment[]): boolean {
  return path.includes('nodeSelector') || path.includes('nodeSelectorTerms') || path.includes('preference') || path.includes('nodeAffinity');
}

/**
 * The label slot at a path: `key` with the path of the mapping a key goes into, `value` with the path of the
 * value. Selectors match pod labels (node labels under node affinity), `labels` mappings write object labels.
 */
export function labelSlot(object: KubeObject | undefined, path: readonly PathSegment[], role: 'key' | 'value'): LabelSlot | undefined {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  const nodes = isNodeContext(path);
  const isServiceSelector = object?.kind === 'Service' && path[0] === 'spec' && path[1] === 'selector';
  if (role === 'key') {
    if (last === 'nodeSelector') return { universe: 'nodes', want: 'key' };
    if (last === 'matchLabels') return { universe: nodes ? 'nodes' : path.includes('namespaceSelector') ? 'objects' : 'pods', want: 'key' };
    if (isServiceSelector && path.length === 2) return { universe: 'pods', want: 'key' };
    if (last === 'labels') return { universe: 'objects', want: 'key' };
    return undefined;
  }
  if (typeof last === 'string' && (parent === 'nodeSelector' || parent === 'matchLabels' || parent === 'labels' || (isServiceSelector && path.length === 3))) {
    const universe: LabelUniverse = parent === 'nodeSelector' || nodes ? 'nodes' : parent === 'labels' ? 'objects' : 'pods';
    return { universe, want: 'value', key: last };
  }
  if (last === 'topologyKey') return { universe: 'nodes', want: 'key' };
  if (last === 'key' && typeof parent === 'number' && (path[path.length - 3] === 'matchExpressions' || path[path.length - 3] === 'matchFields')) {
    return { universe: nodes ? 'nodes' : 'pods', want: 'key' };
  }
  if (typeof last === 'number' && parent === 'values' && object !== undefined) {
    const key = asString(getIn(object, ...path.slice(0, -2), 'key'));
    return key === undefined ? undefined : { universe: nodes ? 'nodes' : 'pods', want: 'value', key };
  }
  return undefined;
}

function add(map: Map<string, Set<string>>, labels: Readonly<Record<string, string>> | undefined): void {
  for (const [k, v] of Object.entries(labels ?? {})) {
    let values = map.get(k);
    if (values === undefined) map.set(k, (values = new Set()));
    values.add(v);
  }
}

/** Every label (key → values) of a universe: pod template labels, the cluster's node labels, object labels. */
export function labelsOf(ws: Workspace, universe: LabelUniverse, namespace: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (universe === 'nodes') {
    for (const [k, values] of Object.entries(WELL_KNOWN_NODE_LABELS)) add(out, Object.fromEntries(values.map((v) => [k, v])));
    for (const k of Object.keys(WELL_KNOWN_NODE_LABELS)) if (!out.has(k)) out.set(k, new Set());
    for (const node of ws.project.cluster?.nodes ?? []) add(out, node.labels);
    return out;
  }
  const objects = ws.objects();
  if (universe === 'pods') {
    for (const o of objects.podMakers(namespace)) add(out, o.podTemplate?.labels ?? o.labels);
    return out;
  }
  for (const o of objects.all()) {
    add(out, o.labels);
    add(out, o.podTemplate?.labels);
  }
  return out;
}
