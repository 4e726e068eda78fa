/**
 * The default profile (`default-scheduler`): kube-scheduler's MultiPoint plugin list in its order
 * (pkg/scheduler/apis/config/v1/default_plugins.go) with the score weights of getDefaultPlugins. Each plugin
 * runs at every extension point it implements, in this order, so this list fixes the order of filters (and
 * therefore which reason a node reports) and of scores.
 *
 * Left out on purpose:
 * - SchedulingGates and PrioritySort: the engine does not hand gated pods over, and feeds pods in queue order.
 * - ImageLocality (score weight 1): nodes carry no `status.images` in a plan, so every node would score the
 *   same; it is not run at all rather than run as a constant.
 * - VolumeRestrictions, NodeVolumeLimits, DynamicResources: ReadWriteOncePod conflicts, CSI attach limits and
 *   DRA claims are not modelled (see docs/scheduler.md).
 * - DefaultBinder: binding is the engine's job.
 */
import { PLUGIN, type PluginName } from '../names.js';

/** A plugin of the profile and its score weight. */
export interface ProfileEntry {
  readonly name: PluginName;
  /** Score weight; only for plugins that score. */
  readonly weight?: number;
}

/** The default profile, in upstream's order. */
export const DEFAULT_PROFILE: readonly ProfileEntry[] = [
  { name: PLUGIN.NodeUnschedulable },
  { name: PLUGIN.NodeName },
  { name: PLUGIN.TaintToleration, weight: 3 },
  { name: PLUGIN.NodeAffinity, weight: 2 },
  { name: PLUGIN.NodePorts },
  { name: PLUGIN.NodeResourcesFit, weight: 1 },
  { name: PLUGIN.VolumeBinding },
  { name: PLUGIN.VolumeZone },
  { name: PLUGIN.PodTopologySpread, weight: 2 },
  { name: PLUGIN.InterPodAffinity, weight: 2 },
  { name: PLUGIN.DefaultPreemption },
  { name: PLUGIN.NodeResourcesBalancedAllocation, weight: 1 },
];
