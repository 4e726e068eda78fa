import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import { describeContainer } from '../pod-containers.js';
import type { Rule } from '../../rule.js';
import { memoPerParams } from '../../rule-config.js';
import { capabilityList, normalizeCapability } from './capabilities.js';

/** What the worst capabilities give, for the message. */
const GIVES: Readonly<Record<string, string>> = {
  ALL: 'every capability, as powerful as privileged',
  SYS_ADMIN: 'mounts, namespaces and most of root on the node',
  NET_ADMIN: 'control of network interfaces, routes and firewall rules',
  NET_RAW: 'raw packets: spoofing and ARP poisoning on the node network',
  SYS_PTRACE: 'tracing and code injection into other processes',
  SYS_MODULE: 'loading kernel modules',
  SYS_RAWIO: 'raw access to devices and I/O ports',
  DAC_READ_SEARCH: 'reading any file, bypassing permissions',
  BPF: 'loading BPF programs into the kernel',
};

/** The capabilities the Pod Security Standards (baseline) let a container add. */
const BASELINE = ['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT'];

const allowedCapabilities = memoPerParams(
  (params): ReadonlySet<string> => new Set((Array.isArray(params.allowed) ? params.allowed : []).filter((x): x is string => typeof x === 'string').map(normalizeCapability)),
);

export const dangerousCapabilities: Rule = {
  meta: {
    id: 'dangerous-capabilities',
    category: 'security',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'A container adds a Linux capability outside the Pod Security Standards baseline set (SYS_ADMIN, NET_ADMIN, ALL...).',
    rationale:
      'Capabilities such as SYS_ADMIN, NET_ADMIN, SYS_PTRACE or ALL give most of root on the node. A namespace enforcing the baseline Pod Security Standard rejects pods that add anything beyond AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID and SYS_CHROOT.',
    howToFix: 'Remove the capability from securityContext.capabilities.add, or list it in the rule\'s `allowed` parameter if the workload truly needs it.',
    examples: {
      invalid: 'securityContext:\n  capabilities:\n    add: [SYS_ADMIN]',
      valid: 'securityContext:\n  capabilities:\n    drop: [ALL]\n    add: [NET_BIND_SERVICE]',
    },
    peers: ['polaris:dangerousCapabilities', 'polaris:insecureCapabilities', 'kube-linter:drop-net-raw-capability'],
    params: { allowed: BASELINE },
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    const allowed = allowedCapabilities(ctx.params);
    for (const c of ctx.pod?.containers ?? []) {
      for (const cap of capabilityList(c, 'add')) {
        if (allowed.has(cap.name)) continue;
        const gives = GIVES[cap.name];
        ctx.report({ path: cap.path, message: `${describeContainer(c)} adds capability ${cap.name}${gives === undefined ? '' : `: ${gives}`}` });
      }
    }
  },
};
