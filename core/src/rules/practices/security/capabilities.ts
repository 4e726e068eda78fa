import type { PathSegment } from '../../../load/json-path.js';
import { asArray, getIn } from '../../../model/fields.js';
import type { ContainerRef } from '../../../model/pod-template.js';

/** A capability as the runtime reads it: upper case, without the `CAP_` prefix. */
export function normalizeCapability(cap: string): string {
  const up = cap.trim().toUpperCase();
  return up.startsWith('CAP_') ? up.slice(4) : up;
}

export interface CapabilityItem {
  name: string;
  path: readonly PathSegment[];
}

/** The capabilities a container lists under securityContext.capabilities.`list`, normalised, with their paths. */
export function capabilityList(c: ContainerRef, list: 'add' | 'drop'): CapabilityItem[] {
  const out: CapabilityItem[] = [];
  (asArray(getIn(c.container, 'securityContext', 'capabilities', list)) ?? []).forEach((v, i) => {
    if (typeof v === 'string') out.push({ name: normalizeCapability(v), path: [...c.path, 'securityContext', 'capabilities', list, i] });
  });
  return out;
}
