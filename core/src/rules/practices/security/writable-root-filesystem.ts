import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import { describeContainer } from '../pod-containers.js';
import type { Rule } from '../../rule.js';
import { isWindowsPod } from './pod-os.js';
import { containerSetting } from './security-context.js';

export const writableRootFilesystem: Rule = {
  meta: {
    id: 'writable-root-filesystem',
    category: 'security',
    defaultSeverity: 'warning',
    preset: 'strict',
    summary: 'A container does not set readOnlyRootFilesystem: true.',
    rationale:
      'A writable root filesystem lets an intruder drop tools and change binaries or configuration in the running container; read-only makes the image the only source of code.',
    howToFix: 'Set securityContext.readOnlyRootFilesystem: true and mount emptyDir volumes where the process must write (/tmp, caches).',
    examples: {
      invalid: 'containers:\n  - name: app\n    image: app:1.0',
      valid: 'containers:\n  - name: app\n    image: app:1.0\n    securityContext:\n      readOnlyRootFilesystem: true',
    },
    peers: ['kube-linter:no-read-only-root-fs', 'kube-score:container-security-context-readonlyrootfilesystem', 'polaris:notReadOnlyRootFilesystem'],
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    const pod = ctx.pod;
    if (pod === undefined || isWindowsPod(pod.template)) return;
    for (const c of pod.containers) {
      const s = containerSetting(c, 'readOnlyRootFilesystem');
      if (s?.value === true) continue;
      ctx.report(
        s === undefined
          ? { path: [...c.path, 'securityContext', 'readOnlyRootFilesystem'], message: `${describeContainer(c)} has a writable root filesystem (readOnlyRootFilesystem is not set)` }
          : { path: s.path, message: `${describeContainer(c)} has a writable root filesystem (readOnlyRootFilesystem: false)` },
      );
    }
  },
};
