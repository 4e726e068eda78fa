import type { NodeInfo } from '../../../cluster/node-info.js';
import type { PathSegment } from '../../../load/json-path.js';
import { getIn } from '../../../model/fields.js';
import { hasRequiredNodeAffinity, matchesRequiredNodeAffinity, requiredNodeAffinity } from '../../../model/node-affinity.js';
import { containerRequests, isPodLevelResource } from '../../../model/pod-requests.js';
import { containersOf, type PodTemplateRef } from '../../../model/pod-template.js';
import { compareQuantities, type Quantity } from '../../../model/quantity.js';
import { formatResourceAmount } from '../../../model/resource-units.js';
import type { Rule } from '../../rule.js';
import { fitErrorMessage, insufficient, NODE_AFFINITY_REASON } from './fit-error.js';
import { allocatableOf, fitReasons, podAmounts, type PodAmount } from './pod-fit.js';
import { SCHEDULED_KINDS, scheduledOnCluster } from './scheduled-pods.js';

/** The nodes the pod may go to: those its nodeSelector/affinity allows, or all when it allows none (another rule reports that). */
function candidateNodes(template: PodTemplateRef, nodes: readonly NodeInfo[]): readonly NodeInfo[] {
  const affinity = requiredNodeAffinity(template.spec);
  if (!hasRequiredNodeAffinity(affinity) || affinity.terms?.some((t) => t.errors.length > 0)) return nodes;
  const allowed = nodes.filter((n) => matchesRequiredNodeAffinity(affinity, n));
  return allowed.length > 0 ? allowed : nodes;
}

/** Where the request for `name` is written: pod-level resources, else the container asking most, else the overhead. */
function requestPath(template: PodTemplateRef, name: string): readonly PathSegment[] {
  const { spec, specPath } = template;
  if (isPodLevelResource(name)) {
    for (const list of ['requests', 'limits']) if (getIn(spec, 'resources', list, name) !== undefined) return [...specPath, 'resources', list, name];
  }
  let best: { path: readonly PathSegment[]; q: Quantity } | undefined;
  for (const c of containersOf(template)) {
    if (c.kind === 'ephemeralContainers') continue;
    const q = containerRequests(c.container).get(name);
    if (q === undefined || (best !== undefined && compareQuantities(q, best.q) <= 0)) continue;
    const list = getIn(c.container, 'resources', 'requests', name) !== undefined ? 'requests' : 'limits';
    best = { path: [...c.path, 'resources', list, name], q };
  }
  if (best !== undefined) return best.path;
  return getIn(spec, 'overhead', name) !== undefined ? [...specPath, 'overhead', name] : specPath;
}

/** `cpu 6, largest node allocatable 3920m` for each resource some node lacks. */
function numbers(short: readonly PodAmount[], candidates: readonly NodeInfo[]): string {
  return short
    .map(({ name, amount }) => {
      const known = candidates.map((n) => allocatableOf(n, name)).filter((a): a is number => a !== undefined);
      return `${name} ${formatResourceAmount(name, amount)}, largest node allocatable ${formatResourceAmount(name, Math.max(...known))}`;
    })
    .join('; ');
}

export const requestsExceedNodeCapacity: Rule = {
  meta: {
    id: 'requests-exceed-node-capacity',
    category: 'scheduling',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'The pod requests more cpu, memory, ephemeral storage or extended resources than any node of the cluster given with --cluster can offer: it would stay Pending.',
    rationale:
      "The scheduler's NodeResourcesFit filter places a pod only where its requests fit into the node's allocatable resources (noderesources/fit.go). The pod's requests are what PodRequests computes (k8s.io/component-helpers/resource): the regular containers and sidecars (init containers with `restartPolicy: Always`) summed, or the largest init container plus the sidecars started before it if that is more, pod-level `resources` where set, plus the RuntimeClass overhead; a container that sets only a limit requests its limit. When no node (of those the pod's nodeSelector/affinity allows) has that much even when empty, the pod stays Pending with `0/N nodes are available: N Insufficient cpu.` and no autoscaler of that node shape helps. The rule runs only when a cluster is given (`--cluster FILE|DIR` or `cluster:` in .kubeplan.yaml); nodes that state no allocatable resources are assumed to fit.",
    howToFix:
      'Lower the requests (mind the sum over containers and sidecars), split the workload, or add a node pool large enough. Allocatable is capacity minus what the kubelet reserves: compare with `kubectl get node NODE -o jsonpath={.status.allocatable}`.',
    examples: {
      invalid: '# cluster: nodes with allocatable cpu 3920m\ncontainers:\n  - name: app\n    image: app:1.0\n    resources:\n      requests: {cpu: "6"}',
      valid: 'containers:\n  - name: app\n    image: app:1.0\n    resources:\n      requests: {cpu: "2"}',
    },
  },
  kinds: SCHEDULED_KINDS,
  check(ctx) {
    const scheduled = scheduledOnCluster(ctx);
    if (scheduled === undefined) return;
    const { nodes, template } = scheduled;
    const amounts = podAmounts(template.spec);
    // A pod that requests nothing fits any node that takes pods.
    if (amounts.length === 0 && nodes.some((n) => n.allocatable?.pods === undefined || n.allocatable.pods >= 1)) return;
    const candidates = candidateNodes(template, nodes);
    const reasons = new Map<string, number>();
    for (const node of candidates) {
      const found = fitReasons(amounts, node);
      if (found === undefined || found.length === 0) return; // fits, or cannot be told
      for (const r of found) reasons.set(r, (reasons.get(r) ?? 0) + 1);
    }
    if (candidates.length < nodes.length) reasons.set(NODE_AFFINITY_REASON, nodes.length - candidates.length);
    const short = amounts.filter(({ name }) => reasons.has(insufficient(name)));
    const [first] = short;
    const details = short.length > 0 ? ` Pod requests ${numbers(short, candidates)}.` : '';
    ctx.report({ path: first === undefined ? template.specPath : requestPath(template, first.name), message: fitErrorMessage(nodes.length, reasons) + details });
  },
};
