/**
 * capabilities_restricted (policy/check_capabilities_restricted.go, restricted 1.22; Windows pods exempt from
 * 1.25): every container must drop ALL and may add back only NET_BIND_SERVICE.
 */
import { allContainers, capabilitiesOf, containerName, containersPhrase, isWindowsPod, joinQuote, sortedSet, type PodSecurityCheck, type PodView, type Violation } from '../check.js';

function check({ spec }: PodView, version: number): Violation | undefined {
  if (version >= 25 && isWindowsPod(spec)) return undefined;
  const missingDropAll: string[] = [];
  const addingForbidden: string[] = [];
  const forbidden: string[] = [];
  for (const c of allContainers(spec)) {
    const { add, drop } = capabilitiesOf(c);
    if (!drop.includes('ALL')) missingDropAll.push(containerName(c));
    const extra = add.filter((cap) => cap !== 'NET_BIND_SERVICE');
    if (extra.length > 0) {
      addingForbidden.push(containerName(c));
      forbidden.push(...extra);
    }
  }
  const details: string[] = [];
  if (missingDropAll.length > 0) details.push(`${containersPhrase(missingDropAll)} must set securityContext.capabilities.drop=["ALL"]`);
  if (addingForbidden.length > 0) {
    details.push(`${containersPhrase(addingForbidden)} must not include ${joinQuote(sortedSet(forbidden))} in securityContext.capabilities.add`);
  }
  return details.length === 0 ? undefined : { reason: 'unrestricted capabilities', detail: details.join('; ') };
}

export const capabilitiesRestricted: PodSecurityCheck = {
  id: 'capabilities_restricted',
  level: 'restricted',
  since: 22,
  overrides: ['capabilities_baseline'],
  check,
};
