/**
 * The object the API server stores when a declared object updates a stored one (kubectl apply): the new
 * manifest, plus what the server and the controllers own and the manifest does not say — identity and
 * timestamps, status, controller annotations and finalizers, a Service's allocated IPs and node ports, a
 * claim's bound volume and storage class, a Job's generated selector (pkg/registry/core/service/strategy.go
 * patchAllocatedValues, the rest through apply's three-way merge of fields the manifest never set).
 */
import { asArray, asObject, asString, asStringMap, type Obj } from '../../model/fields.js';
import { isServerAnnotation, LAST_APPLIED_ANNOTATION } from './comparable-object.js';

type SpecRetention = (prev: Obj, next: Obj) => Obj;

/** `next` with each of `keys` taken from `prev` where `next` leaves it unset. */
function retain(prev: Obj, next: Obj, keys: readonly string[]): Obj {
  const out: Obj = { ...next };
  for (const k of keys) if ((out[k] === undefined || out[k] === '') && prev[k] !== undefined) out[k] = prev[k];
  return out;
}

function portKey(port: Obj): string {
  return `${String(port.port)}/${asString(port.protocol) ?? 'TCP'}`;
}

/** patchAllocatedValues: ClusterIPs, IP families and node ports stay what was allocated unless the manifest says. */
const service: SpecRetention = (prev, next) => {
  const type = asString(next.type) ?? 'ClusterIP';
  if (type === 'ExternalName' || asString(prev.type) === 'ExternalName') return next;
  let out = retain(prev, next, ['clusterIP', 'clusterIPs', 'ipFamilies', 'ipFamilyPolicy']);
  if (type === 'NodePort' || type === 'LoadBalancer') {
    const allocated = new Map((asArray(prev.ports) ?? []).map((p) => [portKey(asObject(p) ?? {}), asObject(p)?.nodePort]));
    const ports = asArray(out.ports)?.map((p) => {
      const port = asObject(p) ?? {};
      const nodePort = allocated.get(portKey(port));
      return port.nodePort === undefined && nodePort !== undefined ? { ...port, nodePort } : port;
    });
    if (ports !== undefined) out = { ...out, ports };
    out = retain(prev, out, ['healthCheckNodePort']);
  }
  return out;
};

const claim: SpecRetention = (prev, next) => retain(prev, next, ['volumeName', 'storageClassName', 'volumeMode']);

const job: SpecRetention = (prev, next) => {
  if (next.manualSelector === true || next.selector !== undefined) return next;
  return retain(prev, next, ['selector']);
};

const namespace: SpecRetention = (prev, next) => retain(prev, next, ['finalizers']);

const RETENTION: Readonly<Record<string, SpecRetention>> = { Service: service, PersistentVolumeClaim: claim, Job: job, Namespace: namespace };

function mergedMetadata(prev: Obj, next: Obj): Obj {
  const out: Obj = { ...next };
  for (const k of ['uid', 'creationTimestamp', 'resourceVersion', 'generation']) if (prev[k] !== undefined) out[k] = prev[k];
  const kept = Object.entries(asStringMap(prev.annotations) ?? {}).filter(([k]) => isServerAnnotation(k) && k !== LAST_APPLIED_ANNOTATION);
  const annotations = { ...Object.fromEntries(kept), ...asStringMap(next.annotations) };
  if (Object.keys(annotations).length > 0) out.annotations = annotations;
  if (out.finalizers === undefined && prev.finalizers !== undefined) out.finalizers = prev.finalizers;
  if (out.ownerReferences === undefined && prev.ownerReferences !== undefined) out.ownerReferences = prev.ownerReferences;
  return out;
}

/** The stored form of `next` (the declared manifest, namespace filled) updating the stored `prev`. */
export function mergedUpdate(prev: Readonly<Obj>, next: Readonly<Obj>): Obj {
  const kind = asString(next.kind) ?? '';
  const out: Obj = { ...next, metadata: mergedMetadata(asObject(prev.metadata) ?? {}, asObject(next.metadata) ?? {}) };
  const retention = RETENTION[kind];
  const prevSpec = asObject(prev.spec);
  const nextSpec = asObject(next.spec);
  if (retention !== undefined && prevSpec !== undefined) out.spec = retention(prevSpec, nextSpec ?? {});
  if (prev.status !== undefined) out.status = prev.status;
  return out;
}
