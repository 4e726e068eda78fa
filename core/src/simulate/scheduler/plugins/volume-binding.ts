/**
 * VolumeBinding, the basics (pkg/scheduler/framework/plugins/volumebinding/volume_binding.go, binder.go).
 * PreFilter: every claim the pod mounts must exist, and no Immediate claim may be left unbound with nothing to
 * provision it. Filter: a bound volume's node affinity must admit the node; a WaitForFirstConsumer claim that
 * nothing can provision finds no volume anywhere. In the steady state an Immediate claim whose class has a
 * provisioner is bound before the pod is scheduled, anywhere: storage capacity, allowedTopologies and
 * matching static volumes by size are not modelled (the engine's `provisionable` says whether a volume can
 * exist at all).
 */
import { matchesTerms, type NodeSelectorTerm } from '../../../model/node-affinity.js';
import { stateKey } from '../framework/cycle-state.js';
import { PRE_FILTER_SKIP, PRE_FILTER_SUCCESS, type FilterPlugin, type PluginHandle, type PreFilterPlugin } from '../framework/plugin.js';
import { SUCCESS, unresolvable, type Status } from '../framework/status.js';
import { PLUGIN } from '../names.js';

export const ERR_REASON_UNBOUND_IMMEDIATE = 'pod has unbound immediate PersistentVolumeClaims';
export const ERR_REASON_NODE_CONFLICT = 'node(s) had volume node affinity conflict';
export const ERR_REASON_BIND_CONFLICT = "node(s) didn't find available persistent volumes to bind";

interface VolumeState {
  /** Required node affinity of each bound volume that has one. */
  readonly boundAffinities: readonly (readonly NodeSelectorTerm[])[];
  /** A WaitForFirstConsumer claim no provisioner or volume can satisfy. */
  readonly unbindable: boolean;
}

const VOLUMES = stateKey<VolumeState>('PreFilterVolumeBinding');

/** The VolumeBinding plugin (see above). */
export function volumeBinding(handle: PluginHandle): PreFilterPlugin & FilterPlugin {
  const unbound = unresolvable(PLUGIN.VolumeBinding, ERR_REASON_UNBOUND_IMMEDIATE);
  const statuses = new Map<string, Status>();
  const shared = (...reasons: string[]): Status => {
    const key = reasons.join('\n');
    let s = statuses.get(key);
    if (s === undefined) statuses.set(key, (s = unresolvable(PLUGIN.VolumeBinding, ...reasons)));
    return s;
  };
  return {
    name: PLUGIN.VolumeBinding,
    preFilter(state, pod) {
      if (pod.claims.length === 0) return PRE_FILTER_SKIP;
      const infos = [];
      for (const claim of pod.claims) {
        const info = handle.view.lookups.claim(pod.namespace, claim.name);
        if (info === undefined) {
          const msg = claim.ephemeral
            ? `waiting for ephemeral volume controller to create the persistentvolumeclaim "${claim.name}"`
            : `persistentvolumeclaim "${claim.name}" not found`;
          return { status: unresolvable(PLUGIN.VolumeBinding, msg) };
        }
        infos.push(info);
      }
      if (infos.some((c) => c.phase === 'Pending' && !c.waitForFirstConsumer && !c.provisionable)) return { status: unbound };
      state.write(VOLUMES, {
        boundAffinities: infos.flatMap((c) => (c.phase === 'Bound' && (c.nodeAffinity?.length ?? 0) > 0 ? [c.nodeAffinity as NodeSelectorTerm[]] : [])),
        unbindable: infos.some((c) => c.phase === 'Pending' && c.waitForFirstConsumer && !c.provisionable),
      });
      return PRE_FILTER_SUCCESS;
    },
    filter(state, _pod, node) {
      const s = state.read(VOLUMES);
      if (s === undefined) return SUCCESS;
      const reasons: string[] = [];
      if (s.boundAffinities.some((terms) => !matchesTerms(terms, node))) reasons.push(ERR_REASON_NODE_CONFLICT);
      if (s.unbindable) reasons.push(ERR_REASON_BIND_CONFLICT);
      return reasons.length === 0 ? SUCCESS : shared(...reasons);
    },
  } satisfies PreFilterPlugin & FilterPlugin;
}
