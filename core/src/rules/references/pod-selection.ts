import type { PathSegment } from '../../load/json-path.js';
import { formatSelector, type LabelSelector } from '../../model/label-selector.js';
import type { IndexedObject } from '../object-index.js';
import type { RuleContext } from '../rule.js';
import { referenceSeverity } from './missing.js';
import { referenceIndex } from './reference-index.js';

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
  const refs = referenceIndex(ctx.index);
  const matches = refs.podMakersMatching(s.namespace, s.selector);
  if (matches.length > 0) return matches;
  const elsewhere = refs.podMakers(s.namespace).length === 0 || refs.hasCustomResources(s.namespace);
  ctx.report({
    path: s.path,
    message: `${s.subject} selects no pods: ${noPodsPhrase(s.namespace, s.selector)}`,
    severity: referenceSeverity(ctx, elsewhere),
  });
  return matches;
}

/** The effective namespace of the object being checked (`''` for cluster-scoped ones). */
export function namespaceOf(ctx: RuleContext): string {
  return referenceIndex(ctx.index).entry(ctx.manifest)?.namespace ?? ctx.defaultNamespace;
}
