/**
 * Why no node satisfies a pod's nodeSelector and required node affinity: which part to point at, and a hint
 * naming the label that no node has.
 */
import type { PathSegment } from '../../../load/json-path.js';
import {
  matchesNodeSelector,
  matchesTerm,
  matchesTerms,
  type NodeLike,
  type NodeSelectorRequirement,
  type RequiredNodeAffinity,
} from '../../../model/node-affinity.js';

export interface Mismatch {
  path: readonly PathSegment[];
  /** `key` for a mapping or list (its name reads better than its whole body), else the value. */
  on: 'key' | 'value';
  hint: string;
}

const MAX_VALUES = 5;

/** `zone in (a,b)`, `!gpu`, `cores > 4`: a requirement the way kubectl prints selectors. */
function describeRequirement(r: NodeSelectorRequirement): string {
  switch (r.operator) {
    case 'In':
    case 'NotIn':
      return `${r.key} ${r.operator.toLowerCase()} (${r.values.join(',')})`;
    case 'Exists':
      return r.key;
    case 'DoesNotExist':
      return `!${r.key}`;
    case 'Gt':
      return `${r.key} > ${r.values[0] ?? ''}`;
    case 'Lt':
      return `${r.key} < ${r.values[0] ?? ''}`;
  }
}

/** `the nodes have a, b` (the values of `key`) or `no node has a label zone`. */
function valuesOnNodes(key: string, nodes: readonly NodeLike[]): string {
  const values = [...new Set(nodes.flatMap((n) => (Object.hasOwn(n.labels, key) ? [n.labels[key] as string] : [])))].sort();
  if (values.length === 0) return `no node has a label ${key}`;
  const shown = values.slice(0, MAX_VALUES).map((v) => (v === '' ? '""' : v));
  return `the nodes have ${shown.join(', ')}${values.length > MAX_VALUES ? ', ...' : ''}`;
}

function selectorMismatch(selector: Readonly<Record<string, string>>, nodes: readonly NodeLike[], specPath: readonly PathSegment[]): Mismatch {
  const missing = Object.entries(selector).filter(([k, v]) => !nodes.some((n) => Object.hasOwn(n.labels, k) && n.labels[k] === v));
  const [first] = missing;
  if (missing.length === 1 && first !== undefined) {
    return { path: [...specPath, 'nodeSelector', first[0]], on: 'value', hint: `No node has the label ${first[0]}=${first[1]} (${valuesOnNodes(first[0], nodes)}).` };
  }
  if (missing.length > 1) return { path: [...specPath, 'nodeSelector'], on: 'key', hint: `No node has the labels ${missing.map(([k, v]) => `${k}=${v}`).join(', ')}.` };
  return { path: [...specPath, 'nodeSelector'], on: 'key', hint: 'Each label is on some node, but no node has them all.' };
}

function termsMismatch(affinity: RequiredNodeAffinity, nodes: readonly NodeLike[], specPath: readonly PathSegment[]): Mismatch {
  const requiredPath = [...specPath, 'affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution'];
  const terms = affinity.terms ?? [];
  const [only] = terms;
  if (terms.length === 0) return { path: requiredPath, on: 'key', hint: 'The required node affinity has no term with a requirement, so it matches no node.' };
  if (terms.length > 1 || only === undefined) return { path: [...requiredPath, 'nodeSelectorTerms'], on: 'key', hint: 'No node matches any of the required node affinity terms.' };
  const termPath = [...requiredPath, 'nodeSelectorTerms', only.index];
  // One term: point at the requirement no node satisfies, if there is exactly one.
  const failing = only.matchExpressions
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => !nodes.some((n) => matchesTerm({ index: only.index, matchExpressions: [r], matchFields: [], errors: [] }, n)));
  const [one] = failing;
  if (failing.length === 1 && one !== undefined) {
    return { path: [...termPath, 'matchExpressions', one.i], on: 'value', hint: `No node matches ${describeRequirement(one.r)} (${valuesOnNodes(one.r.key, nodes)}).` };
  }
  if (failing.length === 0) {
    const byLabels = nodes.filter((n) => matchesTerm({ ...only, matchFields: [] }, n));
    if (byLabels.length === 0 || only.matchFields.length === 0) return { path: termPath, on: 'value', hint: 'Each requirement matches some node, but no node matches them all.' };
    const names = byLabels.slice(0, MAX_VALUES).map((n) => n.name).join(', ');
    return { path: [...termPath, 'matchFields'], on: 'key', hint: `No node matching the labels has a name matchFields allows (${names}${byLabels.length > MAX_VALUES ? ', ...' : ''}).` };
  }
  return { path: termPath, on: 'value', hint: `No node matches ${failing.map(({ r }) => describeRequirement(r)).join(', ')}.` };
}

/** Where and why no node satisfies the affinity (which the caller has checked). */
export function explainMismatch(affinity: RequiredNodeAffinity, nodes: readonly NodeLike[], specPath: readonly PathSegment[]): Mismatch {
  const selector = affinity.nodeSelector;
  if (selector !== undefined && !nodes.some((n) => matchesNodeSelector(selector, n))) return selectorMismatch(selector, nodes, specPath);
  if (affinity.terms !== undefined && !nodes.some((n) => matchesTerms(affinity.terms ?? [], n))) return termsMismatch(affinity, nodes, specPath);
  return {
    path: [...specPath, 'affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution'],
    on: 'key',
    hint: 'The nodeSelector and the required node affinity each match some node, but never the same one.',
  };
}
