/**
 * Downtime as a client sees it: the Services in the workload's namespace whose selector picks its pods, and
 * whether one of them goes from some ready endpoints to none at a step of the rollout. Ready endpoints are read
 * from the Service's EndpointSlices, as kube-proxy reads them: the ready endpoints of slices that carry a port
 * (a named targetPort no new pod declares leaves its pods in a slice without ports — no traffic reaches them).
 * The slices follow the pods a round later, which stands for a pod's start-up (see rollout-measure.ts).
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import { asString, asStringMap, getIn, objectItems } from '../../model/fields.js';
import { selectorMatches, serviceSelector } from '../../model/label-selector.js';
import { slicesOf } from '../controllers/service-endpoints-output.js';
import type { SimObject } from '../types.js';

interface Watched {
  readonly key: string;
  readonly name: string;
  hadReady: boolean;
  dropped: boolean;
}

/** The distinct ready endpoints of the Service's slices that route a port (any slice for a Service without ports). */
function readyEndpoints(state: ClusterState, service: SimObject): number {
  const routesPorts = objectItems(getIn(service.object, 'spec', 'ports')).length > 0;
  const ready = new Set<string>();
  for (const slice of slicesOf(state, service)) {
    if (routesPorts && objectItems(slice.object.ports).length === 0) continue;
    for (const { item } of objectItems(slice.object.endpoints)) {
      if (getIn(item, 'conditions', 'ready') === false) continue;
      ready.add(asString(getIn(item, 'targetRef', 'name')) ?? asString(getIn(item, 'addresses', 0)) ?? '');
    }
  }
  return ready.size;
}

export class ServiceDowntime {
  private readonly watched: Watched[];

  /** Watches the Services of `state` that select one of `pods` (or a pod made from `templateLabels`). */
  constructor(state: ClusterState, namespace: string, pods: readonly SimObject[], templateLabels: readonly Readonly<Record<string, string>>[]) {
    const labelSets = [...templateLabels, ...pods.map((p) => asStringMap(getIn(p.object, 'metadata', 'labels')) ?? {})];
    this.watched = state.list('Service', namespace).flatMap((svc): Watched[] => {
      const selector = serviceSelector(svc.object);
      if (selector === undefined || !labelSets.some((labels) => selectorMatches(selector, labels))) return [];
      return [{ key: svc.key, name: `${namespace}/${svc.name}`, hadReady: false, dropped: false }];
    });
  }

  /** Counts the ready endpoints in `state`. */
  observe(state: ClusterState): void {
    for (const w of this.watched) {
      const service = state.get(w.key);
      const ready = service === undefined ? 0 : readyEndpoints(state, service);
      if (ready > 0) w.hadReady = true;
      else if (w.hadReady) w.dropped = true;
    }
  }

  /** `namespace/name` of the Services that lost every ready endpoint at some step, sorted. */
  dropped(): string[] {
    return this.watched.filter((w) => w.dropped).map((w) => w.name).sort();
  }
}
