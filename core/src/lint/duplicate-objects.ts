import type { Diagnostic } from '../diagnostic.js';
import type { Manifest } from '../load/types.js';
import { objectNamespace, objectRef } from '../model/object-ref.js';
import type { RuleInfo } from '../report/lint-report.js';
import { splitApiVersion, type SchemaRegistry } from '../schema/index.js';

export const DUPLICATE_OBJECT_RULE: RuleInfo = {
  id: 'duplicate-object',
  summary: 'The same object (group, kind, namespace, name) is defined twice in the input; the later one silently replaces the earlier.',
  defaultSeverity: 'error',
};

/**
 * The identity the API server gives an object: group (not version: `apps/v1` and `apps/v1beta2` Deployments
 * are one object), kind, namespace (the default namespace when none is written; none for cluster-scoped kinds)
 * and name. `undefined` for objects named by the server (`generateName`) or without apiVersion/kind.
 */
export function objectIdentity(m: Manifest, registry: SchemaRegistry, defaultNamespace: string): string | undefined {
  const { apiVersion, kind, metadata } = m.object;
  const name = metadata !== null && typeof metadata === 'object' ? (metadata as Record<string, unknown>).name : undefined;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string' || typeof name !== 'string' || name === '') return undefined;
  const namespaced = registry.isNamespaced(apiVersion, kind) ?? true;
  const ns = namespaced ? (objectNamespace(m.object) ?? defaultNamespace) : '';
  return `${splitApiVersion(apiVersion).group}/${kind}/${ns}/${name}`;
}

/** For each entry whose identity was seen before: its index and the index of the first definition. */
export function duplicatePairs(identities: readonly (string | undefined)[]): { index: number; first: number }[] {
  const seen = new Map<string, number>();
  const out: { index: number; first: number }[] = [];
  identities.forEach((id, index) => {
    if (id === undefined) return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else out.push({ index, first });
  });
  return out;
}

/**
 * The finding on the second definition, pointing at the first (`file`, 0-based `line`). Twice in one file is an
 * error: applying the file applies both. In two files it is a warning: the files may be alternatives (an
 * install and an HA install) that are never applied together.
 */
export function duplicateObject(m: Manifest, first: { file: string; line: number }): Diagnostic {
  const sameFile = first.file === m.source.file;
  const at = `${first.file}:${first.line + 1}`;
  return {
    rule: DUPLICATE_OBJECT_RULE.id,
    severity: sameFile ? 'error' : 'warning',
    message: sameFile
      ? `duplicate object: already defined at ${at}; applying the file, the later definition replaces it`
      : `duplicate object: also defined at ${at}; if both files are applied, the later definition replaces it`,
    file: m.source.file,
    range: m.source.positions.locate('metadata.name', 'value'),
    object: objectRef(m.object),
    path: 'metadata.name',
  };
}
