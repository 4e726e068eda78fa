/**
 * Simulated admission: what kube-apiserver does to an object between decoding it and storing it. The order
 * is the API server's (pkg/kubeapiserver/options/plugins.go AllOrderedPlugins): defaulting, then every mutating
 * plugin, then validation of the mutated object, then every validating plugin, ResourceQuota last. The first
 * refusal wins, with the API server's message.
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import type { Obj } from '../../model/fields.js';
import { admissionRequest, isPod, type AdmissionPlugin, type AdmissionRequest } from './admission-request.js';
import type { AdmissionOperation, AdmissionResult, Rejection } from './admission-types.js';
import { defaultStorageClass } from './default-storage-class.js';
import { defaultTolerationSeconds } from './default-toleration-seconds.js';
import { limitRanger } from './limit-ranger/limit-ranger.js';
import { namespaceLifecycle } from './namespace-lifecycle.js';
import { applyPodDefaults } from './pod-defaults.js';
import { podSecurity } from './pod-security/pod-security.js';
import { priority } from './priority.js';
import type { QuotaTracker } from './resource-quota/quota-tracker.js';
import { resourceQuota } from './resource-quota/resource-quota.js';
import { validatePodResources } from './resource-validation.js';
import { runtimeClass } from './runtime-class.js';
import { serviceAccount } from './service-account.js';

/** The modelled plugins in kube-apiserver's order; each runs in the phase(s) it implements. */
export const ADMISSION_PLUGINS: readonly AdmissionPlugin[] = [
  namespaceLifecycle,
  limitRanger,
  serviceAccount,
  podSecurity,
  priority,
  defaultTolerationSeconds,
  defaultStorageClass,
  runtimeClass,
  resourceQuota,
];

function runPhase(request: AdmissionRequest, phase: 'admit' | 'validate'): Rejection | undefined {
  for (const plugin of ADMISSION_PLUGINS) {
    const rejection = plugin[phase]?.(request);
    if (rejection !== undefined) return rejection;
  }
  return undefined;
}

/**
 * Admits `object` (plain JSON with `metadata.namespace` filled for namespaced kinds, `metadata.name` final) to
 * `state`: the object as the API server would store it (defaulted and mutated — `object` itself is not
 * touched) with any warnings, or the refusal. Pass the round's `tracker` so that objects admitted against the
 * same snapshot share ResourceQuota usage.
 */
export function admit(state: ClusterState, object: Readonly<Obj>, operation: AdmissionOperation, tracker?: QuotaTracker): AdmissionResult {
  const request = admissionRequest(state, structuredClone(object) as Obj, operation, tracker);
  if (isPod(request)) applyPodDefaults(request.object);
  const mutating = runPhase(request, 'admit');
  if (mutating !== undefined) return mutating;
  const invalid = isPod(request) ? validatePodResources(request.object, request.name) : undefined;
  if (invalid !== undefined) return invalid;
  const validating = runPhase(request, 'validate');
  if (validating !== undefined) return validating;
  return { allowed: true, object: request.object, warnings: request.warnings };
}
