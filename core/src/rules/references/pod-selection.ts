import type { PathSegment } from '../../load/json-path.js';
import { formatSelector, type LabelSelector } from '../../model/label-selector.js';
import { memoPerIndex, type IndexedObject, type ObjectIndex } from '../object-index.js';
import type { RuleContext } from '../rule.js';
import { referenceSeverity } from './missing.js';

/** Built-in API groups: the core group, the unqualified ones (`apps`, `batch`...) and `*.k8s.io`. */
function isBuiltInGroup(group: string): boolean {
  return !group.includes('.') || group.endsWith('.k8s.io');
}

/**
 * Namespaces holding custom resources (kinds outside the Kubernetes API groups): an operator may create pods (and
 * Secrets, Services...) for them that no manifest of the set shows.
 */
const namespacesWithCustomResources = memoPerIndex((index: ObjectIndex): Set<string> => {
  const out = new Set<string>();
  for (const o of index.all()) if (!isBuiltInGroup(o.group) && o.namespace !== '') out.add(o.namespace);
  return out;
});

/** `no pod template in namespace "shop" has labels app=web` (or `matches app in (a,b)` for expressions). */
export function noPodsPhrase(namespace: string, selector: LabelSelector): string {
  const verb = selector.matchExpressions.length === 0 ? 'has labels' : 'matches';
  return `no pod template in namespace "${namespace}" ${verb} ${formatSelector(selector)}`;
}

export interface Selection {
  /** Where the selector is written. */
  path: readonly PathSegment[];
  /** What selects, for the message: `Service "web"`, `ingress peer`. */
  subject: string;
  namespace: string;
  selector: LabelSelector;
}

/**
 * The pod makers (workloads, Pods) a selector selects in its namespace; reports `<subject> selects no pods` when
 * there is none. The finding is info (unless assume-complete) when the namespace shows no pod maker at all (that
 * part of the application is not in the set) or holds custom resources (an operator may create the pods).
 */
export function selectedPods(ctx: RuleContext, s: Selection): readonly IndexedObject[] {
  const matches = ctx.index.podMakersMatching(s.namespace, s.selector);
  if (matches.length > 0) return matches;
  const elsewhere = ctx.index.podMakers(s.namespace).length === 0 || namespacesWithCustomResources(ctx.index).has(s.namespace);
  ctx.report({
    path: s.path,
    message: `${s.subject} selects no pods: ${noPodsPhrase(s.namespace, s.selector)}`,
    severity: referenceSeverity(ctx, elsewhere),
  });
  return matches;
}
