/**
 * The API server's write path for one object the simulation creates: identity stamped (uid, creation time),
 * admission, then, for Services, the registry's own allocation step (cluster IPs, node ports).
 */
import type { ClusterState } from '../../cluster/cluster-state.js';
import { asObject, asString, type Obj } from '../../model/fields.js';
import { admit, type AdmissionResult, type QuotaTracker } from '../admission/index.js';
import { allocateService } from '../controllers/service-allocation.js';
import type { NameGenerator, ObjectKey } from '../types.js';

/** Every object gets a stable uid and the plan's creation time, as the API server would stamp them. */
export function stamp(object: Obj, key: ObjectKey, names: NameGenerator, now: Date): Obj {
  const metadata = { ...(asObject(object.metadata) ?? {}) };
  if (asString(metadata.uid) === undefined) metadata.uid = names.uid(key);
  if (asString(metadata.creationTimestamp) === undefined) metadata.creationTimestamp = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { ...object, metadata };
}

/**
 * Admission, then the registry's own allocation step for Services (cluster IPs, node ports). Creates
 * admitted against the same snapshot share a `QuotaTracker`, so that each sees the quota the others used.
 */
export function admitObject(state: ClusterState, object: Obj, tracker?: QuotaTracker): AdmissionResult {
  const admitted = admit(state, object, 'CREATE', tracker);
  if (!admitted.allowed || object.kind !== 'Service') return admitted;
  const allocated = allocateService(state, admitted.object);
  return allocated.allowed ? { allowed: true, object: allocated.object, warnings: admitted.warnings } : { allowed: false, message: allocated.message, status: 'Invalid' };
}
