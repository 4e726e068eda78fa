/**
 * hostPorts (policy/check_hostPorts.go, baseline 1.0): no container port may set a hostPort. A hostNetwork
 * pod's ports all have one, defaulted from the containerPort.
 */
import { asNumber, objectItems } from '../../../../model/fields.js';
import { allContainers, containerName, containersPhrase, pluralize, sortedSet, type PodSecurityCheck, type PodView, type Violation } from '../check.js';

function check({ spec }: PodView): Violation | undefined {
  const bad: string[] = [];
  const ports: string[] = [];
  for (const c of allContainers(spec)) {
    const used = objectItems(c.ports).map(({ item }) => asNumber(item.hostPort) ?? 0).filter((p) => p !== 0);
    if (used.length === 0) continue;
    bad.push(containerName(c));
    ports.push(...used.map(String));
  }
  if (bad.length === 0) return undefined;
  const hostPorts = sortedSet(ports);
  return {
    reason: 'hostPort',
    detail: `${containersPhrase(bad)} ${pluralize('uses', 'use', bad.length)} ${pluralize('hostPort', 'hostPorts', hostPorts.length)} ${hostPorts.join(', ')}`,
  };
}

export const hostPorts: PodSecurityCheck = { id: 'hostPorts', level: 'baseline', since: 0, check };
