/**
 * The order kube-scheduler walks nodes in (pkg/scheduler/backend/cache/node_tree.go): nodes grouped by zone
 * (region + zone labels, GetZoneKey), zones in order of first appearance, then taken round-robin — one node of
 * each zone, then the second of each, ... — so that a scan that stops early (percentageOfNodesToScore) still
 * sees every zone.
 */
import type { NodeInfo } from '../../../cluster/node-info.js';

const ZONE = 'topology.kubernetes.io/zone';
const ZONE_BETA = 'failure-domain.beta.kubernetes.io/zone';
const REGION = 'topology.kubernetes.io/region';
const REGION_BETA = 'failure-domain.beta.kubernetes.io/region';

/** utilnode.GetZoneKey: `region:\0:zone`, or '' for a node with neither label. */
export function zoneKey(labels: Readonly<Record<string, string>>): string {
  const zone = labels[ZONE] ?? labels[ZONE_BETA] ?? '';
  const region = labels[REGION] ?? labels[REGION_BETA] ?? '';
  return region === '' && zone === '' ? '' : `${region}:\u0000:${zone}`;
}

/** nodeTree.list(): the nodes interleaved zone by zone. */
export function nodeTreeOrder<T extends Pick<NodeInfo, 'labels'>>(nodes: readonly T[]): T[] {
  const zones = new Map<string, T[]>();
  for (const node of nodes) {
    const key = zoneKey(node.labels);
    const list = zones.get(key);
    if (list === undefined) zones.set(key, [node]);
    else list.push(node);
  }
  const lists = [...zones.values()];
  const out: T[] = [];
  for (let i = 0; out.length < nodes.length; i++) for (const list of lists) if (i < list.length) out.push(list[i] as T);
  return out;
}
