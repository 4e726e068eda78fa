/**
 * Priority (plugin/pkg/admission/priority/admission.go): a new Pod's `priorityClassName` resolves to
 * `spec.priority` and `spec.preemptionPolicy`; without one, the `globalDefault` class (the lowest-valued, should
 * there be several) names it, else priority 0. A missing class refuses the pod. The built-in
 * `system-node-critical` / `system-cluster-critical` classes are allowed in every namespace since 1.17 (the old
 * kube-system-only rule is gone; clusters that want it configure a ResourceQuota `limitedResources`).
 */
import { asBoolean, asNumber, asString, getIn } from '../../model/fields.js';
import type { SimObject } from '../types.js';
import { isPod, podSpecOf, type AdmissionPlugin, type AdmissionRequest } from './admission-request.js';
import type { Rejection } from './admission-types.js';
import { forbidden } from './status-errors.js';

/** scheduling.SystemPriorityClasses: the API server creates these at start-up. */
export const SYSTEM_PRIORITY_CLASSES: ReadonlyMap<string, number> = new Map([
  ['system-node-critical', 2000001000],
  ['system-cluster-critical', 2000000000],
]);

const PREEMPT_LOWER_PRIORITY = 'PreemptLowerPriority';

interface ResolvedClass {
  /** `''` when no class applies (no default class exists). */
  readonly name: string;
  readonly value: number;
  readonly preemptionPolicy: string;
}

function resolved(pc: SimObject): ResolvedClass {
  return { name: pc.name, value: asNumber(pc.object.value) ?? 0, preemptionPolicy: asString(pc.object.preemptionPolicy) || PREEMPT_LOWER_PRIORITY };
}

/** getDefaultPriorityClass: among `globalDefault` classes, the one with the lowest value. */
function defaultClass(request: AdmissionRequest): ResolvedClass {
  let best: SimObject | undefined;
  for (const pc of request.state.list('PriorityClass')) {
    if (asBoolean(pc.object.globalDefault) !== true) continue;
    if (best === undefined || (asNumber(pc.object.value) ?? 0) < (asNumber(best.object.value) ?? 0)) best = pc;
  }
  return best === undefined ? { name: '', value: 0, preemptionPolicy: PREEMPT_LOWER_PRIORITY } : resolved(best);
}

function namedClass(request: AdmissionRequest, name: string): ResolvedClass | undefined {
  const pc = request.state.getObject('PriorityClass', undefined, name);
  if (pc !== undefined) return resolved(pc);
  const system = SYSTEM_PRIORITY_CLASSES.get(name);
  return system === undefined ? undefined : { name, value: system, preemptionPolicy: PREEMPT_LOWER_PRIORITY };
}

function admit(request: AdmissionRequest): Rejection | undefined {
  if (!isPod(request) || request.operation !== 'CREATE') return undefined;
  const spec = podSpecOf(request);
  const named = asString(spec.priorityClassName) ?? '';
  const pc = named === '' ? defaultClass(request) : namedClass(request, named);
  if (pc === undefined) return forbidden(request.resource, request.name, `no PriorityClass with name ${named} was found`);
  if (pc.name !== '') spec.priorityClassName = pc.name;
  const given = asNumber(getIn(spec, 'priority'));
  if (given !== undefined && given !== pc.value) {
    return forbidden(request.resource, request.name, `the integer value of priority (${given}) must not be provided in pod spec; priority admission controller computed ${pc.value} from the given PriorityClass name`);
  }
  spec.priority = pc.value;
  const policy = asString(spec.preemptionPolicy);
  if (policy !== undefined && policy !== pc.preemptionPolicy) {
    return forbidden(request.resource, request.name, `the string value of PreemptionPolicy (${policy}) must not be provided in pod spec; priority admission controller computed ${pc.preemptionPolicy} from the given PriorityClass name`);
  }
  spec.preemptionPolicy = pc.preemptionPolicy;
  return undefined;
}

export const priority: AdmissionPlugin = { name: 'Priority', admit };
