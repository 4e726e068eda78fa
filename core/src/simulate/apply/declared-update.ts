/**
 * A declared object meeting a stored one of the same kind, namespace and name (a `kubectl apply` of an
 * existing object): nothing to do when they are the same as the API server compares them, an update in place
 * that keeps uid, creation time, status and creation order (and bumps `metadata.generation` when the spec
 * changes), or — when the API server refuses the update because an immutable field changes — a replacement.
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import { asNumber, asObject, asString, getIn, type Obj } from '../../model/fields.js';
import { admit } from '../admission/index.js';
import { canonicalJson } from '../controllers/canonical-json.js';
import { allocateService } from '../controllers/service-allocation.js';
import type { SimObject } from '../types.js';
import { comparableObject } from './comparable-object.js';
import { replaceReason } from './immutable-fields.js';
import { mergedUpdate } from './merged-update.js';
import { podInPlaceUpdate, podUpdateReason } from './pod-update-rules.js';

export type UpdateOutcome =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'update'; readonly object: Obj }
  | { readonly kind: 'replace'; readonly reason: string }
  | { readonly kind: 'rejected'; readonly reason: string };

/** apps/v1 DaemonSet: the API server counts template changes in this annotation (TemplateGeneration). */
const TEMPLATE_GENERATION_ANNOTATION = 'deprecated.daemonset.template.generation';

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * `next` with the parts of `prev` that mean the same kept verbatim: the whole spec, else the pod template (and a
 * CronJob's job template). A dumped Deployment's template is stored defaulted; a manifest that says the same
 * with fewer words must not look like a new template to the Deployment controller, or it would roll out.
 */
function keepEquivalent(prev: Readonly<Obj>, next: Obj, comparedPrev: Obj, comparedNext: Obj): Obj {
  const prevSpec = asObject(prev.spec);
  const nextSpec = asObject(next.spec);
  if (prevSpec === undefined || nextSpec === undefined) return next;
  if (same(comparedPrev.spec, comparedNext.spec)) return { ...next, spec: prevSpec };
  for (const key of ['template', 'jobTemplate']) {
    if (prevSpec[key] === undefined || nextSpec[key] === undefined) continue;
    const swapped = { ...next, spec: { ...nextSpec, [key]: prevSpec[key] } };
    if (same(asObject(comparableObject(swapped).spec)?.[key], asObject(comparedNext.spec)?.[key])) return swapped;
  }
  return next;
}

/** Update admission, then, for a Service, the registry re-checking its (kept) IPs and node ports. */
function admitUpdate(state: ClusterState, object: Obj): { ok: true; object: Obj } | { ok: false; reason: string } {
  const admitted = admit(state, object, 'UPDATE');
  if (!admitted.allowed) return { ok: false, reason: admitted.message };
  if (asString(object.kind) !== 'Service') return { ok: true, object: admitted.object };
  const allocated = allocateService(state, admitted.object);
  return allocated.allowed ? { ok: true, object: allocated.object } : { ok: false, reason: allocated.message };
}

/** metadata.generation + 1 when the spec changes; a DaemonSet's template generation when its template does. */
function withGenerations(kind: string, prev: Obj, next: Obj, before: Obj, after: Obj): Obj {
  if (same(before.spec, after.spec)) return next;
  const metadata: Obj = { ...asObject(next.metadata), generation: (asNumber(getIn(prev, 'metadata', 'generation')) ?? 1) + 1 };
  if (kind === 'DaemonSet' && !same(getIn(before, 'spec', 'template'), getIn(after, 'spec', 'template'))) {
    const previous = Number(asString(getIn(prev, 'metadata', 'annotations', TEMPLATE_GENERATION_ANNOTATION)) ?? '1') || 1;
    metadata.annotations = { ...asObject(metadata.annotations), [TEMPLATE_GENERATION_ANNOTATION]: String(previous + 1) };
  }
  return { ...next, metadata };
}

/** What applying `desired` (namespace filled) to the stored `prev` does. */
export function declaredUpdate(state: ClusterState, prev: SimObject, desired: Readonly<Obj>): UpdateOutcome {
  const merged = mergedUpdate(prev.object, desired);
  const before = comparableObject(prev.object);
  const requested = comparableObject(merged);
  // Most objects of a change set do not change: no admission for them (update admission of an unchanged
  // object mutates nothing the comparison sees).
  if (same(before, requested)) return { kind: 'unchanged' };
  const admitted = admitUpdate(state, keepEquivalent(prev.object, merged, before, requested));
  if (!admitted.ok) return { kind: 'rejected', reason: admitted.reason };
  const after = comparableObject(admitted.object);
  if (same(before, after)) return { kind: 'unchanged' };
  const reason = replaceReason(prev.kind, before, after);
  if (reason !== undefined) return { kind: 'replace', reason };
  return { kind: 'update', object: withGenerations(prev.kind, prev.object, admitted.object, before, after) };
}

/**
 * The same for a bare Pod, whose mutating admission runs on create only: `admittedAsNew` is the declared pod
 * admitted as a create. Images, activeDeadlineSeconds and tolerations change in place; anything else replaces.
 */
export function declaredPodUpdate(prev: SimObject, admittedAsNew: Readonly<Obj>): UpdateOutcome {
  const before = comparableObject(prev.object);
  const reason = podUpdateReason(before, comparableObject(admittedAsNew));
  if (reason !== undefined) return { kind: 'replace', reason };
  const updated = podInPlaceUpdate(prev.object, admittedAsNew);
  return same(before, comparableObject(updated)) ? { kind: 'unchanged' } : { kind: 'update', object: updated };
}
