import { asString, getIn, type Obj } from '../model/fields.js';
import type { Action } from '../simulate/types.js';
import { builtInObjects } from './built-in-objects.js';
import { clusterObject } from './cluster-object.js';
import { objectKey, type ClusterState } from './cluster-state.js';

function keyOf(o: Obj): string {
  return objectKey(asString(o.kind) ?? '', asString(getIn(o, 'metadata', 'namespace')), asString(getIn(o, 'metadata', 'name')) ?? '');
}

function clusterIPOf(o: Readonly<Obj>): string | undefined {
  return asString(getIn(o, 'spec', 'clusterIP'));
}

/**
 * The snapshot with what every cluster has (`builtInObjects`: system namespaces, `default` ServiceAccounts, the
 * `kubernetes` and `kube-dns` Services, the system PriorityClasses) added where missing: a `--cluster` file with
 * only Nodes, or a dump of a few kinds, is still a whole cluster. Each namespace of the snapshot gets its
 * `default` ServiceAccount. Objects the snapshot has are kept as they are, and a built-in Service whose
 * ClusterIP a Service of the snapshot already holds is not added (a distribution that names its DNS Service
 * otherwise). Added objects come after the snapshot's (origin `cluster`).
 */
export function withBuiltIns(state: ClusterState): ClusterState {
  const usedIPs = new Set(state.list('Service').flatMap((s) => clusterIPOf(s.object) ?? []));
  const missing = builtInObjects(state.namespaces()).filter((o) => {
    if (state.get(keyOf(o)) !== undefined) return false;
    const ip = o.kind === 'Service' ? clusterIPOf(o) : undefined;
    return ip === undefined || !usedIPs.has(ip);
  });
  const actions: Action[] = missing.map((o) => ({ type: 'create', object: clusterObject(o, 0) }));
  return state.apply(actions);
}
