import type { PathSegment } from '../../../load/json-path.js';
import { asObject, type Obj } from '../../../model/fields.js';
import type { ContainerRef, PodTemplateRef } from '../../../model/pod-template.js';

/** A setting as written: its value and where. */
export interface Written {
  value: unknown;
  path: readonly PathSegment[];
}

/** The container's `securityContext` (an empty object when absent). */
export function containerSecurityContext(c: ContainerRef): Obj {
  return asObject(c.container.securityContext) ?? {};
}

/** A field of the container's own securityContext, if written. */
export function containerSetting(c: ContainerRef, field: string): Written | undefined {
  const sc = containerSecurityContext(c);
  return sc[field] === undefined || sc[field] === null ? undefined : { value: sc[field], path: [...c.path, 'securityContext', field] };
}

/**
 * A field both securityContexts have (runAsUser, runAsNonRoot, seccompProfile, windowsOptions...): the
 * container's value wins over the pod's, as the kubelet applies them.
 */
export function effectiveSetting(t: PodTemplateRef, c: ContainerRef, field: string): Written | undefined {
  const own = containerSetting(c, field);
  if (own !== undefined) return own;
  const pod = asObject(t.spec.securityContext);
  const v = pod?.[field];
  return v === undefined || v === null ? undefined : { value: v, path: [...t.specPath, 'securityContext', field] };
}
