import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import type { Rule } from '../../rule.js';
import { hostPathVolumes, runtimeSocketExposure } from './host-path-volumes.js';

export const dockerSocket: Rule = {
  meta: {
    id: 'docker-socket',
    category: 'security',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'A hostPath volume exposes the container runtime socket (docker.sock, containerd.sock, crio.sock) or the folder that holds it.',
    rationale:
      'Whoever can write to the runtime socket can start a privileged container on the node: it is root on the node, whatever the pod\'s own securityContext says.',
    howToFix: 'Do not mount the runtime socket. Build images with an unprivileged builder (BuildKit rootless, kaniko, buildah) and read container metadata from the Kubernetes API.',
    examples: {
      invalid: 'volumes:\n  - name: docker\n    hostPath:\n      path: /var/run/docker.sock',
      valid: 'volumes:\n  - name: cache\n    emptyDir: {}',
    },
    peers: ['kube-linter:docker-sock'],
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    const pod = ctx.pod;
    if (pod === undefined) return;
    for (const v of hostPathVolumes(pod.template)) {
      const exposure = runtimeSocketExposure(v.hostPath);
      if (exposure === undefined) continue;
      const what = exposure === 'socket' ? `the container runtime socket ${v.hostPath}` : `${v.hostPath}, which holds the container runtime socket`;
      ctx.report({ path: v.path, message: `hostPath volume "${v.name}" exposes ${what}: it gives root on the node` });
    }
  },
};
