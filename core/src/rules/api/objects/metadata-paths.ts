import type { KubeObject } from '../../../load/types.js';
import { asObject, getIn, type Obj } from '../../../model/fields.js';
import { isBuiltin } from './api-groups.js';
import type { Path } from './field-errors.js';

/** An ObjectMeta the API server validates: the object's own, and its pod template's (ValidatePodTemplateSpec). */
export interface MetaAt {
  meta: Obj;
  path: Path;
}

/** Where each built-in workload keeps its pod template's metadata. */
const TEMPLATE_METADATA: Readonly<Record<string, readonly string[]>> = {
  PodTemplate: ['template', 'metadata'],
  ReplicationController: ['spec', 'template', 'metadata'],
  ReplicaSet: ['spec', 'template', 'metadata'],
  Deployment: ['spec', 'template', 'metadata'],
  StatefulSet: ['spec', 'template', 'metadata'],
  DaemonSet: ['spec', 'template', 'metadata'],
  Job: ['spec', 'template', 'metadata'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'metadata'],
};

/** The object's metadata and, for built-in workloads, the pod template's metadata; absent ones are left out. */
export function validatedMetadata(object: KubeObject): MetaAt[] {
  const out: MetaAt[] = [];
  const own = asObject(object.metadata);
  if (own) out.push({ meta: own, path: ['metadata'] });
  const templatePath = TEMPLATE_METADATA[object.kind as string];
  if (templatePath && isBuiltin(object)) {
    const meta = asObject(getIn(object, ...templatePath));
    if (meta) out.push({ meta, path: templatePath });
  }
  return out;
}
