import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import type { Rule } from '../../rule.js';
import { hostPathVolumes } from './host-path-volumes.js';

export const hostPathVolume: Rule = {
  meta: {
    id: 'host-path-volume',
    category: 'security',
    defaultSeverity: 'warning',
    preset: 'opt-in',
    summary: 'A pod uses a hostPath volume.',
    rationale:
      'hostPath ties the pod to one node\'s files and, depending on the path, exposes the node. The Pod Security Standards (baseline) forbid every hostPath volume; use this rule where namespaces enforce that level.',
    howToFix: 'Use an emptyDir, a ConfigMap or Secret, or a PersistentVolumeClaim instead.',
    examples: {
      invalid: 'volumes:\n  - name: data\n    hostPath:\n      path: /data',
      valid: 'volumes:\n  - name: data\n    persistentVolumeClaim:\n      claimName: data',
    },
    peers: ['polaris:hostPathSet'],
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    const pod = ctx.pod;
    if (pod === undefined) return;
    for (const v of hostPathVolumes(pod.template)) ctx.report({ path: v.path, message: `hostPath volume "${v.name}" mounts the node's ${v.hostPath}` });
  },
};
