import { asArray, asObject, asString, asStringMap, getIn, objectItems } from './fields.js';

export type SelectorOperator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';

export interface SelectorRequirement {
  key: string;
  operator: SelectorOperator;
  values: string[];
}

/** A parsed `metav1.LabelSelector`. */
export interface LabelSelector {
  matchLabels: Record<string, string>;
  matchExpressions: SelectorRequirement[];
}

const OPERATORS = new Set<string>(['In', 'NotIn', 'Exists', 'DoesNotExist']);

/**
 * Reads a LabelSelector (`{matchLabels, matchExpressions}`); undefined when the value is absent or not an
 * object. Malformed requirements (unknown operator, missing key) are dropped: validation reports them.
 */
export function parseLabelSelector(v: unknown): LabelSelector | undefined {
  const o = asObject(v);
  if (o === undefined) return undefined;
  const matchExpressions: SelectorRequirement[] = [];
  for (const { item } of objectItems(o.matchExpressions)) {
    const key = asString(item.key);
    const operator = asString(item.operator);
    if (key === undefined || operator === undefined || !OPERATORS.has(operator)) continue;
    const values = (asArray(item.values) ?? []).filter((x): x is string => typeof x === 'string');
    matchExpressions.push({ key, operator: operator as SelectorOperator, values });
  }
  return { matchLabels: asStringMap(o.matchLabels) ?? {}, matchExpressions };
}

/** A set-based selector made from a plain map (`Service.spec.selector`, `ReplicationController.spec.selector`). */
export function selectorFromMap(v: unknown): LabelSelector | undefined {
  const m = asStringMap(v);
  return m === undefined ? undefined : { matchLabels: m, matchExpressions: [] };
}

/**
 * The pods a Service sends traffic to, as a selector: undefined for an ExternalName Service and for one without a
 * selector (its Endpoints are made by hand or by another controller).
 */
export function serviceSelector(service: Readonly<Record<string, unknown>>): LabelSelector | undefined {
  if (getIn(service, 'spec', 'type') === 'ExternalName') return undefined;
  const selector = selectorFromMap(getIn(service, 'spec', 'selector'));
  return selector === undefined || isEmptySelector(selector) ? undefined : selector;
}

/** True when the selector has no requirement at all (`{}` selects everything as a LabelSelector). */
export function isEmptySelector(s: LabelSelector): boolean {
  return Object.keys(s.matchLabels).length === 0 && s.matchExpressions.length === 0;
}

/** Kubernetes label-selector semantics (apimachinery labels.Selector): every requirement must hold. */
export function selectorMatches(s: LabelSelector, labels: Readonly<Record<string, string>>): boolean {
  for (const [k, v] of Object.entries(s.matchLabels)) if (labels[k] !== v) return false;
  for (const r of s.matchExpressions) {
    const has = Object.hasOwn(labels, r.key);
    switch (r.operator) {
      case 'In':
        if (!has || !r.values.includes(labels[r.key] as string)) return false;
        break;
      case 'NotIn':
        if (has && r.values.includes(labels[r.key] as string)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
    }
  }
  return true;
}

/** `a=b,c in (x,y)`: the selector the way kubectl prints it, for messages. */
export function formatSelector(s: LabelSelector): string {
  const parts = Object.entries(s.matchLabels).map(([k, v]) => `${k}=${v}`);
  for (const r of s.matchExpressions) {
    if (r.operator === 'Exists') parts.push(r.key);
    else if (r.operator === 'DoesNotExist') parts.push(`!${r.key}`);
    else parts.push(`${r.key} ${r.operator === 'In' ? 'in' : 'notin'} (${r.values.join(',')})`);
  }
  return parts.length === 0 ? '<everything>' : parts.join(',');
}
