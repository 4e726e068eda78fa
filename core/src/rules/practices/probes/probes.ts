import type { PathSegment } from '../../../load/json-path.js';
import { asObject, type Obj } from '../../../model/fields.js';
import { isLongLivedContainer, type ContainerRef } from '../../../model/pod-template.js';
import type { PodFacts } from '../../pod-facts.js';

export type ProbeKind = 'livenessProbe' | 'readinessProbe' | 'startupProbe';
export const PROBE_KINDS: readonly ProbeKind[] = ['livenessProbe', 'readinessProbe', 'startupProbe'];

/** Containers that can have probes for the pod's life: regular ones and sidecars (restartable init containers). */
export function probedContainers(pod: PodFacts): ContainerRef[] {
  return pod.containers.filter(isLongLivedContainer);
}

/** True when some container of the pod has this probe: the pod-level condition it drives then has a signal. */
export function podHasProbe(pod: PodFacts, kind: ProbeKind): boolean {
  return probedContainers(pod).some((c) => asObject(c.container[kind]) !== undefined);
}

export type HandlerKind = 'httpGet' | 'tcpSocket' | 'grpc' | 'exec';

/** The probe's handler (what it runs), with its path. */
export function probeHandler(c: ContainerRef, kind: ProbeKind): { kind: HandlerKind; handler: Obj; path: readonly PathSegment[] } | undefined {
  const probe = asObject(c.container[kind]);
  if (probe === undefined) return undefined;
  for (const h of ['httpGet', 'tcpSocket', 'grpc', 'exec'] as const) {
    const handler = asObject(probe[h]);
    if (handler !== undefined) return { kind: h, handler, path: [...c.path, kind, h] };
  }
  return undefined;
}
