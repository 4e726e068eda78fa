import type { Diagnostic } from '../diagnostic.js';
import type { Manifest } from '../load/types.js';
import { objectRef } from '../model/object-ref.js';
import type { RuleInfo } from '../report/lint-report.js';

export const REJECTED_KIND_RULE: RuleInfo = {
  id: 'rejected-kind',
  summary: 'The object is of a kind the run was told to refuse (--reject).',
  defaultSeverity: 'error',
};

/**
 * Matches objects against `--skip`/`--reject` entries, kubeconform-style: `Kind` matches every version,
 * `apiVersion/Kind` (e.g. `v1/ReplicationController`, `apps/v1/Deployment`) one version.
 */
export function kindMatcher(entries: readonly string[]): (m: Manifest) => boolean {
  const kinds = new Set<string>();
  const exact = new Set<string>();
  for (const e of entries.flatMap((x) => x.split(',')).map((x) => x.trim()).filter((x) => x !== '')) {
    if (e.includes('/')) exact.add(e);
    else kinds.add(e);
  }
  return (m) => {
    const { apiVersion, kind } = m.object;
    if (typeof kind !== 'string') return false;
    return kinds.has(kind) || (typeof apiVersion === 'string' && exact.has(`${apiVersion}/${kind}`));
  };
}

export function rejectedKind(m: Manifest): Diagnostic {
  return {
    rule: REJECTED_KIND_RULE.id,
    severity: 'error',
    message: `prohibited resource kind ${String(m.object.kind)}`,
    file: m.source.file,
    range: m.source.positions.locate('kind', 'value'),
    object: objectRef(m.object),
    path: 'kind',
  };
}
