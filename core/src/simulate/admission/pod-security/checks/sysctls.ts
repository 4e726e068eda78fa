/**
 * sysctls (policy/check_sysctls.go, baseline 1.0; the safe set grows at 1.27, 1.29 and 1.32): the pod may set
 * only namespaced, isolated sysctls.
 */
import { asString, objectItems } from '../../../../model/fields.js';
import { securityContextOf, type PodSecurityCheck, type PodView, type Violation } from '../check.js';

/** The safe sysctls, each with the policy version that allowed it. */
const SAFE: ReadonlyMap<string, number> = new Map([
  ['kernel.shm_rmid_forced', 0],
  ['net.ipv4.ip_local_port_range', 0],
  ['net.ipv4.tcp_syncookies', 0],
  ['net.ipv4.ping_group_range', 0],
  ['net.ipv4.ip_unprivileged_port_start', 0],
  ['net.ipv4.ip_local_reserved_ports', 27],
  ['net.ipv4.tcp_keepalive_time', 29],
  ['net.ipv4.tcp_fin_timeout', 29],
  ['net.ipv4.tcp_keepalive_intvl', 29],
  ['net.ipv4.tcp_keepalive_probes', 29],
  ['net.ipv4.tcp_rmem', 32],
  ['net.ipv4.tcp_wmem', 32],
]);

function check({ spec }: PodView, version: number): Violation | undefined {
  const forbidden = objectItems(securityContextOf(spec)?.sysctls)
    .map(({ item }) => asString(item.name) ?? '')
    .filter((name) => {
      const since = SAFE.get(name);
      return since === undefined || since > version;
    });
  return forbidden.length === 0 ? undefined : { reason: 'forbidden sysctls', detail: forbidden.join(', ') };
}

export const sysctls: PodSecurityCheck = { id: 'sysctls', level: 'baseline', since: 0, check };
