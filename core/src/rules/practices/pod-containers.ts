import type { KubeObject } from '../../load/types.js';
import { asString } from '../../model/fields.js';
import type { ContainerRef, PodTemplateRef } from '../../model/pod-template.js';

/** Kinds whose pods run until deleted (not run-to-completion Jobs): probes, replicas and spreading matter. */
export const LONG_RUNNING_KINDS: readonly string[] = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController'];

/** `container "web"`, `init container "setup"`: how messages name a container. */
export function describeContainer(c: ContainerRef): string {
  const kind = c.kind === 'initContainers' ? 'init container' : c.kind === 'ephemeralContainers' ? 'ephemeral container' : 'container';
  return `${kind} "${c.name}"`;
}

/**
 * The pod runs until deleted: a Deployment-like controller, or a Pod whose restartPolicy is Always (the default).
 * Pods of Jobs (`restartPolicy: Never/OnFailure`) run to completion.
 */
export function isLongRunning(obj: KubeObject, template: PodTemplateRef): boolean {
  if (typeof obj.kind !== 'string' || !LONG_RUNNING_KINDS.includes(obj.kind)) return false;
  return obj.kind !== 'Pod' || (asString(template.spec.restartPolicy) ?? 'Always') === 'Always';
}
