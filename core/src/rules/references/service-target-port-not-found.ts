import { asNumber, asString, getIn, objectItems } from '../../model/fields.js';
import { serviceSelector } from '../../model/label-selector.js';
import { isLongLivedContainer } from '../../model/pod-template.js';
import type { IndexedObject } from '../object-index.js';
import type { Rule } from '../rule.js';
import { describeObjects, referenceSeverity } from './missing.js';

interface ContainerPort {
  name?: string;
  number?: number;
  protocol: string;
}

/** Ports of the containers that serve traffic: regular ones and sidecars (init containers with restartPolicy Always). */
function servingPorts(o: IndexedObject): ContainerPort[] {
  if (o.pod === undefined) return [];
  return o.pod.allContainers
    .filter(isLongLivedContainer)
    .flatMap((c) => objectItems(c.container.ports).map(({ item }) => ({ name: asString(item.name), number: asNumber(item.containerPort), protocol: asString(item.protocol) ?? 'TCP' })));
}

/**
 * A Service port whose targetPort resolves to no port of the pods it selects. Named target ports are looked up
 * by name and protocol in the pods (as the endpoints controller's FindPort does); a pod without the name is left
 * out of the endpoints.
 */
export const serviceTargetPortNotFound: Rule = {
  meta: {
    id: 'service-target-port-not-found',
    category: 'references',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: "A Service's named targetPort is not a port name of any container it selects.",
    rationale:
      'For a named targetPort the endpoints controller looks the name (and protocol) up in each selected pod\'s container ports (podutil.FindPort) ' +
      'and leaves out the pods that lack it: with no selected container naming it, the Service has no endpoints. ' +
      'A numbered targetPort needs no declaration (declaring container ports is informational in Kubernetes), so a number no selected container ' +
      'declares is only info, and only when those containers declare some ports; it stays info with assume-complete. ' +
      'Services that select nothing are left to service-selects-no-pods. A named targetPort no container names is a warning (an error with assume-complete).',
    howToFix: 'Name the container port like the targetPort (ports[].name), or point targetPort at an existing port name or number.',
    examples: {
      invalid: 'kind: Service\nspec:\n  selector: {app: web}\n  ports: [{port: 80, targetPort: http}]\n---\nkind: Deployment\nspec:\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: web, ports: [{name: web, containerPort: 8080}]}]',
      valid: 'kind: Service\nspec:\n  selector: {app: web}\n  ports: [{port: 80, targetPort: http}]\n---\nkind: Deployment\nspec:\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: web, ports: [{name: http, containerPort: 8080}]}]',
    },
    peers: [],
  },
  kinds: ['Service'],
  check(ctx) {
    const { object } = ctx;
    const selector = serviceSelector(object);
    if (selector === undefined) return;
    const selected = ctx.index.podMakersMatching(ctx.index.namespaceOf(ctx.manifest), selector);
    if (selected.length === 0) return;
    const ports = selected.flatMap(servingPorts);
    const service = `Service "${asString(getIn(object, 'metadata', 'name')) ?? ''}"`;
    const owners = (): string => describeObjects(selected);
    for (const { item, index } of objectItems(getIn(object, 'spec', 'ports'))) {
      const target = item.targetPort ?? item.port;
      const protocol = asString(item.protocol) ?? 'TCP';
      const path = ['spec', 'ports', index, 'targetPort'];
      if (typeof target === 'string' && !/^\d+$/.test(target)) {
        if (ports.some((p) => p.name === target && p.protocol === protocol)) continue;
        const other = ports.find((p) => p.name === target);
        const detail = other === undefined ? '' : ` (it is a ${other.protocol} port there)`;
        ctx.report({ path, message: `${service} targetPort "${target}": no container of ${owners()} has a ${protocol} port named "${target}"${detail}`, severity: referenceSeverity(ctx) });
      } else if (typeof target === 'number' && ports.length > 0 && !ports.some((p) => p.number === target)) {
        ctx.report({
          path,
          message: `${service} targetPort ${target}: no container of ${owners()} declares containerPort ${target} (declaring container ports is optional, so this may still work)`,
          severity: 'info',
        });
      }
    }
  },
};
