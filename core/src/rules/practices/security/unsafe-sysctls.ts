import { asObject, asString, objectItems } from '../../../model/fields.js';
import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import type { Rule } from '../../rule.js';

/** The kubelet's safe sysctls (pkg/kubelet/sysctl/safe_sysctls.go, Kubernetes 1.32). */
const SAFE = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
  'net.ipv4.tcp_rmem',
  'net.ipv4.tcp_wmem',
]);

/** `net/ipv4/x` is accepted for `net.ipv4.x`; a trailing `*` in the allow-list matches a prefix, as in --allowed-unsafe-sysctls. */
function allowedBy(patterns: readonly string[], name: string): boolean {
  return patterns.some((p) => (p.endsWith('*') ? name.startsWith(p.slice(0, -1)) : name === p));
}

export const unsafeSysctls: Rule = {
  meta: {
    id: 'unsafe-sysctls',
    category: 'security',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: "A pod sets a sysctl outside the kubelet's safe set.",
    rationale:
      "Unsafe sysctls can affect every pod on the node (kernel.msg*, kernel.sem, fs.mqueue.*, most of net.*). The kubelet rejects the pod (SysctlForbidden) unless the node allows that sysctl with --allowed-unsafe-sysctls; the Pod Security Standards (baseline) forbid them.",
    howToFix: "Remove the sysctl, or list it in the rule's `allowed` parameter (prefixes end with *) when your nodes allow it.",
    examples: {
      invalid: 'securityContext:\n  sysctls:\n    - name: kernel.msgmax\n      value: "65536"',
      valid: 'securityContext:\n  sysctls:\n    - name: net.ipv4.ip_local_port_range\n      value: "1024 65535"',
    },
    peers: ['kube-linter:unsafe-sysctls'],
    params: { allowed: [] },
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    const pod = ctx.pod;
    if (pod === undefined) return;
    const allowed = Array.isArray(ctx.params.allowed) ? ctx.params.allowed.filter((x): x is string => typeof x === 'string') : [];
    const sysctls = asObject(pod.template.spec.securityContext)?.sysctls;
    for (const { item, index } of objectItems(sysctls)) {
      const raw = asString(item.name);
      if (raw === undefined) continue;
      const name = raw.replaceAll('/', '.');
      if (SAFE.has(name) || allowedBy(allowed, name)) continue;
      ctx.report({
        path: [...pod.template.specPath, 'securityContext', 'sysctls', index, 'name'],
        message: `sysctl "${raw}" is not in the kubelet's safe set: the pod is rejected unless the node allows it (--allowed-unsafe-sysctls)`,
      });
    }
  },
};
