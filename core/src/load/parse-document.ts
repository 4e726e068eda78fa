import type { Document } from 'yaml';
import type { DocProblem } from './doc-problem.js';
import { jsYaml } from './js-yaml-v4.js';
import { KUBE_YAML_SCHEMA } from './kube-yaml-schema.js';
import { slowParse } from './slow-parse.js';

/** One document's decoded value and the problems found reading it. */
export interface ParsedDocument {
  value: unknown;
  problems: DocProblem[];
  /** True when the document had YAML errors: `value` is the parser's best recovery and may be incomplete. */
  partial: boolean;
  /** The `yaml` AST when the slow path ran; the position map reuses it. */
  ast?: Document.Parsed;
}

/**
 * An anchor (`&a`) or alias (`*a`) where a node can start. A cheap filter with false positives (`&&` in a
 * shell script, `*.txt`): a hit only triggers the exact check for shared references below.
 */
const MAY_HAVE_ALIAS = /(?:^|[\s[{,])[&*][^\s[\]{},]/m;

/** True when the same object or array is reachable twice (js-yaml returns aliases as shared references). */
function hasSharedReferences(root: unknown): boolean {
  if (root === null || typeof root !== 'object') return false;
  const seen = new Set<object>();
  const stack: object[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as object;
    if (seen.has(node)) return true;
    seen.add(node);
    for (const v of Object.values(node)) if (v !== null && typeof v === 'object') stack.push(v as object);
  }
  return false;
}

/** Bulk path: js-yaml with the Kubernetes schema. Undefined when the document needs the slow path. */
export function fastParse(text: string): unknown {
  let value: unknown;
  try {
    value = jsYaml.load(text, { schema: KUBE_YAML_SCHEMA });
  } catch {
    return undefined; // syntax error, duplicate key, tab indentation, unknown tag...: the slow path says exactly what
  }
  // Aliases of collections come back shared (a DAG, cheap to build and exponential to walk): expand them
  // with a cap on the slow path instead.
  const mayAlias = text.includes('&') || text.includes('*');
  if (mayAlias && MAY_HAVE_ALIAS.test(text) && hasSharedReferences(value)) return undefined;
  return value ?? null;
}

/**
 * Parses one document: js-yaml when it accepts the text (the bulk of real input), else `yaml` for positioned
 * errors and a recovered value.
 */
export function parseDocumentText(text: string): ParsedDocument {
  const value = fastParse(text);
  if (value !== undefined) return { value, problems: [], partial: false };
  const slow = slowParse(text);
  return { value: slow.value, problems: slow.problems, partial: slow.partial, ast: slow.ast };
}
