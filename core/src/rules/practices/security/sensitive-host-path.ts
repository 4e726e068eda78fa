import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import type { Rule } from '../../rule.js';
import { memoPerParams } from '../../rule-config.js';
import { hostPathVolumes, normalizeHostPath, runtimeSocketExposure } from './host-path-volumes.js';

const sensitivePaths = memoPerParams((params): string[] =>
  Array.isArray(params.paths) ? params.paths.filter((p): p is string => typeof p === 'string').map(normalizeHostPath) : [],
);

export const sensitiveHostPath: Rule = {
  meta: {
    id: 'sensitive-host-path',
    category: 'security',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: "A hostPath volume mounts a sensitive folder of the node (/, /etc, /proc, /sys, /dev, /var/lib/kubelet...).",
    rationale:
      "These folders hold the node's configuration, credentials (kubelet and cluster certificates), devices and kernel interfaces; a pod that mounts them can read secrets of every pod on the node or take the node over.",
    howToFix: 'Mount only the file or sub-folder the workload needs, read-only, or get the data another way (ConfigMap, Secret, downward API).',
    examples: {
      invalid: 'volumes:\n  - name: etc\n    hostPath:\n      path: /etc',
      valid: 'volumes:\n  - name: certs\n    hostPath:\n      path: /etc/ssl/certs',
    },
    peers: ['kube-linter:sensitive-host-mounts'],
    params: {
      paths: ['/', '/bin', '/boot', '/dev', '/etc', '/etc/kubernetes', '/lib', '/proc', '/root', '/sbin', '/sys', '/usr', '/var', '/var/lib', '/var/lib/kubelet', '/var/lib/docker', '/var/lib/containerd'],
    },
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    const pod = ctx.pod;
    if (pod === undefined) return;
    const volumes = hostPathVolumes(pod.template);
    if (volumes.length === 0) return;
    const paths = sensitivePaths(ctx.params);
    for (const v of volumes) {
      // Runtime sockets and /run get their own, stronger rule.
      if (!paths.includes(v.hostPath) || runtimeSocketExposure(v.hostPath) !== undefined) continue;
      ctx.report({ path: v.path, message: `hostPath volume "${v.name}" mounts the node's ${v.hostPath}` });
    }
  },
};
