/**
 * RuntimeClass (plugin/pkg/admission/runtimeclass/admission.go): a new Pod naming a RuntimeClass gets its
 * `overhead.podFixed` as `spec.overhead` (which the scheduler adds to the pod's requests) and its
 * `scheduling.nodeSelector` and `tolerations` merged into its own. A missing class, an overhead of its own that
 * differs, or a node selector that contradicts the class's refuses the pod.
 */
import { asObject, asString, asStringMap, getIn, objectItems } from '../../model/fields.js';
import { readResourceList } from '../../model/pod-requests.js';
import { compareQuantities } from '../../model/quantity.js';
import { isPod, podSpecOf, type AdmissionPlugin, type AdmissionRequest } from './admission-request.js';
import type { Rejection } from './admission-types.js';
import { childArray, childObject } from './mutable.js';
import { forbidden } from './status-errors.js';

/** Semantic equality of two resource lists (same names, equal quantities). */
function sameResources(a: unknown, b: unknown): boolean {
  const x = readResourceList(a);
  const y = readResourceList(b);
  if (x.size !== y.size) return false;
  for (const [name, q] of x) {
    const other = y.get(name);
    if (other === undefined || compareQuantities(q, other) !== 0) return false;
  }
  return true;
}

function admit(request: AdmissionRequest): Rejection | undefined {
  if (!isPod(request) || request.operation !== 'CREATE') return undefined;
  const spec = podSpecOf(request);
  const className = asString(spec.runtimeClassName);
  if (className === undefined) return undefined;
  const rc = request.state.getObject('RuntimeClass', undefined, className);
  if (rc === undefined) return forbidden(request.resource, request.name, `pod rejected: RuntimeClass "${className}" not found`);
  const fixed = asObject(getIn(rc.object, 'overhead', 'podFixed'));
  if (fixed !== undefined) {
    if (spec.overhead !== undefined && !sameResources(spec.overhead, fixed)) {
      return forbidden(request.resource, request.name, "pod rejected: Pod's Overhead doesn't match RuntimeClass's defined Overhead");
    }
    spec.overhead = { ...fixed };
  }
  const scheduling = asObject(rc.object.scheduling);
  for (const [key, value] of Object.entries(asStringMap(scheduling?.nodeSelector) ?? {})) {
    const selector = childObject(spec, 'nodeSelector');
    const mine = asString(selector[key]);
    if (mine !== undefined && mine !== value) {
      return forbidden(request.resource, request.name, `conflict: runtimeClass.scheduling.nodeSelector[${key}] = ${value}; pod.spec.nodeSelector[${key}] = ${mine}`);
    }
    selector[key] = value;
  }
  const extra = objectItems(scheduling?.tolerations).map(({ item }) => item);
  if (extra.length > 0) {
    const tolerations = childArray(spec, 'tolerations');
    const seen = new Set(tolerations.map((t) => JSON.stringify(t)));
    for (const t of extra) if (!seen.has(JSON.stringify(t))) tolerations.push({ ...t });
  }
  return undefined;
}

export const runtimeClass: AdmissionPlugin = { name: 'RuntimeClass', admit };
