import type { ClusterNodes } from '../../../cluster/cluster-nodes.js';
import type { NodeInfo } from '../../../cluster/node-info.js';
import type { KubeObject } from '../../../load/types.js';
import { asNumber, asString } from '../../../model/fields.js';
import { podTemplateOf, WORKLOAD_KINDS, type PodTemplateRef } from '../../../model/pod-template.js';

/** Kinds whose pods get scheduled (a PodTemplate is only a template). */
export const SCHEDULED_KINDS: readonly string[] = WORKLOAD_KINDS.filter((k) => k !== 'PodTemplate');

const SCALABLE_KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController']);

/**
 * The pod template of an object whose pods the scheduler places; undefined for a pod bound by `nodeName` (the
 * scheduler never sees it) and for a workload scaled to zero (it has no pods).
 */
export function scheduledTemplate(obj: KubeObject): PodTemplateRef | undefined {
  const template = podTemplateOf(obj);
  if (template === undefined) return undefined;
  const nodeName = asString(template.spec.nodeName);
  if (nodeName !== undefined && nodeName !== '') return undefined;
  const spec = obj.spec as Record<string, unknown> | undefined;
  if (typeof obj.kind === 'string' && SCALABLE_KINDS.has(obj.kind) && asNumber(spec?.replicas) === 0) return undefined;
  return template;
}

/**
 * What every cluster-aware scheduling rule starts from: the nodes of `--cluster` and the pod template the
 * scheduler would place; undefined when no cluster (or no node) was given or no pod gets scheduled.
 */
export function scheduledOnCluster(ctx: { readonly object: KubeObject; readonly cluster?: ClusterNodes }): { nodes: readonly NodeInfo[]; template: PodTemplateRef } | undefined {
  const nodes = ctx.cluster?.nodes;
  if (nodes === undefined || nodes.length === 0) return undefined;
  const template = scheduledTemplate(ctx.object);
  return template === undefined ? undefined : { nodes, template };
}
