/**
 * NodeName (pkg/scheduler/framework/plugins/nodename/node_name.go): a pod that names its node
 * (`spec.nodeName`) fits only there. The engine binds such pods without scheduling them, so this matters
 * only for pods handed to the scheduler with a node name already set.
 */
import { PRE_FILTER_SKIP, PRE_FILTER_SUCCESS, type FilterPlugin, type PreFilterPlugin } from '../framework/plugin.js';
import { SUCCESS, unresolvable } from '../framework/status.js';
import { PLUGIN } from '../names.js';

export const ERR_REASON_NODE_NAME = "node(s) didn't match the requested node name";

/** The NodeName plugin (see above). */
export function nodeName(): PreFilterPlugin & FilterPlugin {
  const rejected = unresolvable(PLUGIN.NodeName, ERR_REASON_NODE_NAME);
  return {
    name: PLUGIN.NodeName,
    // Newer releases give NodeName a PreFilter that skips pods naming no node; their Filter never runs.
    preFilter(_state, pod) {
      return pod.nodeName === undefined ? PRE_FILTER_SKIP : PRE_FILTER_SUCCESS;
    },
    filter(_state, pod, node) {
      return pod.nodeName === undefined || pod.nodeName === node.name ? SUCCESS : rejected;
    },
  } satisfies PreFilterPlugin & FilterPlugin;
}
