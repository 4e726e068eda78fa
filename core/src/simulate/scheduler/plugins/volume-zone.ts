/**
 * VolumeZone, the basics (pkg/scheduler/framework/plugins/volumezone/volume_zone.go): a bound volume labelled
 * with a zone or region (several zones joined by `__`) can only be used from nodes in one of them. A node
 * with no zone or region label at all passes (single-zone clusters); a beta label on the volume is compared
 * with the node's GA label when the node lacks the beta one.
 */
import { stateKey } from '../framework/cycle-state.js';
import { PRE_FILTER_SKIP, PRE_FILTER_SUCCESS, type FilterPlugin, type PluginHandle, type PreFilterPlugin } from '../framework/plugin.js';
import { SUCCESS, unresolvable } from '../framework/status.js';
import { PLUGIN } from '../names.js';

export const ERR_REASON_ZONE_CONFLICT = 'node(s) had no available volume zone';

/** The beta labels and the GA label each one translates to (translateToGALabel). */
const TOPOLOGY_LABELS: ReadonlyMap<string, string> = new Map([
  ['failure-domain.beta.kubernetes.io/zone', 'topology.kubernetes.io/zone'],
  ['failure-domain.beta.kubernetes.io/region', 'topology.kubernetes.io/region'],
  ['topology.kubernetes.io/zone', 'topology.kubernetes.io/zone'],
  ['topology.kubernetes.io/region', 'topology.kubernetes.io/region'],
]);

interface VolumeTopology {
  readonly key: string;
  readonly values: ReadonlySet<string>;
}

const TOPOLOGIES = stateKey<readonly VolumeTopology[]>('PreFilterVolumeZone');

/** The VolumeZone plugin (see above). */
export function volumeZone(handle: PluginHandle): PreFilterPlugin & FilterPlugin {
  const rejected = unresolvable(PLUGIN.VolumeZone, ERR_REASON_ZONE_CONFLICT);
  return {
    name: PLUGIN.VolumeZone,
    preFilter(state, pod) {
      const topologies: VolumeTopology[] = [];
      for (const claim of pod.claims) {
        const info = handle.view.lookups.claim(pod.namespace, claim.name);
        if (info?.phase !== 'Bound') continue;
        for (const [key, value] of Object.entries(info.labels ?? {})) {
          // volumehelpers.LabelZonesToSet: `a__b` is the set {a, b}.
          if (TOPOLOGY_LABELS.has(key)) topologies.push({ key, values: new Set(value.split('__')) });
        }
      }
      if (topologies.length === 0) return PRE_FILTER_SKIP;
      state.write(TOPOLOGIES, topologies);
      return PRE_FILTER_SUCCESS;
    },
    filter(state, _pod, node) {
      const topologies = state.read(TOPOLOGIES);
      if (topologies === undefined) return SUCCESS;
      if (![...TOPOLOGY_LABELS.keys()].some((k) => Object.hasOwn(node.labels, k))) return SUCCESS;
      for (const { key, values } of topologies) {
        const value = node.labels[key] ?? node.labels[TOPOLOGY_LABELS.get(key) as string];
        if (value === undefined || !values.has(value)) return rejected;
      }
      return SUCCESS;
    },
  } satisfies PreFilterPlugin & FilterPlugin;
}
