import { asString, getIn } from '../../model/fields.js';
import { memoPerIndex, type IndexedObject, type ObjectIndex } from '../object-index.js';
import type { Rule } from '../rule.js';
import { referenceSeverity } from './missing.js';
import { pdbPods } from './pdb-selects-no-pods.js';
import { replicasOf, type Replicas } from './workload-replicas.js';

/** An IntOrString of a PDB: a number, or a percentage `N%` as `{ percent: N }`; undefined when malformed. */
function intOrPercent(v: unknown): number | { percent: number } | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  const m = typeof v === 'string' ? /^(\d+)%$/.exec(v) : null;
  return m === null ? undefined : { percent: Number(m[1]) };
}

interface Selected {
  total: number;
  replicas: Replicas[];
}

/** Per selection (the memoized result of a selector), the replicas of each selected workload and their sum. */
const selections = memoPerIndex(() => new WeakMap<readonly IndexedObject[], Selected | null>());

/** The replicas of what a PDB selects; undefined when it selects nothing or a workload of unknown size. */
function selectedReplicas(index: ObjectIndex, pods: readonly IndexedObject[]): Selected | undefined {
  const memo = selections(index);
  let s = memo.get(pods);
  if (s === undefined) {
    const replicas = pods.map((o) => replicasOf(index, o));
    s = pods.length === 0 || replicas.some((r) => r === undefined) ? null : { total: replicas.reduce((n, r) => n + (r?.count ?? 0), 0), replicas: replicas as Replicas[] };
    memo.set(pods, s);
  }
  return s ?? undefined;
}

/** A PodDisruptionBudget that allows no voluntary eviction at all, so node drains and upgrades hang. */
export const pdbBlocksEviction: Rule = {
  meta: {
    id: 'pdb-blocks-eviction',
    category: 'references',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'A PodDisruptionBudget allows no eviction: maxUnavailable is 0, or minAvailable is at least the replicas of everything it selects.',
    rationale:
      'The disruption controller allows `expected pods − minAvailable` (or `maxUnavailable`, percentages rounded up) evictions at a time. With maxUnavailable 0 or 0%, ' +
      'or a minAvailable that reaches the number of selected pods, that is zero: `kubectl drain`, cluster autoscaler scale-down and node upgrades wait forever. ' +
      'The expected count is the sum of the replicas of the selected workloads, taken at the floor of their HorizontalPodAutoscaler (minReplicas) or KEDA ScaledObject ' +
      '(minReplicaCount) when one targets them; a budget that selects a DaemonSet, Job or CronJob, whose pod count the set does not tell, is not judged on minAvailable. ' +
      'With assume-complete the finding is an error (no workload outside the set adds pods to the budget).',
    howToFix: 'Run more replicas than minAvailable, lower minAvailable, or use maxUnavailable: 1 (or a percentage above 0).',
    examples: {
      invalid: 'kind: PodDisruptionBudget\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels: {app: web}\n---\nkind: Deployment\nspec:\n  replicas: 1\n  template:\n    metadata:\n      labels: {app: web}',
      valid: 'kind: PodDisruptionBudget\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels: {app: web}\n---\nkind: Deployment\nspec:\n  replicas: 3\n  template:\n    metadata:\n      labels: {app: web}',
    },
    peers: ['kube-linter:pdb-min-available', 'kube-linter:pdb-max-unavailable', 'polaris:pdbDisruptionsIsZero'],
  },
  kinds: ['PodDisruptionBudget'],
  check(ctx) {
    const spec = getIn(ctx.object, 'spec');
    const maxUnavailable = intOrPercent(getIn(spec, 'maxUnavailable'));
    if (maxUnavailable === 0 || (typeof maxUnavailable === 'object' && maxUnavailable.percent === 0)) {
      ctx.report({
        path: ['spec', 'maxUnavailable'],
        message: `maxUnavailable ${JSON.stringify(getIn(spec, 'maxUnavailable'))} allows no voluntary eviction: node drains and upgrades wait until the budget changes`,
        severity: referenceSeverity(ctx),
      });
      return;
    }
    const minAvailable = intOrPercent(getIn(spec, 'minAvailable'));
    if (minAvailable === undefined) return;
    const pods = selectedReplicas(ctx.index, pdbPods(ctx));
    if (pods === undefined || pods.total === 0) return;
    const { total, replicas } = pods;
    const required = typeof minAvailable === 'number' ? minAvailable : Math.ceil((minAvailable.percent * total) / 100);
    if (required < total) return;
    const shown = typeof minAvailable === 'number' ? String(minAvailable) : `"${String(asString(getIn(spec, 'minAvailable')))}"`;
    const sources = replicas.slice(0, 3).map((r) => r.source).join(', ') + (replicas.length > 3 ? ` and ${replicas.length - 3} more` : '');
    ctx.report({
      path: ['spec', 'minAvailable'],
      message: `minAvailable ${shown} allows no voluntary eviction: it requires ${required} of the ${total} selected pod${total === 1 ? '' : 's'} to stay up (${sources})`,
      severity: referenceSeverity(ctx),
    });
  },
};
