/**
 * A scheduling rule the editor needs for its toleration quick fix and that core's registry does not have yet.
 * It follows the other `--cluster` scheduling rules (rules/practices/scheduling/) and belongs beside them:
 * once it moves there (and into SCHEDULING_RULES), the CLI reports it too and `EDITOR_RULES` empties.
 */
import { formatTaint, tolerationsOf, toleratesTaint, type Taint } from '../model/toleration.js';
import { hasRequiredNodeAffinity, matchesRequiredNodeAffinity, requiredNodeAffinity } from '../model/node-affinity.js';
import { fitErrorMessage, NODE_AFFINITY_REASON } from '../rules/practices/scheduling/fit-error.js';
import { SCHEDULED_KINDS, scheduledOnCluster } from '../rules/practices/scheduling/scheduled-pods.js';
import type { Rule } from '../rules/rule.js';

/** kube-scheduler's TaintToleration filter reason (plugins/tainttoleration, 1.35+ wording). */
export const UNTOLERATED_TAINT_REASON = 'node(s) had untolerated taint(s)';

/** Taints that keep a pod off a node at scheduling time: NoSchedule and NoExecute (PreferNoSchedule only scores). */
function blocking(taints: readonly Taint[], tolerated: (t: Taint) => boolean): Taint[] {
  return taints.filter((t) => t.effect !== 'PreferNoSchedule' && !tolerated(t));
}

export const taintsNotTolerated: Rule = {
  meta: {
    id: 'taints-not-tolerated',
    category: 'scheduling',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'Every node of the cluster given with --cluster that the pod may run on has a taint the pod does not tolerate: the pod would stay Pending.',
    rationale:
      "The scheduler's TaintToleration filter keeps a pod off every node with a NoSchedule or NoExecute taint it has no toleration for (same key, or an empty key with Exists; same effect or none; equal values for Equal). When that leaves no node among those its nodeSelector and required node affinity allow, the pod stays Pending with `0/N nodes are available: N node(s) had untolerated taint(s).`, and a DaemonSet runs no pod. The rule runs only when a cluster is given (`--cluster FILE|DIR` or `cluster:` in .kubeplan.yaml).",
    howToFix: 'Add a toleration for the taint (`key`, `operator: Equal`, `value`, `effect`) if the pods belong on those nodes, or run them on nodes without it.',
    examples: {
      invalid: '# cluster: every node tainted dedicated=db:NoSchedule\nspec:\n  containers: [{name: web, image: nginx}]',
      valid: 'spec:\n  tolerations:\n    - {key: dedicated, operator: Equal, value: db, effect: NoSchedule}\n  containers: [{name: web, image: nginx}]',
    },
  },
  kinds: SCHEDULED_KINDS,
  check(ctx) {
    const scheduled = scheduledOnCluster(ctx);
    if (scheduled === undefined) return;
    const { nodes, template } = scheduled;
    const affinity = requiredNodeAffinity(template.spec);
    const allowed = hasRequiredNodeAffinity(affinity) ? nodes.filter((n) => matchesRequiredNodeAffinity(affinity, n)) : nodes;
    // No node allowed at all: node-selector-matches-no-node says so.
    if (allowed.length === 0) return;
    const tolerations = tolerationsOf(template.spec).map((t) => t.toleration);
    const untolerated = allowed.map((n) => blocking(n.taints, (t) => tolerations.some((tol) => toleratesTaint(tol, t))));
    if (untolerated.some((list) => list.length === 0)) return;
    const reasons = new Map([[UNTOLERATED_TAINT_REASON, allowed.length]]);
    if (allowed.length < nodes.length) reasons.set(NODE_AFFINITY_REASON, nodes.length - allowed.length);
    const taints = [...new Set(untolerated.flat().map(formatTaint))];
    const where = template.spec.tolerations === undefined ? [...template.specPath] : [...template.specPath, 'tolerations'];
    ctx.report({
      path: where,
      on: 'key',
      message: `${fitErrorMessage(nodes.length, reasons)} Taints not tolerated: ${taints.join(', ')}.`,
    });
  },
};

/** Rules the editor runs on top of core's registry (see above). */
export const EDITOR_RULES: readonly Rule[] = [taintsNotTolerated];
