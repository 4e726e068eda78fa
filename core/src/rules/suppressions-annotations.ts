/**
 * Per-object ignore annotations: kubeplan's own `kubeplan.io/ignore: rule-a,rule-b` (or `all`), and
 * kube-linter's `ignore-check.kube-linter.io/<check>` and `kube-linter.io/ignore-all` for the checks that have
 * a kubeplan counterpart, so manifests already annotated for kube-linter need no second annotation.
 */
import { loadText } from '../load/load-text.js';
import { ALL_RULES } from './all-rules.js';
import { BUILTIN_DOCS } from './rule-docs-builtin.js';
import type { Rule } from './rule.js';
import type { IgnoreDirective } from './suppressions.js';

export const IGNORE_ANNOTATION = 'kubeplan.io/ignore';
const KUBE_LINTER_CHECK = 'ignore-check.kube-linter.io/';
const KUBE_LINTER_ALL = 'kube-linter.io/ignore-all';
const KUBE_LINTER_PEER = 'kube-linter:';

/**
 * kube-linter check name → the kubeplan ids that find the same problem, from the `kube-linter:<check>` peers
 * of the rules and of the built-in checks (e.g. `schema-validation` → the schema checks).
 */
export function kubeLinterChecks(rules: readonly Rule[] = ALL_RULES): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const peersOf: Array<[string, readonly string[]]> = [
    ...Object.entries(BUILTIN_DOCS).map(([id, doc]): [string, readonly string[]] => [id, doc.peers ?? []]),
    ...rules.map((r): [string, readonly string[]] => [r.meta.id, r.meta.peers ?? []]),
  ];
  for (const [id, peers] of peersOf) {
    for (const peer of peers) {
      if (!peer.startsWith(KUBE_LINTER_PEER)) continue;
      const check = peer.slice(KUBE_LINTER_PEER.length);
      map.set(check, [...(map.get(check) ?? []), id]);
    }
  }
  return map;
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The ignore annotations of the objects in one file, each covering its object (or List item). */
export function annotationDirectives(file: string, text: string, kubeLinter: ReadonlyMap<string, readonly string[]>): IgnoreDirective[] {
  if (!text.includes(IGNORE_ANNOTATION) && !text.includes('kube-linter.io/')) return [];
  const out: IgnoreDirective[] = [];
  for (const m of loadText(text, file).manifests) {
    const meta = m.object.metadata;
    const annotations = isMapping(meta) && isMapping(meta.annotations) ? meta.annotations : {};
    for (const [key, value] of Object.entries(annotations)) {
      let rules: readonly string[] | undefined;
      let origin: IgnoreDirective['origin'] = 'kube-linter';
      if (key === IGNORE_ANNOTATION) {
        origin = 'annotation';
        const ids = String(value ?? '').split(/[\s,]+/).filter((id) => id !== '');
        rules = ids.includes('all') ? undefined : ids;
      } else if (key.startsWith(KUBE_LINTER_CHECK)) {
        rules = kubeLinter.get(key.slice(KUBE_LINTER_CHECK.length));
        if (rules === undefined) continue;
      } else if (key === KUBE_LINTER_ALL) {
        rules = [...new Set([...kubeLinter.values()].flat())];
      } else continue;
      const at = m.source.positions.get(['metadata', 'annotations', key]);
      const range = at === undefined ? m.source.positions.documentRange : { start: (at.key ?? at.value).start, end: at.value.end };
      out.push({ file, origin, range, scope: m.source.positions.documentRange, ...(rules !== undefined ? { rules } : {}) });
    }
  }
  return out;
}
