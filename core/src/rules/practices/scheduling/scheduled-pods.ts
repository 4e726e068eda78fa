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
