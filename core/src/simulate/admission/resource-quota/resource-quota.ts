/**
 * ResourceQuota (staging/src/k8s.io/apiserver/pkg/admission/plugin/resourcequota/controller.go CheckRequest),
 * the last validating plugin: every quota in the namespace that tracks something the object uses, and whose
 * scopes match it, must have room for it. The first quota without room refuses the object with
 * `exceeded quota: <name>, requested: ..., used: ..., limited: ...`; a quota on cpu or memory refuses a pod
 * whose containers do not state them (`failed quota: <name>: must specify ...`). Usage comes from the snapshot
 * plus what the round's QuotaTracker recorded; an update charges only its growth.
 */
import { asObject } from '../../../model/fields.js';
import type { ResourceList } from '../../../model/pod-requests.js';
import type { AdmissionPlugin, AdmissionRequest } from '../admission-request.js';
import type { Rejection } from '../admission-types.js';
import { forbidden } from '../status-errors.js';
import { quotaMatches, quotasIn, quotaUsage, type Quota } from './namespace-usage.js';
import { podConstraintViolation } from './pod-constraints.js';
import { evaluatorFor } from './quota-evaluators.js';
import { addLists, exceeding, maskList, prettyPrint, removeZeros, subtractNonNegative } from './resource-lists.js';

function validate(request: AdmissionRequest): Rejection | undefined {
  const namespace = request.namespace;
  if (namespace === undefined) return undefined;
  const evaluator = evaluatorFor(request.apiVersion, request.kind);
  if (!evaluator.handles(request.operation)) return undefined;
  const quotas = quotasIn(request.state, namespace);
  const matching: Quota[] = [];
  for (const quota of quotas) {
    if (!quotaMatches(quota, evaluator, request.object)) continue;
    if (evaluator.pods) {
      const missing = podConstraintViolation(evaluator.matchingResources([...quota.hard.keys()]), asObject(request.object.spec) ?? {});
      if (missing !== undefined) return forbidden(request.resource, request.name, `failed quota: ${quota.name}: ${missing}`);
    }
    matching.push(quota);
  }
  if (matching.length === 0) return undefined;
  const usage = evaluator.usage(request.object);
  const previous = request.existing;
  const used = quotaUsage(request.state, namespace, quotas);
  const requested = new Map<string, ResourceList>();
  for (const quota of matching) {
    // An update is charged its growth, for quotas the stored object already counted against.
    const delta = previous !== undefined && quotaMatches(quota, evaluator, previous.object) ? subtractNonNegative(usage, evaluator.usage(previous.object)) : usage;
    const charge = maskList(removeZeros(delta), quota.hard.keys());
    if (charge.size === 0) continue;
    const current = addLists(used.get(quota.key) ?? new Map(), request.tracker?.chargedTo(request.state, quota.key) ?? new Map());
    const exceeded = exceeding(maskList(addLists(current, charge), charge.keys()), quota.hard);
    if (exceeded.length > 0) {
      const detail = `requested: ${prettyPrint(maskList(charge, exceeded))}, used: ${prettyPrint(maskList(current, exceeded))}, limited: ${prettyPrint(maskList(quota.hard, exceeded))}`;
      return forbidden(request.resource, request.name, `exceeded quota: ${quota.name}, ${detail}`);
    }
    requested.set(quota.key, charge);
  }
  for (const [key, charge] of requested) request.tracker?.charge(request.state, key, charge);
  return undefined;
}

export const resourceQuota: AdmissionPlugin = { name: 'ResourceQuota', validate };
