/**
 * The in-tree registry (pkg/scheduler/framework/plugins/registry.go): plugin name → factory. The profile
 * (framework/profile.ts) says which plugins run and in what order; this says how to make each.
 */
import type { PluginFactory, Registry } from './framework/framework.js';
import { PLUGIN, type PluginName } from './names.js';
import { defaultPreemption } from './plugins/default-preemption.js';
import { interPodAffinity } from './plugins/inter-pod-affinity.js';
import { nodeAffinity } from './plugins/node-affinity.js';
import { nodeName } from './plugins/node-name.js';
import { nodePorts } from './plugins/node-ports.js';
import { nodeResourcesBalancedAllocation } from './plugins/node-resources-balanced-allocation.js';
import { nodeResourcesFit } from './plugins/node-resources-fit.js';
import { nodeUnschedulable } from './plugins/node-unschedulable.js';
import { podTopologySpread } from './plugins/pod-topology-spread.js';
import { taintToleration } from './plugins/taint-toleration.js';
import { volumeBinding } from './plugins/volume-binding.js';
import { volumeZone } from './plugins/volume-zone.js';

/** The plugins kubeplan implements, by name. */
export const IN_TREE_REGISTRY: Registry = new Map<PluginName, PluginFactory>([
  [PLUGIN.NodeUnschedulable, nodeUnschedulable],
  [PLUGIN.NodeName, nodeName],
  [PLUGIN.TaintToleration, taintToleration],
  [PLUGIN.NodeAffinity, nodeAffinity],
  [PLUGIN.NodePorts, nodePorts],
  [PLUGIN.NodeResourcesFit, nodeResourcesFit],
  [PLUGIN.VolumeBinding, volumeBinding],
  [PLUGIN.VolumeZone, volumeZone],
  [PLUGIN.PodTopologySpread, podTopologySpread],
  [PLUGIN.InterPodAffinity, interPodAffinity],
  [PLUGIN.DefaultPreemption, defaultPreemption],
  [PLUGIN.NodeResourcesBalancedAllocation, nodeResourcesBalancedAllocation],
]);
