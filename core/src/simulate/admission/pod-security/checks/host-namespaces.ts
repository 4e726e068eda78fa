/** hostNamespaces (policy/check_hostNamespaces.go, baseline 1.0): no hostNetwork, hostPID or hostIPC. */
import type { PodSecurityCheck, PodView, Violation } from '../check.js';

function check({ spec }: PodView): Violation | undefined {
  const shared = (['hostNetwork', 'hostPID', 'hostIPC'] as const).filter((f) => spec[f] === true).map((f) => `${f}=true`);
  return shared.length === 0 ? undefined : { reason: 'host namespaces', detail: shared.join(', ') };
}

export const hostNamespaces: PodSecurityCheck = { id: 'hostNamespaces', level: 'baseline', since: 0, check };
