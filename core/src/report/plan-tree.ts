import type { PlanAction, PlanObject } from '../plan/plan-document.js';

/** One object of the plan with the objects the control plane makes for it. */
export interface PlanTreeNode {
  object: PlanObject;
  children: PlanTreeNode[];
}

/** Terraform's symbols: `+` create, `~` update, `-` delete, `-/+` replace; `!` rejected, `=` unchanged. */
export const ACTION_SYMBOL: Readonly<Record<PlanAction, string>> = {
  create: '+',
  update: '~',
  delete: '-',
  replace: '-/+',
  unchanged: '=',
  rejected: '!',
};

/** Controllers between a workload and its Pods: a Deployment's ReplicaSet, a CronJob's Job. */
const INTERMEDIATE_KINDS: ReadonlySet<string> = new Set(['ReplicaSet', 'Job']);

/** `Kind/namespace/name`, or `Kind/name` for cluster-scoped objects: the shape of `PlanObject.owner`. */
export function planObjectKey(o: Pick<PlanObject, 'kind' | 'namespace' | 'name'>): string {
  return o.namespace !== undefined ? `${o.kind}/${o.namespace}/${o.name}` : `${o.kind}/${o.name}`;
}

/**
 * The plan's objects as a forest: generated objects under their owners, in document order. `owner` names the
 * top-level workload only, so a Pod goes under the ReplicaSet or Job of the same owner whose name prefixes its
 * own (`web-7d9c5b8f6d` → `web-7d9c5b8f6d-x2k9p`), as the controllers name them; otherwise under the owner.
 * An owner missing from the plan leaves the object at the top.
 */
export function planTree(objects: readonly PlanObject[]): PlanTreeNode[] {
  const nodes = objects.map((object) => ({ object, children: [] as PlanTreeNode[] }));
  const keys = new Map(nodes.map((n) => [n, planObjectKey(n.object)]));
  const byKey = new Map<string, PlanTreeNode>();
  // ReplicaSets and Jobs by owner: a Pod's parent is looked up among its owner's, not among every object.
  const intermediates = new Map<string, PlanTreeNode[]>();
  for (const n of nodes) {
    const key = keys.get(n) ?? '';
    if (!byKey.has(key)) byKey.set(key, n);
    if (!INTERMEDIATE_KINDS.has(n.object.kind)) continue;
    const same = intermediates.get(n.object.owner);
    if (same !== undefined) same.push(n);
    else intermediates.set(n.object.owner, [n]);
  }
  const roots: PlanTreeNode[] = [];
  for (const n of nodes) {
    const parent = n.object.owner === keys.get(n) ? undefined : parentOf(n, intermediates.get(n.object.owner) ?? [], byKey);
    if (parent !== undefined) parent.children.push(n);
    else roots.push(n);
  }
  return roots;
}

function parentOf(n: PlanTreeNode, siblings: readonly PlanTreeNode[], byKey: ReadonlyMap<string, PlanTreeNode>): PlanTreeNode | undefined {
  const o = n.object;
  const owner = byKey.get(o.owner);
  if (owner === undefined || owner === n) return undefined;
  if (INTERMEDIATE_KINDS.has(o.kind)) return owner;
  let best: PlanTreeNode | undefined;
  for (const p of siblings) {
    const c = p.object;
    if (p === n || c.namespace !== o.namespace) continue;
    if (o.name.startsWith(`${c.name}-`) && (best === undefined || c.name.length > best.object.name.length)) best = p;
  }
  return best ?? owner;
}
