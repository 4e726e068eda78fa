/**
 * NodeUnschedulable (pkg/scheduler/framework/plugins/nodeunschedulable/node_unschedulable.go): a cordoned
 * node (`spec.unschedulable`) takes only pods that tolerate `node.kubernetes.io/unschedulable:NoSchedule`
 * (DaemonSet pods do).
 */
import type { Taint } from '../../../model/toleration.js';
import type { FilterPlugin } from '../framework/plugin.js';
import { SUCCESS, unresolvable } from '../framework/status.js';
import { PLUGIN } from '../names.js';
import { tolerated } from './taint-toleration.js';

export const ERR_REASON_UNSCHEDULABLE = 'node(s) were unschedulable';

const UNSCHEDULABLE_TAINT: Taint = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' };

/** The NodeUnschedulable plugin (see above). */
export function nodeUnschedulable(): FilterPlugin {
  const rejected = unresolvable(PLUGIN.NodeUnschedulable, ERR_REASON_UNSCHEDULABLE);
  return {
    name: PLUGIN.NodeUnschedulable,
    filter(_state, pod, node) {
      if (!node.unschedulable) return SUCCESS;
      return tolerated(pod.tolerations, UNSCHEDULABLE_TAINT) ? SUCCESS : rejected;
    },
  } satisfies FilterPlugin;
}
