import type { PathSegment } from '../../../load/json-path.js';
import { hostPortOf, protocolOf } from '../../../model/defaults.js';
import { asString, objectItems, type Obj } from '../../../model/fields.js';
import { isValidPortName, isValidPortNum } from '../../../model/names.js';
import type { ContainerRef } from '../../../model/pod-template.js';
import type { RuleContext } from '../../rule.js';
import { goPath, type FieldErrors, type Path } from '../field-errors.js';
import { podSpecRule } from './pod-spec-rule.js';

/** One container port after defaulting (protocol TCP; hostPort = containerPort in hostNetwork Pods). */
interface Port {
  path: readonly PathSegment[];
  containerPort: number;
  hostPort: number;
  hostIP: string;
  protocol: string;
  name: string;
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** validateContainerPorts for one container; returns its ports with defaults applied. */
function checkPorts(errs: FieldErrors, c: ContainerRef, defaultHostPorts: boolean): Port[] {
  const out: Port[] = [];
  const names = new Set<string>();
  for (const { item, index } of objectItems(c.container.ports)) {
    const path = [...c.path, 'ports', index];
    const name = asString(item.name) ?? '';
    if (name !== '') {
      const nameErrs = isValidPortName(name);
      if (nameErrs.length > 0) errs.invalidEach([...path, 'name'], name, nameErrs);
      else if (names.has(name)) errs.duplicate([...path, 'name'], name);
      else names.add(name);
    }
    const containerPort = item.containerPort;
    if (containerPort === 0) errs.required([...path, 'containerPort']);
    else if (isInt(containerPort) && (containerPort < 1 || containerPort > 65535)) errs.invalidEach([...path, 'containerPort'], containerPort, isValidPortNum(containerPort));
    const hostPort = item.hostPort;
    if (isInt(hostPort) && (hostPort < 0 || hostPort > 65535)) errs.invalidEach([...path, 'hostPort'], hostPort, isValidPortNum(hostPort));
    if (!isInt(containerPort)) continue; // absent: schema-required
    out.push({ path, containerPort, hostPort: hostPortOf(item as Obj, defaultHostPorts), hostIP: asString(item.hostIP) ?? '', protocol: protocolOf(item), name });
  }
  return out;
}

/** AccumulateUniqueHostPorts: the same protocol/hostIP/hostPort twice. */
function checkHostPortConflicts(errs: FieldErrors, ports: readonly Port[], seen: Set<string>, msgPath?: (p: Port) => Path): void {
  for (const p of ports) {
    if (p.hostPort === 0) continue;
    const key = `${p.protocol}/${p.hostIP}/${p.hostPort}`;
    if (seen.has(key)) errs.duplicate(msgPath?.(p) ?? [...p.path, 'hostPort'], key, { at: [...p.path, 'hostPort'] });
    else seen.add(key);
  }
}

/** pkg/api/pod/warnings.go: ports declared twice across the pod's containers (warnings, not errors). */
function warnOverlaps(ctx: RuleContext, ports: readonly Port[]): void {
  const byPort = new Map<string, Port[]>();
  for (const p of ports) {
    if (p.hostIP !== '' && p.hostPort === 0) {
      const struct = `{Name:${p.name} HostPort:0 ContainerPort:${p.containerPort} Protocol:${p.protocol} HostIP:${p.hostIP}}`;
      ctx.report({ path: p.path, message: `${goPath(p.path)}: hostIP set without hostPort: ${struct}`, severity: 'warning' });
    }
    const key = `${p.containerPort}/${p.protocol}`;
    const others = byPort.get(key);
    if (others === undefined) {
      byPort.set(key, [p]);
      continue;
    }
    for (const o of others) {
      let kind: string | undefined;
      if (p.hostIP === o.hostIP && p.hostPort === o.hostPort) kind = 'duplicate';
      else if (p.hostPort === 0 || o.hostPort === 0) kind = 'overlapping';
      else if (p.hostPort === o.hostPort && (p.hostIP === '') !== (o.hostIP === '')) kind = 'dangerously ambiguous';
      if (kind !== undefined) ctx.report({ path: p.path, message: `${goPath(p.path)}: ${kind} port definition with ${goPath(o.path)}`, severity: 'warning' });
    }
    others.push(p);
  }
}

/**
 * Container ports: pkg/apis/core/validation/validation.go validateContainerPorts (containerPort required and
 * 1-65535, hostPort 1-65535 when set, names IANA_SVC_NAME and unique per container), validatePodHostNetworkDeps
 * (with hostNetwork, hostPort must equal containerPort) and checkHostPortConflicts (a host port used twice: across
 * regular containers, within each init container), plus the warnings of pkg/api/pod/warnings.go
 * (duplicate, overlapping and ambiguous port definitions). Protocols default to TCP first.
 */
export const containerPorts = podSpecRule({
  meta: {
    id: 'container-ports',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A container port out of range, a port name that is not an IANA service name or repeats, a host port used twice, or a hostNetwork port mismatch.',
    rationale:
      'kube-apiserver rejects it: pkg/apis/core/validation/validation.go validateContainerPorts, validatePodHostNetworkDeps and ' +
      'checkHostPortConflicts. Ports declared twice are accepted with a warning (pkg/api/pod/warnings.go), reported here as warnings.',
    howToFix: 'Use port numbers 1-65535, names of at most 15 lowercase letters, digits and `-` (one letter at least), each once per container; give each host port to one container.',
    examples: {
      invalid: 'ports:\n  - name: http-metrics-port\n    containerPort: 70000',
      valid: 'ports:\n  - name: metrics\n    containerPort: 9090',
    },
    peers: ['kube-linter:invalid-target-ports'],
  },
  check({ ctx, errs, template, pod }) {
    const hostNetwork = template.spec.hostNetwork === true;
    const defaultHostPorts = hostNetwork && ctx.object.kind === 'Pod';
    const all: Port[] = [];
    const regularHostPorts = new Set<string>();
    for (const c of pod.allContainers) {
      if (c.container.ports === undefined) continue;
      const ports = checkPorts(errs, c, defaultHostPorts);
      all.push(...ports);
      if (c.kind === 'containers') {
        if (hostNetwork) {
          for (const p of ports) {
            if (p.hostPort !== 0 && p.hostPort !== p.containerPort) errs.invalid([...p.path, 'hostPort'], p.hostPort, 'must match `containerPort` when `hostNetwork` is true');
          }
        }
        checkHostPortConflicts(errs, ports, regularHostPorts);
      } else if (c.kind === 'initContainers') {
        // Upstream checks each init container as a one-element list, so its messages always say initContainers[0].
        checkHostPortConflicts(errs, ports, new Set(), (p) => [...template.specPath, 'initContainers', 0, 'ports', p.path[p.path.length - 1] as number, 'hostPort']);
      }
    }
    if (all.length > 1 || all.some((p) => p.hostIP !== '')) warnOverlaps(ctx, all);
  },
});
