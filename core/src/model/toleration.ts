/**
 * Taints and tolerations as k8s.io/api/core/v1 matches them (toleration.go Toleration.ToleratesTaint), read
 * from decoded objects. Malformed entries are dropped: API validation reports them.
 */
import { asObject, asString, objectItems } from './fields.js';

/** The effects a taint can have (core/v1 TaintEffect). */
export type TaintEffect = 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';

export const TAINT_EFFECTS: readonly TaintEffect[] = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/** A node taint: `key[=value]:effect`. An absent value is the empty string for matching. */
export interface Taint {
  key: string;
  value?: string;
  effect: TaintEffect;
}

/** A pod toleration as written (every field optional, as in the API). */
export interface Toleration {
  key?: string;
  /** `Equal` (the default when empty), `Exists`, or the alpha `Lt`/`Gt`. */
  operator?: string;
  value?: string;
  /** Empty matches every effect. */
  effect?: string;
}

/** Reads a taint (`node.spec.taints[i]`); undefined without a key or with an unknown effect. */
export function parseTaint(v: unknown): Taint | undefined {
  const o = asObject(v);
  const key = asString(o?.key);
  const effect = asString(o?.effect);
  if (o === undefined || key === undefined || key === '' || !(TAINT_EFFECTS as readonly string[]).includes(effect ?? '')) return undefined;
  const value = asString(o.value);
  return { key, ...(value === undefined || value === '' ? {} : { value }), effect: effect as TaintEffect };
}

/** Reads a toleration (`spec.tolerations[i]`); fields of the wrong type are left out. */
export function parseToleration(v: unknown): Toleration | undefined {
  const o = asObject(v);
  if (o === undefined) return undefined;
  const t: Toleration = {};
  for (const field of ['key', 'operator', 'value', 'effect'] as const) {
    const s = asString(o[field]);
    if (s !== undefined && s !== '') t[field] = s;
  }
  return t;
}

/** The tolerations of a pod spec with their index in `spec.tolerations`. */
export function tolerationsOf(spec: Readonly<Record<string, unknown>>): { toleration: Toleration; index: number }[] {
  return objectItems(spec.tolerations).flatMap(({ item, index }) => {
    const toleration = parseToleration(item);
    return toleration === undefined ? [] : [{ toleration, index }];
  });
}

/** strconv.ParseInt(s, 10, 64): an optional sign and decimal digits, within int64. */
function parseInt64(s: string): bigint | undefined {
  if (!/^[+-]?[0-9]+$/.test(s)) return undefined;
  const n = BigInt(s);
  return n >= -(2n ** 63n) && n < 2n ** 63n ? n : undefined;
}

/**
 * Toleration.ToleratesTaint: the effect is empty or equal; the key is empty (any key) or equal; then `Equal`
 * (or no operator) compares the values, `Exists` accepts any value, and `Lt`/`Gt` compare both values as int64
 * (taint value < / > toleration value; a value that does not parse tolerates nothing). Other operators
 * tolerate nothing.
 */
export function toleratesTaint(t: Toleration, taint: Taint): boolean {
  if (t.effect !== undefined && t.effect !== taint.effect) return false;
  if (t.key !== undefined && t.key !== taint.key) return false;
  switch (t.operator ?? '') {
    case '':
    case 'Equal':
      return (t.value ?? '') === (taint.value ?? '');
    case 'Exists':
      return true;
    case 'Lt':
    case 'Gt': {
      const mine = parseInt64(t.value ?? '');
      const theirs = parseInt64(taint.value ?? '');
      if (mine === undefined || theirs === undefined) return false;
      return t.operator === 'Lt' ? theirs < mine : theirs > mine;
    }
    default:
      return false;
  }
}

/** `key=value:effect`, as kubectl prints taints (`key:effect` without a value). */
export function formatTaint(taint: Taint): string {
  return `${taint.key}${taint.value === undefined ? '' : `=${taint.value}`}:${taint.effect}`;
}

/**
 * A toleration as `kubectl describe pod` prints it: `key=value:effect`, with ` op=Exists` for Exists (alone,
 * `op=Exists`, when it tolerates everything).
 */
export function formatToleration(t: Toleration): string {
  const base = `${t.key ?? ''}${t.value === undefined ? '' : `=${t.value}`}${t.effect === undefined ? '' : `:${t.effect}`}`;
  const op = t.operator === undefined || t.operator === 'Equal' ? '' : `op=${t.operator}`;
  return base !== '' && op !== '' ? `${base} ${op}` : base + op;
}
