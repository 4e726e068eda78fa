import { isLongRunning, LONG_RUNNING_KINDS } from '../pod-containers.js';
import type { Rule } from '../../rule.js';
import { podHasProbe } from './probes.js';

export const livenessProbeMissing: Rule = {
  meta: {
    id: 'liveness-probe-missing',
    category: 'probes',
    defaultSeverity: 'info',
    preset: 'strict',
    summary: 'No container of a long-running pod has a liveness probe.',
    rationale:
      'Without a liveness probe the kubelet restarts a container only when its process exits; a deadlocked or hung process stays up and keeps failing. A liveness probe must check the process itself, not its dependencies, or it restarts healthy pods during an outage elsewhere.',
    howToFix: 'Add a livenessProbe that checks the process responds (a cheap /healthz), with a failureThreshold tolerant of load spikes.',
    examples: {
      invalid: 'containers:\n  - name: web\n    image: web:1.0',
      valid: 'containers:\n  - name: web\n    image: web:1.0\n    livenessProbe:\n      httpGet: {path: /healthz, port: http}',
    },
    peers: ['kube-linter:no-liveness-probe', 'kube-score:pod-probes', 'polaris:livenessProbeMissing'],
  },
  kinds: LONG_RUNNING_KINDS,
  check(ctx) {
    const pod = ctx.pod;
    if (pod === undefined || !isLongRunning(ctx.object, pod.template) || podHasProbe(pod, 'livenessProbe')) return;
    ctx.report({ path: [...pod.template.specPath, 'containers'], on: 'key', message: 'no container has a livenessProbe: a hung process is never restarted' });
  },
};
