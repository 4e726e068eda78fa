import type { KubeObject } from '../../../load/types.js';
import { asObject, getIn, type Obj } from '../../../model/fields.js';
import { podMetadataPath } from '../../../model/pod-template.js';
import type { Path } from '../field-errors.js';
import { isBuiltin } from './api-groups.js';

/** An ObjectMeta the API server validates: the object's own, and its pod template's (ValidatePodTemplateSpec). */
export interface MetaAt {
  meta: Obj;
  path: Path;
}

/** The object's metadata and, for built-in workloads, the pod template's metadata; absent ones are left out. */
export function validatedMetadata(object: KubeObject): MetaAt[] {
  const out: MetaAt[] = [];
  const own = asObject(object.metadata);
  if (own) out.push({ meta: own, path: ['metadata'] });
  // A Pod's own metadata is its template's.
  const templatePath = object.kind === 'Pod' ? undefined : podMetadataPath(object.kind as string);
  if (templatePath && isBuiltin(object)) {
    const meta = asObject(getIn(object, ...templatePath));
    if (meta) out.push({ meta, path: templatePath });
  }
  return out;
}
