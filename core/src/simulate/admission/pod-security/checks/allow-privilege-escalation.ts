/**
 * allowPrivilegeEscalation (policy/check_allowPrivilegeEscalation.go, restricted 1.8; Windows pods exempt from
 * 1.25): every container must set `allowPrivilegeEscalation: false` explicitly (unset means allowed).
 */
import { allContainers, containerName, containersPhrase, isWindowsPod, securityContextOf, type PodSecurityCheck, type PodView, type Violation } from '../check.js';

function check({ spec }: PodView, version: number): Violation | undefined {
  if (version >= 25 && isWindowsPod(spec)) return undefined;
  const bad = allContainers(spec).filter((c) => securityContextOf(c)?.allowPrivilegeEscalation !== false).map(containerName);
  if (bad.length === 0) return undefined;
  return { reason: 'allowPrivilegeEscalation != false', detail: `${containersPhrase(bad)} must set securityContext.allowPrivilegeEscalation=false` };
}

export const allowPrivilegeEscalation: PodSecurityCheck = { id: 'allowPrivilegeEscalation', level: 'restricted', since: 8, check };
