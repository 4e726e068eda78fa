import { asObject } from '../../../model/fields.js';
import type { PodTemplateRef } from '../../../model/pod-template.js';

/**
 * A pod for Windows nodes (`spec.os.name: windows`): Linux-only securityContext fields (runAsNonRoot,
 * readOnlyRootFilesystem, allowPrivilegeEscalation, capabilities...) do not apply, and the API rejects some of them.
 */
export function isWindowsPod(t: PodTemplateRef): boolean {
  return asObject(t.spec.os)?.name === 'windows';
}
