/**
 * LimitRanger (plugin/pkg/admission/limitranger/admission.go): defaults container requests and limits of new
 * Pods from the namespace's LimitRanges, then enforces their min/max/ratio constraints on Pods and
 * PersistentVolumeClaims. Pod updates are not checked (containers cannot change after creation). The first
 * LimitRange with violations refuses the object with all of that LimitRange's violations.
 */
import { getIn, type Obj } from '../../../model/fields.js';
import { readResourceList } from '../../../model/pod-requests.js';
import { isPod, podSpecOf, type AdmissionPlugin, type AdmissionRequest } from '../admission-request.js';
import type { Rejection } from '../admission-types.js';
import { aggregateMessages, forbidden } from '../status-errors.js';
import { applyLimitRangeDefaults } from './limit-defaults.js';
import { limitRangesIn } from './limit-range-items.js';
import { claimLimitViolations, podLimitViolations } from './limit-validation.js';

function isClaim(request: AdmissionRequest): boolean {
  return request.kind === 'PersistentVolumeClaim' && request.apiVersion === 'v1';
}

function admit(request: AdmissionRequest): Rejection | undefined {
  if (!isPod(request) || request.operation !== 'CREATE' || request.namespace === undefined) return undefined;
  for (const limitRange of limitRangesIn(request.state, request.namespace)) applyLimitRangeDefaults(request.object, limitRange);
  return undefined;
}

function claimRequests(object: Readonly<Obj> | undefined): ReturnType<typeof readResourceList> {
  return readResourceList(getIn(object, 'spec', 'resources', 'requests'));
}

function validate(request: AdmissionRequest): Rejection | undefined {
  const namespace = request.namespace;
  if (namespace === undefined) return undefined;
  const pod = isPod(request) && request.operation === 'CREATE';
  if (!pod && !isClaim(request)) return undefined;
  for (const limitRange of limitRangesIn(request.state, namespace)) {
    const errors = pod
      ? podLimitViolations(podSpecOf(request), limitRange.items)
      : claimLimitViolations(claimRequests(request.object), request.existing && claimRequests(request.existing.object), limitRange.items);
    if (errors.length > 0) return forbidden(request.resource, request.name, aggregateMessages(errors));
  }
  return undefined;
}

export const limitRanger: AdmissionPlugin = { name: 'LimitRanger', admit, validate };
