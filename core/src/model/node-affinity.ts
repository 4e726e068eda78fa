/**
 * A pod's required node affinity as k8s.io/component-helpers/scheduling/corev1/nodeaffinity (nodeaffinity.go)
 * reads and matches it: `spec.nodeSelector` AND the required `nodeSelectorTerms`, ORed, each term's
 * `matchExpressions` (labels.Requirement semantics, apimachinery labels/selector.go) and `matchFields`
 * (`metadata.name` only) ANDed.
 */
import { asArray, asObject, asString, asStringMap, getIn, objectItems, type Obj } from './fields.js';
import { isQualifiedName, isValidLabelValue } from './names.js';

/** What node matching needs of a node. */
export interface NodeLike {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
}

export type NodeSelectorOperator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | 'Gt' | 'Lt';

const OPERATORS: readonly string[] = ['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'];

export interface NodeSelectorRequirement {
  key: string;
  operator: NodeSelectorOperator;
  values: string[];
}

/** One non-empty `nodeSelectorTerms` item. A term with `errors` matches no node (upstream: a parse error). */
export interface NodeSelectorTerm {
  /** Index in `nodeSelectorTerms`. */
  index: number;
  matchExpressions: NodeSelectorRequirement[];
  /** `metadata.name` In / NotIn one value. */
  matchFields: { operator: 'In' | 'NotIn'; value: string }[];
  errors: string[];
}

/** GetRequiredNodeAffinity: what a node must satisfy for the pod to be scheduled there. */
export interface RequiredNodeAffinity {
  /** `spec.nodeSelector`, when it has entries. */
  nodeSelector?: Readonly<Record<string, string>>;
  /** The required terms, when `requiredDuringSchedulingIgnoredDuringExecution` is set (empty terms left out). */
  terms?: NodeSelectorTerm[];
}

/** strconv.ParseInt(s, 10, 64). */
function parseInt64(s: string | undefined): bigint | undefined {
  if (s === undefined || !/^[+-]?[0-9]+$/.test(s)) return undefined;
  const n = BigInt(s);
  return n >= -(2n ** 63n) && n < 2n ** 63n ? n : undefined;
}

/** labels.NewRequirement's checks: the key and values' syntax and how many values each operator takes. */
function requirementErrors(key: string, operator: NodeSelectorOperator, values: readonly string[]): string[] {
  const errs = isQualifiedName(key).map((e) => `key: ${e}`);
  if ((operator === 'In' || operator === 'NotIn') && values.length === 0) errs.push("for 'in', 'notin' operators, values set can't be empty");
  if ((operator === 'Exists' || operator === 'DoesNotExist') && values.length !== 0) errs.push('values set must be empty for exists and does not exist');
  if (operator === 'Gt' || operator === 'Lt') {
    if (values.length !== 1) errs.push("for 'Gt', 'Lt' operators, exactly one value is required");
    for (const v of values) if (parseInt64(v) === undefined) errs.push("for 'Gt', 'Lt' operators, the value must be an integer");
  }
  for (const v of values) errs.push(...isValidLabelValue(v));
  return errs;
}

function strings(v: unknown): string[] {
  return (asArray(v) ?? []).map((x) => (typeof x === 'string' ? x : String(x)));
}

function parseTerm(term: Obj, index: number): NodeSelectorTerm {
  const out: NodeSelectorTerm = { index, matchExpressions: [], matchFields: [], errors: [] };
  for (const { item } of objectItems(term.matchExpressions)) {
    const key = asString(item.key) ?? '';
    const operator = asString(item.operator) ?? '';
    const values = strings(item.values);
    if (!OPERATORS.includes(operator)) {
      out.errors.push(`Unsupported value: "${operator}"`);
      continue;
    }
    const errs = requirementErrors(key, operator as NodeSelectorOperator, values);
    if (errs.length > 0) out.errors.push(...errs);
    else out.matchExpressions.push({ key, operator: operator as NodeSelectorOperator, values });
  }
  for (const { item } of objectItems(term.matchFields)) {
    const operator = asString(item.operator);
    const values = strings(item.values);
    if (operator !== 'In' && operator !== 'NotIn') out.errors.push(`Unsupported value: "${operator ?? ''}"`);
    else if (values.length !== 1) out.errors.push('must have one element');
    // Nodes have one selectable field; API validation (ValidateNodeFieldSelectorRequirement) rejects other keys.
    else if (asString(item.key) !== 'metadata.name') out.errors.push(`"${asString(item.key) ?? ''}" is not a valid field selector key`);
    else out.matchFields.push({ operator, value: values[0] as string });
  }
  return out;
}

/** Reads `spec.nodeSelector` and `spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution`. */
export function requiredNodeAffinity(spec: Obj): RequiredNodeAffinity {
  const out: RequiredNodeAffinity = {};
  const selector = asStringMap(spec.nodeSelector);
  if (selector !== undefined && Object.keys(selector).length > 0) out.nodeSelector = selector;
  const required = asObject(getIn(spec, 'affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution'));
  if (required !== undefined) {
    // "nil or empty term selects no objects": an empty term is skipped, not an error.
    out.terms = objectItems(required.nodeSelectorTerms)
      .filter(({ item }) => (asArray(item.matchExpressions)?.length ?? 0) + (asArray(item.matchFields)?.length ?? 0) > 0)
      .map(({ item, index }) => parseTerm(item, index));
  }
  return out;
}

/** labels.Requirement.Matches. */
function requirementMatches(r: NodeSelectorRequirement, labels: Readonly<Record<string, string>>): boolean {
  const has = Object.hasOwn(labels, r.key);
  const value = labels[r.key];
  switch (r.operator) {
    case 'In':
      return has && r.values.includes(value as string);
    case 'NotIn':
      return !has || !r.values.includes(value as string);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    case 'Gt':
    case 'Lt': {
      const mine = parseInt64(value);
      const theirs = parseInt64(r.values[0]);
      if (!has || mine === undefined || theirs === undefined) return false;
      return r.operator === 'Gt' ? mine > theirs : mine < theirs;
    }
  }
}

/** labels.SelectorFromSet(nodeSelector).Matches: every entry present with exactly that value. */
export function matchesNodeSelector(selector: Readonly<Record<string, string>>, node: NodeLike): boolean {
  for (const [k, v] of Object.entries(selector)) if (!Object.hasOwn(node.labels, k) || node.labels[k] !== v) return false;
  return true;
}

/** nodeSelectorTerm.match: a term with parse errors matches nothing; fields are checked only on a named node. */
export function matchesTerm(term: NodeSelectorTerm, node: NodeLike): boolean {
  if (term.errors.length > 0) return false;
  if (!term.matchExpressions.every((r) => requirementMatches(r, node.labels))) return false;
  if (node.name === '') return true;
  return term.matchFields.every((f) => (f.operator === 'In') === (node.name === f.value));
}

/** LazyErrorNodeSelector.Match: the terms ORed (none left: no node matches). */
export function matchesTerms(terms: readonly NodeSelectorTerm[], node: NodeLike): boolean {
  return terms.some((t) => matchesTerm(t, node));
}

/** RequiredNodeAffinity.Match: the nodeSelector, then the required terms. */
export function matchesRequiredNodeAffinity(affinity: RequiredNodeAffinity, node: NodeLike): boolean {
  if (affinity.nodeSelector !== undefined && !matchesNodeSelector(affinity.nodeSelector, node)) return false;
  return affinity.terms === undefined || matchesTerms(affinity.terms, node);
}

/** True when the pod constrains its nodes at all. */
export function hasRequiredNodeAffinity(affinity: RequiredNodeAffinity): boolean {
  return affinity.nodeSelector !== undefined || affinity.terms !== undefined;
}
