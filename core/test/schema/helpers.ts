/** Two-line builders for schema tests: YAML text in, manifests (with real positions) and diagnostics out. */
import { existsSync } from 'node:fs';
import type { Diagnostic } from '../../src/diagnostic.js';
import { loadText } from '../../src/load/index.js';
import type { Manifest } from '../../src/load/types.js';
import { createValidator, registerCrds, SchemaRegistry, type ValidatorOptions } from '../../src/schema/index.js';

import { SHARED } from '../support/shared.js';

export { SHARED };
export const FIXTURES = `${SHARED}/corpus/kubeconform-fixtures`;
export const HAS_FIXTURES = existsSync(FIXTURES);

let shared: SchemaRegistry | undefined;

/** The built-in registry, loaded once per test file (compiled validators are cached in it). */
export function builtinRegistry(): SchemaRegistry {
  return (shared ??= SchemaRegistry.load());
}

/** A fresh registry, for tests that register CRDs or schema locations. */
export function freshRegistry(): SchemaRegistry {
  return SchemaRegistry.load();
}

/** Strips the common indentation of a template literal and its first empty line. */
export function yaml(text: string): string {
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

export function manifests(text: string, file = 'test.yaml'): Manifest[] {
  const result = loadText(text, file);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`test input does not load: ${errors.map((d) => d.message).join('; ')}`);
  return result.manifests;
}

/** Registers the CRDs in `text`, then validates every object in it. */
export function validate(text: string, options: ValidatorOptions = {}, registry = builtinRegistry(), file = 'test.yaml'): Diagnostic[] {
  const ms = manifests(text, file);
  const out = registerCrds(registry, ms);
  const validator = createValidator(registry, options);
  for (const m of ms) out.push(...validator.validate(m));
  return out;
}

/** `rule line:col-line:col message`, 1-based, for compact assertions. */
export function brief(d: Diagnostic): string {
  const r = d.range;
  return `${d.rule} ${r.start.line + 1}:${r.start.col + 1}-${r.end.line + 1}:${r.end.col + 1} ${d.message}`;
}
