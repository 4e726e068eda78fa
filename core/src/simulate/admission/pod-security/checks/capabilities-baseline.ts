/**
 * capabilities_baseline (policy/check_capabilities_baseline.go, baseline 1.0): `capabilities.add` may only
 * hold capabilities from the container runtime's default set. Replaced by capabilities_restricted from 1.22.
 */
import { allContainers, capabilitiesOf, containerName, containersPhrase, joinQuote, sortedSet, type PodSecurityCheck, type PodView, type Violation } from '../check.js';

const ALLOWED = new Set(['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT']);

function check({ spec }: PodView): Violation | undefined {
  const bad: string[] = [];
  const added: string[] = [];
  for (const c of allContainers(spec)) {
    const extra = capabilitiesOf(c).add.filter((cap) => !ALLOWED.has(cap));
    if (extra.length === 0) continue;
    bad.push(containerName(c));
    added.push(...extra);
  }
  if (bad.length === 0) return undefined;
  return { reason: 'non-default capabilities', detail: `${containersPhrase(bad)} must not include ${joinQuote(sortedSet(added))} in securityContext.capabilities.add` };
}

export const capabilitiesBaseline: PodSecurityCheck = { id: 'capabilities_baseline', level: 'baseline', since: 0, check };
