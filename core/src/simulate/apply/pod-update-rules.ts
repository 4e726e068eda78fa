/**
 * What a bare Pod may change in place (pkg/apis/core/validation ValidatePodUpdate): container and init
 * container images, activeDeadlineSeconds, additions to its tolerations, and its labels and annotations. Any
 * other spec change is refused, so a changed Pod manifest is a replacement: the pod is deleted and made again.
 */
import { asArray, asObject, type Obj } from '../../model/fields.js';
import { canonicalJson } from '../controllers/canonical-json.js';

const POD_FORBIDDEN =
  'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

/** The spec with the fields an update may change blanked out. `tolerationsGrow`: next keeps every old toleration. */
function fixedPart(spec: Obj, tolerationsGrow: boolean): Obj {
  const out: Obj = { ...spec };
  for (const list of ['containers', 'initContainers']) {
    const items = asArray(out[list]);
    if (items !== undefined) out[list] = items.map((c) => ({ ...asObject(c), image: undefined }));
  }
  delete out.activeDeadlineSeconds;
  // Where the scheduler put it is not the author's: an update that does not name a node keeps it.
  delete out.nodeName;
  if (tolerationsGrow) delete out.tolerations;
  return out;
}

function keepsTolerations(prev: Obj, next: Obj): boolean {
  const after = new Set((asArray(next.tolerations) ?? []).map(canonicalJson));
  return (asArray(prev.tolerations) ?? []).every((t) => after.has(canonicalJson(t)));
}

/** `spec.<field>: pod updates may not change ...` for the first other spec field that differs, else undefined. */
export function podUpdateReason(prev: Obj, next: Obj): string | undefined {
  const p = asObject(prev.spec) ?? {};
  const n = asObject(next.spec) ?? {};
  const grow = keepsTolerations(p, n);
  const a = fixedPart(p, grow);
  const b = fixedPart(n, grow);
  const key = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort().find((k) => canonicalJson(a[k]) !== canonicalJson(b[k]));
  return key === undefined ? undefined : `spec.${key}: ${POD_FORBIDDEN}`;
}

/** `prev` (stored and bound) with what `next` may change in place: images, activeDeadlineSeconds, tolerations, metadata. */
export function podInPlaceUpdate(prev: Readonly<Obj>, next: Readonly<Obj>): Obj {
  const p = asObject(prev.spec) ?? {};
  const n = asObject(next.spec) ?? {};
  const spec: Obj = { ...p };
  for (const list of ['containers', 'initContainers']) {
    const before = asArray(p[list]);
    const after = asArray(n[list]);
    if (before === undefined || after === undefined) continue;
    spec[list] = before.map((c, i) => ({ ...asObject(c), image: asObject(after[i])?.image ?? asObject(c)?.image }));
  }
  if (n.activeDeadlineSeconds !== undefined) spec.activeDeadlineSeconds = n.activeDeadlineSeconds;
  if (n.tolerations !== undefined) spec.tolerations = n.tolerations;
  const metadata = { ...asObject(prev.metadata), labels: asObject(next.metadata)?.labels, annotations: asObject(next.metadata)?.annotations };
  return { ...prev, metadata, spec };
}
