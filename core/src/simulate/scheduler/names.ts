/**
 * Plugin names, spelled as kube-scheduler spells them (pkg/scheduler/framework/plugins/names/names.go). They
 * appear in explanations and in messages (`node(s) didn't satisfy plugin(s) [NodeAffinity]`), so they are a
 * closed vocabulary, not free strings.
 */
export const PLUGIN = {
  NodeUnschedulable: 'NodeUnschedulable',
  NodeName: 'NodeName',
  TaintToleration: 'TaintToleration',
  NodeAffinity: 'NodeAffinity',
  NodePorts: 'NodePorts',
  NodeResourcesFit: 'NodeResourcesFit',
  VolumeBinding: 'VolumeBinding',
  VolumeZone: 'VolumeZone',
  PodTopologySpread: 'PodTopologySpread',
  InterPodAffinity: 'InterPodAffinity',
  DefaultPreemption: 'DefaultPreemption',
  NodeResourcesBalancedAllocation: 'NodeResourcesBalancedAllocation',
} as const;

/** A plugin name of the default profile. */
export type PluginName = (typeof PLUGIN)[keyof typeof PLUGIN];
