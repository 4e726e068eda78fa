import { hasRequiredNodeAffinity, matchesRequiredNodeAffinity, requiredNodeAffinity } from '../../../model/node-affinity.js';
import type { Rule } from '../../rule.js';
import { explainMismatch } from './affinity-mismatch.js';
import { fitErrorMessage, NODE_AFFINITY_REASON } from './fit-error.js';
import { SCHEDULED_KINDS, scheduledOnCluster } from './scheduled-pods.js';

export const nodeSelectorMatchesNoNode: Rule = {
  meta: {
    id: 'node-selector-matches-no-node',
    category: 'scheduling',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: "No node of the cluster given with --cluster satisfies the pod's nodeSelector and required node affinity: the pod would stay Pending.",
    rationale:
      "The scheduler places a pod only on a node whose labels satisfy every entry of `nodeSelector` and at least one term of `requiredDuringSchedulingIgnoredDuringExecution` (nodeaffinity.go GetRequiredNodeAffinity). When no node does, the pod stays Pending with `0/N nodes are available: N node(s) didn't match Pod's node affinity/selector.`, and a DaemonSet runs no pod at all. A misspelt label key or value (`zone` for `topology.kubernetes.io/zone`, `eu-west1` for `eu-west-1`) is the usual cause. The rule runs only when a cluster is given (`--cluster FILE|DIR` or `cluster:` in .kubeplan.yaml) and looks at node labels only (a Node that does not state `kubernetes.io/hostname`, `kubernetes.io/os` or `kubernetes.io/arch` gets what its kubelet would set: its name, `linux`, `amd64`), not at taints or cordons; `requests-exceed-node-capacity` checks resources.",
    howToFix:
      'Use a label the nodes carry (`kubectl get nodes --show-labels`), fix the value, or label the nodes (`kubectl label node NODE key=value`). Pods bound with `spec.nodeName` bypass the scheduler and are not checked.',
    examples: {
      invalid: '# cluster: nodes labelled topology.kubernetes.io/zone: eu-1a | eu-1b\nnodeSelector:\n  topology.kubernetes.io/zone: eu-1c',
      valid: 'nodeSelector:\n  topology.kubernetes.io/zone: eu-1a',
    },
  },
  kinds: SCHEDULED_KINDS,
  check(ctx) {
    const scheduled = scheduledOnCluster(ctx);
    if (scheduled === undefined) return;
    const { nodes, template } = scheduled;
    const affinity = requiredNodeAffinity(template.spec);
    if (!hasRequiredNodeAffinity(affinity)) return;
    // A term the API server cannot parse makes the object invalid: the node-affinity validation rule says so.
    if (affinity.terms?.some((t) => t.errors.length > 0)) return;
    if (nodes.some((n) => matchesRequiredNodeAffinity(affinity, n))) return;
    const { path, on, hint } = explainMismatch(affinity, nodes, template.specPath);
    const message =
      ctx.object.kind === 'DaemonSet'
        ? `0/${nodes.length} nodes match the DaemonSet's node selector/affinity: it would run no pods. ${hint}`
        : `${fitErrorMessage(nodes.length, new Map([[NODE_AFFINITY_REASON, nodes.length]]))} ${hint}`;
    ctx.report({ path, on, message });
  },
};
