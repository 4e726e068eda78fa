import { isDeepStrictEqual } from 'node:util';
import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import { describeContainer } from '../pod-containers.js';
import type { Rule } from '../../rule.js';
import { probedContainers, probeHandler } from './probes.js';

export const identicalProbes: Rule = {
  meta: {
    id: 'identical-probes',
    category: 'probes',
    defaultSeverity: 'warning',
    preset: 'strict',
    summary: 'A container\'s liveness and readiness probes run the same check.',
    rationale:
      'Readiness should fail when the pod cannot serve (overload, a dependency down) so traffic goes elsewhere; liveness should fail only when the process is broken. With the same check, an overloaded or degraded pod is restarted instead of drained, which turns a slowdown into an outage.',
    howToFix: 'Point the liveness probe at a cheaper endpoint that checks only the process (e.g. /healthz vs /ready), or remove it.',
    examples: {
      invalid: 'readinessProbe:\n  httpGet: {path: /health, port: 8080}\nlivenessProbe:\n  httpGet: {path: /health, port: 8080}',
      valid: 'readinessProbe:\n  httpGet: {path: /ready, port: 8080}\nlivenessProbe:\n  httpGet: {path: /healthz, port: 8080}',
    },
    peers: ['kube-score:pod-probes-identical'],
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    const pod = ctx.pod;
    if (pod === undefined) return;
    for (const c of probedContainers(pod)) {
      const live = probeHandler(c, 'livenessProbe');
      const ready = probeHandler(c, 'readinessProbe');
      if (live === undefined || ready === undefined || live.kind !== ready.kind || !isDeepStrictEqual(live.handler, ready.handler)) continue;
      ctx.report({ path: [...c.path, 'livenessProbe'], on: 'key', message: `${describeContainer(c)} has identical liveness and readiness probes (${live.kind}): an overloaded pod is restarted instead of taken out of rotation` });
    }
  },
};
