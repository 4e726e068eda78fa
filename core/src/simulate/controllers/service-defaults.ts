/**
 * SetDefaults_Service (pkg/apis/core/v1/defaults.go): what the API server fills in before it allocates and
 * stores a Service. Pure: returns a new object, never touches the input.
 */
import { asArray, asNumber, asObject, asString, type Obj } from '../../model/fields.js';

type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';

/** v1.DefaultClientIPServiceAffinitySeconds: three hours. */
const DEFAULT_CLIENT_IP_AFFINITY_SECONDS = 10800;

/** The Service's type, ClusterIP when unset (or not one of the four). */
export function serviceTypeOf(spec: Readonly<Obj>): ServiceType {
  const t = asString(spec.type);
  return t === 'NodePort' || t === 'LoadBalancer' || t === 'ExternalName' ? t : 'ClusterIP';
}

/** service.ExternallyAccessible: NodePort, LoadBalancer, or a ClusterIP Service with externalIPs. */
function externallyAccessible(spec: Readonly<Obj>): boolean {
  const type = serviceTypeOf(spec);
  return type === 'NodePort' || type === 'LoadBalancer' || (type === 'ClusterIP' && (asArray(spec.externalIPs)?.length ?? 0) > 0);
}

/** A port's defaults: protocol TCP; an unset, 0 or empty targetPort is the port itself. */
function defaultPort(port: Obj): Obj {
  const out: Obj = { ...port };
  if (asString(out.protocol) === undefined || out.protocol === '') out.protocol = 'TCP';
  if (out.targetPort === undefined || out.targetPort === 0 || out.targetPort === '') out.targetPort = asNumber(out.port) ?? out.targetPort;
  return out;
}

/** The Service with SetDefaults_Service applied. */
export function defaultService(service: Readonly<Obj>): Obj {
  const spec: Obj = { ...(asObject(service.spec) ?? {}) };
  spec.sessionAffinity = asString(spec.sessionAffinity) || 'None';
  if (spec.sessionAffinity === 'None') delete spec.sessionAffinityConfig;
  else if (spec.sessionAffinity === 'ClientIP' && asNumber(asObject(asObject(spec.sessionAffinityConfig)?.clientIP)?.timeoutSeconds) === undefined) {
    spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: DEFAULT_CLIENT_IP_AFFINITY_SECONDS } };
  }
  spec.type = asString(spec.type) || 'ClusterIP';
  if (Array.isArray(spec.ports)) spec.ports = spec.ports.map((p) => (asObject(p) === undefined ? p : defaultPort(p as Obj)));
  if (externallyAccessible(spec) && !asString(spec.externalTrafficPolicy)) spec.externalTrafficPolicy = 'Cluster';
  if (spec.internalTrafficPolicy === undefined && spec.type !== 'ExternalName') spec.internalTrafficPolicy = 'Cluster';
  if (spec.type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts === undefined) spec.allocateLoadBalancerNodePorts = true;
  return { ...service, spec };
}
