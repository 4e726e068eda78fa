import { formatPath } from '../../load/json-path.js';
import { asObject, asString, getIn } from '../../model/fields.js';
import { WORKLOAD_KINDS } from '../../model/pod-template.js';
import type { IndexedObject, ObjectIndex } from '../object-index.js';
import type { RuleContext } from '../rule.js';
import { configRefsOf, type ConfigKind } from './config-refs.js';
import { referenceSeverity, SYSTEM_NAMESPACES } from './missing.js';

/** Pod makers whose pod spec is checked (a `PodTemplate` object runs nothing). */
export const POD_SPEC_KINDS: readonly string[] = WORKLOAD_KINDS.filter((k) => k !== 'PodTemplate');

export interface ConfigTargets {
  kind: ConfigKind;
  /** True when something other than an object of the set provides the name (the cluster, an operator's custom resource). */
  providedElsewhere(index: ObjectIndex, namespace: string, name: string): boolean;
  /** True when the set suggests the object is made at runtime, so a missing one is info (see referenceSeverity). */
  madeAtRuntime?(index: ObjectIndex, namespace: string): boolean;
  /** The keys the object has, or undefined when the set cannot tell (keys filled in by a controller). */
  keysOf(target: IndexedObject): ReadonlySet<string> | undefined;
}

/** The keys of the named maps of an object (`data`, `binaryData`, `stringData`). */
export function keysIn(object: Record<string, unknown>, ...fields: string[]): Set<string> {
  return new Set(fields.flatMap((f) => Object.keys(asObject(object[f]) ?? {})));
}

/**
 * Reports the pod spec's references to a missing ConfigMap or Secret, or to a key it does not have, skipping
 * `optional: true` references (the kubelet starts the pod without them).
 */
export function checkConfigRefs(ctx: RuleContext, targets: ConfigTargets): void {
  const entry = ctx.index.entryOf(ctx.manifest);
  if (entry?.pod === undefined) return;
  const { namespace, pod } = entry;
  const missing = new Set<string>();
  for (const ref of ctx.shared(configRefsOf, () => configRefsOf(pod))) {
    if (ref.kind !== targets.kind || ref.optional) continue;
    const target = ctx.index.find(ref.kind, namespace, ref.name);
    if (target === undefined) {
      const at = formatPath(ref.namePath);
      if (missing.has(at) || SYSTEM_NAMESPACES.has(namespace) || targets.providedElsewhere(ctx.index, namespace, ref.name)) continue;
      missing.add(at);
      ctx.report({
        path: ref.namePath,
        message: `${ref.via}: ${ref.kind} "${ref.name}" not found in namespace "${namespace}"`,
        severity: referenceSeverity(ctx, ctx.index.inNamespace(ref.kind, namespace).length === 0 || targets.madeAtRuntime?.(ctx.index, namespace) === true),
      });
      continue;
    }
    if (ref.key === undefined) continue;
    const keys = targets.keysOf(target);
    if (keys === undefined || keys.has(ref.key.name)) continue;
    ctx.report({ path: ref.key.path, message: `${ref.via}: ${ref.kind} "${ref.name}" has no key "${ref.key.name}"`, severity: referenceSeverity(ctx) });
  }
}

/** `metadata.name` of an object, or the name at `path` when written. */
export function nameAt(o: IndexedObject, ...path: string[]): string {
  return asString(getIn(o.object, ...path)) ?? o.name;
}
