/**
 * NodePorts (pkg/scheduler/framework/plugins/nodeports/node_ports.go): a pod's host ports must be free on the
 * node — same protocol and port on the same address, with `0.0.0.0` clashing with every address
 * (HostPortInfo.CheckConflict). Pods without host ports skip the filter.
 */
import { PRE_FILTER_SKIP, PRE_FILTER_SUCCESS, type FilterPlugin, type PreFilterPlugin } from '../framework/plugin.js';
import { SUCCESS, unschedulable } from '../framework/status.js';
import { PLUGIN } from '../names.js';

export const ERR_REASON_PORTS = "node(s) didn't have free ports for the requested pod ports";

/** The NodePorts plugin (see above). */
export function nodePorts(): PreFilterPlugin & FilterPlugin {
  const rejected = unschedulable(PLUGIN.NodePorts, ERR_REASON_PORTS);
  return {
    name: PLUGIN.NodePorts,
    preFilter(_state, pod) {
      return pod.hostPorts.length === 0 ? PRE_FILTER_SKIP : PRE_FILTER_SUCCESS;
    },
    filter(_state, pod, node) {
      for (const port of pod.hostPorts) if (node.ports.conflicts(port)) return rejected;
      return SUCCESS;
    },
  } satisfies PreFilterPlugin & FilterPlugin;
}
