/**
 * JSON with object keys sorted at every level: the one spelling of a value, whatever order its keys were
 * written in. The pod-template-hash is computed over it (and the rollout recorder keys templates with it);
 * controllers compare values with `deepEqual`, which means the same as comparing these strings.
 */

/** Strings JSON writes as they are, between quotes (most keys and values of a manifest). */
const PLAIN = /^[A-Za-z0-9_./-]*$/;

function quoted(s: string): string {
  return PLAIN.test(s) ? `"${s}"` : JSON.stringify(s);
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? quoted(value) : (JSON.stringify(value) ?? 'null');
  let out: string;
  if (Array.isArray(value)) {
    out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      // A hole is written as nothing, as Array.prototype.map and join leave it.
      if (i in value) out += value[i] === undefined ? 'null' : canonicalJson(value[i]);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length > 1) keys.sort();
  out = '{';
  let first = true;
  for (const k of keys) {
    const v = record[k];
    if (v === undefined) continue;
    if (!first) out += ',';
    out += `${quoted(k)}:${canonicalJson(v)}`;
    first = false;
  }
  return `${out}}`;
}
