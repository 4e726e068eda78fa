/**
 * PodSecurity (staging/src/k8s.io/pod-security-admission/admission/admission.go): the namespace's
 * `enforce` level refuses a new Pod that violates it (`violates PodSecurity "restricted:latest": ...`); its `warn`
 * level adds a warning (`would violate PodSecurity ...`) for Pods and for workloads whose pod template violates
 * it. Workloads are never refused — their pods are, when the controller creates them. Pod updates (bindings,
 * status) are not re-evaluated, and a workload update is evaluated only when its template changed.
 */
import { getIn, type Obj } from '../../../model/fields.js';
import { podMetadataPath } from '../../../model/pod-template.js';
import type { AdmissionPlugin, AdmissionRequest } from '../admission-request.js';
import type { Rejection } from '../admission-types.js';
import { forbidden } from '../status-errors.js';
import { evaluatePod, podViewOf } from './evaluate-pod.js';
import { namespaceLabels, policyFor } from './policy-labels.js';

/** The pod template of a workload (`spec.template`...), or the Pod itself. */
function templateOf(object: Readonly<Obj>, kind: string): Readonly<Obj> | undefined {
  const metadataPath = podMetadataPath(kind);
  if (metadataPath === undefined) return undefined;
  return metadataPath.length === 1 ? object : (getIn(object, ...metadataPath.slice(0, -1)) as Readonly<Obj> | undefined);
}

function templateChanged(request: AdmissionRequest): boolean {
  if (request.existing === undefined) return true;
  return JSON.stringify(templateOf(request.existing.object, request.kind)) !== JSON.stringify(templateOf(request.object, request.kind));
}

function validate(request: AdmissionRequest): Rejection | undefined {
  if (request.namespace === undefined) return undefined;
  const isPod = request.kind === 'Pod';
  if (isPod ? request.operation !== 'CREATE' : !templateChanged(request)) return undefined;
  const pod = podViewOf(templateOf(request.object, request.kind));
  if (pod === undefined) return undefined;
  const labels = namespaceLabels(request.state.getObject('Namespace', undefined, request.namespace)?.object);
  if (isPod) {
    const enforce = policyFor(labels, 'enforce');
    const violation = evaluatePod(pod, enforce);
    if (violation !== undefined) return forbidden(request.resource, request.name, `violates PodSecurity "${enforce.display}": ${violation}`);
  }
  const warn = policyFor(labels, 'warn');
  const warning = evaluatePod(pod, warn);
  if (warning !== undefined) request.warnings.push(`would violate PodSecurity "${warn.display}": ${warning}`);
  return undefined;
}

export const podSecurity: AdmissionPlugin = { name: 'PodSecurity', validate };
