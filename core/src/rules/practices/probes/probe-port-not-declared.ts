import { asString, objectItems } from '../../../model/fields.js';
import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import { describeContainer } from '../pod-containers.js';
import type { Rule } from '../../rule.js';
import { PROBE_KINDS, probedContainers, probeHandler } from './probes.js';

export const probePortNotDeclared: Rule = {
  meta: {
    id: 'probe-port-not-declared',
    category: 'probes',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'A probe uses a named port the container does not declare (or a UDP port for a TCP check); with numericPorts: true, also numbers missing from ports.',
    rationale:
      'The kubelet resolves a named probe port in the container\'s own ports; when no port has that name the probe errors every time: the pod never becomes Ready (readiness) or is restarted forever (liveness, startup). Numeric ports work whether declared or not, so they are only checked on request.',
    howToFix: 'Declare the port under the container\'s ports with that name (protocol TCP), or use the right name or number in the probe.',
    examples: {
      invalid: 'ports:\n  - name: web\n    containerPort: 8080\nreadinessProbe:\n  httpGet: {path: /ready, port: http}',
      valid: 'ports:\n  - name: http\n    containerPort: 8080\nreadinessProbe:\n  httpGet: {path: /ready, port: http}',
    },
    peers: ['kube-linter:liveness-port', 'kube-linter:readiness-port', 'kube-linter:startup-port'],
    params: { numericPorts: false },
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    const pod = ctx.pod;
    if (pod === undefined) return;
    for (const c of probedContainers(pod)) {
      const ports = objectItems(c.container.ports).map(({ item }) => ({ name: asString(item.name), number: item.containerPort, protocol: asString(item.protocol) ?? 'TCP' }));
      for (const kind of PROBE_KINDS) {
        const h = probeHandler(c, kind);
        if (h === undefined || h.kind === 'exec') continue;
        const port = h.handler.port;
        const where = (): string => `${kind} of ${describeContainer(c)}`;
        const asNumber = typeof port === 'number' ? port : typeof port === 'string' && /^\d+$/.test(port) ? Number(port) : undefined;
        if (asNumber !== undefined) {
          if (ctx.params.numericPorts === true && !ports.some((p) => p.number === asNumber)) {
            ctx.report({ path: [...h.path, 'port'], message: `${where()} uses port ${asNumber}, which the container does not declare` });
          }
          continue;
        }
        if (typeof port !== 'string') continue;
        const declared = ports.find((p) => p.name === port);
        if (declared === undefined) {
          ctx.report({ path: [...h.path, 'port'], message: `${where()} uses port "${port}", which the container does not declare: the probe always fails` });
        } else if (declared.protocol !== 'TCP') {
          ctx.report({ path: [...h.path, 'port'], message: `${where()} uses port "${port}", a ${declared.protocol} port: ${h.kind} probes connect over TCP` });
        }
      }
    }
  },
};
