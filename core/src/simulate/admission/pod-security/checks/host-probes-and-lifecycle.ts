/**
 * hostProbesAndHostLifecycle (policy/check_hostProbesAndhostLifecycle.go, baseline 1.34): probes and
 * lifecycle handlers may not set `httpGet.host` or `tcpSocket.host` (they would reach other hosts from the node).
 */
import { asObject, asString, type Obj } from '../../../../model/fields.js';
import { allContainers, containerName, containersPhrase, joinQuote, pluralize, sortedSet, type PodSecurityCheck, type PodView, type Violation } from '../check.js';

/** The non-empty hosts of a probe or lifecycle handler. */
function hostsOf(handler: Obj | undefined): string[] {
  return (['httpGet', 'tcpSocket'] as const).map((f) => asString(asObject(handler?.[f])?.host) ?? '').filter((h) => h !== '');
}

function check({ spec }: PodView): Violation | undefined {
  const bad: string[] = [];
  const hosts: string[] = [];
  for (const c of allContainers(spec)) {
    const lifecycle = asObject(c.lifecycle);
    const found = [
      ...(['livenessProbe', 'readinessProbe', 'startupProbe'] as const).flatMap((p) => hostsOf(asObject(c[p]))),
      ...(['postStart', 'preStop'] as const).flatMap((h) => hostsOf(asObject(lifecycle?.[h]))),
    ];
    if (found.length === 0) continue;
    bad.push(containerName(c));
    hosts.push(...found);
  }
  if (bad.length === 0) return undefined;
  const containers = sortedSet(bad);
  const forbidden = sortedSet(hosts);
  return {
    reason: 'probe or lifecycle host',
    detail: `${containersPhrase(containers)} ${pluralize('uses', 'use', containers.length)} ${pluralize('probe or lifecycle host', 'probe or lifecycle hosts', forbidden.length)} ${joinQuote(forbidden)}`,
  };
}

export const hostProbesAndLifecycle: PodSecurityCheck = { id: 'hostProbesAndHostLifecycle', level: 'baseline', since: 34, check };
