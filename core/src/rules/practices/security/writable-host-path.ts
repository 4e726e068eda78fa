import { asString, objectItems } from '../../../model/fields.js';
import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import { describeContainer } from '../pod-containers.js';
import type { Rule } from '../../rule.js';
import { hostPathVolumes } from './host-path-volumes.js';

export const writableHostPath: Rule = {
  meta: {
    id: 'writable-host-path',
    category: 'security',
    defaultSeverity: 'warning',
    preset: 'strict',
    summary: 'A container mounts a hostPath volume without readOnly: true.',
    rationale: 'A writable hostPath lets the container change files on the node: plant binaries or configuration that other pods or the kubelet run.',
    howToFix: 'Set readOnly: true on the volumeMount, or use an emptyDir or a PersistentVolume for data the workload writes.',
    examples: {
      invalid: 'volumeMounts:\n  - name: logs\n    mountPath: /var/log',
      valid: 'volumeMounts:\n  - name: logs\n    mountPath: /var/log\n    readOnly: true',
    },
    peers: ['kube-linter:writable-host-mount'],
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    const pod = ctx.pod;
    if (pod === undefined) return;
    const volumes = hostPathVolumes(pod.template);
    if (volumes.length === 0) return;
    for (const c of pod.containers) {
      for (const { item, index } of objectItems(c.container.volumeMounts)) {
        const v = volumes.find((x) => x.name === asString(item.name));
        if (v === undefined || item.readOnly === true) continue;
        ctx.report({
          path: [...c.path, 'volumeMounts', index, 'readOnly'],
          message: `${describeContainer(c)} mounts hostPath volume "${v.name}" (${v.hostPath}) writable`,
        });
      }
    }
  },
};
