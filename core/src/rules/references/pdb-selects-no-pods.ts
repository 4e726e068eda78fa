import { asObject, asString, getIn } from '../../model/fields.js';
import { isEmptySelector, parseLabelSelector, type LabelSelector } from '../../model/label-selector.js';
import type { IndexedObject } from '../object-index.js';
import type { Rule, RuleContext } from '../rule.js';
import { referenceSeverity } from './missing.js';
import { selectedPods } from './pod-selection.js';

/**
 * What a PodDisruptionBudget selects: `none` for a missing selector (and, in policy/v1beta1, an empty one),
 * `all` for an empty selector in policy/v1 (every pod of the namespace), else the selector.
 */
export function pdbSelector(object: Record<string, unknown>): LabelSelector | 'none' | 'all' {
  const raw = getIn(object, 'spec', 'selector');
  const selector = parseLabelSelector(raw);
  if (selector === undefined || asObject(raw) === undefined) return 'none';
  if (!isEmptySelector(selector)) return selector;
  return asString(object.apiVersion) === 'policy/v1beta1' ? 'none' : 'all';
}

/** The pod makers a PDB covers, without reporting anything. */
export function pdbPods(ctx: RuleContext): readonly IndexedObject[] {
  const s = pdbSelector(ctx.object);
  if (s === 'none') return [];
  const namespace = ctx.index.namespaceOf(ctx.manifest);
  return s === 'all' ? ctx.index.podMakers(namespace) : ctx.index.podMakersMatching(namespace, s);
}

/** A PodDisruptionBudget that protects no pod: no selector, or a selector no pod template of its namespace matches. */
export const pdbSelectsNoPods: Rule = {
  meta: {
    id: 'pdb-selects-no-pods',
    category: 'references',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'A PodDisruptionBudget selects no pod template of its namespace, or has no selector at all.',
    rationale:
      'The disruption controller applies a PodDisruptionBudget to the pods its selector matches in its namespace; a budget that matches nothing protects nothing, ' +
      'so drains and upgrades evict the pods it was written for. A missing selector selects no pods (and so does an empty one in policy/v1beta1; in policy/v1 an ' +
      'empty selector selects every pod of the namespace). When the namespace holds no pod template at all in the set, or holds custom resources whose operator may ' +
      'create the pods, the finding is info; with assume-complete it is an error.',
    howToFix: 'Set spec.selector.matchLabels to the pod template labels of the workload to protect, in the same namespace.',
    examples: {
      invalid: 'kind: PodDisruptionBudget\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels: {app: web}\n---\nkind: Deployment\nspec:\n  template:\n    metadata:\n      labels: {app: frontend}',
      valid: 'kind: PodDisruptionBudget\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels: {app: web}\n---\nkind: Deployment\nspec:\n  template:\n    metadata:\n      labels: {app: web}',
    },
    peers: [],
  },
  kinds: ['PodDisruptionBudget'],
  check(ctx) {
    const name = asString(getIn(ctx.object, 'metadata', 'name')) ?? '';
    const selector = pdbSelector(ctx.object);
    if (selector === 'all') return;
    if (selector === 'none') {
      const why = getIn(ctx.object, 'spec', 'selector') === undefined ? 'it has no selector' : 'an empty selector selects nothing in policy/v1beta1';
      ctx.report({ path: ['spec', 'selector'], message: `PodDisruptionBudget "${name}" selects no pods: ${why}`, severity: referenceSeverity(ctx) });
      return;
    }
    selectedPods(ctx, { path: ['spec', 'selector'], subject: `PodDisruptionBudget "${name}"`, namespace: ctx.index.namespaceOf(ctx.manifest), selector });
  },
};
