import { isLongRunning, LONG_RUNNING_KINDS } from '../pod-containers.js';
import { servicesTargeting } from '../service-targets.js';
import type { Rule } from '../../rule.js';
import { podHasProbe } from './probes.js';

export const readinessProbeMissing: Rule = {
  meta: {
    id: 'readiness-probe-missing',
    category: 'probes',
    defaultSeverity: 'warning',
    preset: 'strict',
    summary: 'No container of a pod that a Service sends traffic to has a readiness probe (or of any long-running pod, with onlyServiceTargets: false).',
    rationale:
      'Without a readiness probe a pod is Ready, and receives Service traffic, as soon as its containers start, before the application listens; during rollouts and restarts clients get connection errors. One probed container is enough: a pod is Ready when all its containers are.',
    howToFix: 'Add a readinessProbe to the container that serves traffic (an HTTP endpoint that answers when the application can take requests).',
    examples: {
      invalid: 'containers:\n  - name: web\n    image: web:1.0',
      valid: 'containers:\n  - name: web\n    image: web:1.0\n    readinessProbe:\n      httpGet: {path: /ready, port: http}',
    },
    peers: ['kube-score:pod-probes', 'kube-linter:no-readiness-probe', 'polaris:readinessProbeMissing'],
    params: { onlyServiceTargets: true },
  },
  kinds: LONG_RUNNING_KINDS,
  check(ctx) {
    const pod = ctx.pod;
    if (pod === undefined || !isLongRunning(ctx.object, pod.template) || podHasProbe(pod, 'readinessProbe')) return;
    const path = [...pod.template.specPath, 'containers'];
    if (ctx.params.onlyServiceTargets === false) {
      ctx.report({ path, on: 'key', message: 'no container has a readinessProbe: the pod counts as ready as soon as its containers start' });
      return;
    }
    const services = servicesTargeting(ctx, pod.template);
    if (services.length === 0) return;
    ctx.report({ path, on: 'key', message: `no container has a readinessProbe: Service "${services[0]!.name}" sends traffic to the pod as soon as its containers start` });
  },
};
