/**
 * An object as a plan's diff shows it: YAML (the `yaml` package) with one stable key order — `apiVersion`,
 * `kind`, `metadata`, then `name` and `namespace` wherever they appear, then the rest alphabetically — so that
 * two versions line up whatever order their manifests were written in. Secret values are never printed:
 * terraform's `(sensitive value)` stands in for each, and a value that changes says so on the new side.
 */
import { stringify } from 'yaml';
import { asObject, type Obj } from '../model/fields.js';

export const SENSITIVE = '(sensitive value)';
export const SENSITIVE_CHANGED = '(sensitive value, changed)';

const FIRST_KEYS = ['apiVersion', 'kind', 'metadata', 'name', 'namespace'];

function rank(key: string): number {
  const i = FIRST_KEYS.indexOf(key);
  return i < 0 ? FIRST_KEYS.length : i;
}

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  const o = asObject(value);
  if (o === undefined) return value;
  const keys = Object.keys(o).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((k) => [k, ordered(o[k])]));
}

/** YAML of `object` in the plan's key order; empty for no object. */
export function objectYaml(object: Obj | undefined): string {
  return object === undefined ? '' : stringify(ordered(object), { lineWidth: 0 });
}

/**
 * A Secret with its `data` values replaced: `(sensitive value)`, or on the new side of a change
 * `(sensitive value, changed)` for the keys in `changedKeys`, so the diff still shows which keys change.
 */
export function maskedSecret(secret: Obj, changedKeys: ReadonlySet<string> = new Set()): Obj {
  const data = asObject(secret.data);
  if (data === undefined) return secret;
  const masked = Object.fromEntries(Object.keys(data).map((k) => [k, changedKeys.has(k) ? SENSITIVE_CHANGED : SENSITIVE]));
  return { ...secret, data: masked };
}
