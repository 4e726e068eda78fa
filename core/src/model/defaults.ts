/**
 * API defaults the API server applies to pod specs before it validates them (pkg/apis/core/v1/defaults.go).
 * Validation that runs on the written manifest must read fields through these, or it would report
 * "Required value" for fields the server fills in (a port's protocol, a probe's thresholds...).
 */
import { asNumber, asString, type Obj } from './fields.js';

/** SetDefaults_PodSpec: an unset (or empty) dnsPolicy is ClusterFirst. */
export function dnsPolicyOf(spec: Obj): string {
  return asString(spec.dnsPolicy) || 'ClusterFirst';
}

/** v1.DefaultTerminationGracePeriodSeconds, set by SetDefaults_PodSpec when the field is unset. */
export const DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS = 30;

export function terminationGracePeriodOf(spec: Obj): number {
  return asNumber(spec.terminationGracePeriodSeconds) ?? DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS;
}

/** Container and Service ports: an unset (or empty) protocol is TCP. */
export function protocolOf(port: Obj): string {
  return asString(port.protocol) || 'TCP';
}

/**
 * SetDefaults_Pod (Pods only, not templates): with hostNetwork, a container port's unset hostPort becomes its
 * containerPort.
 */
export function hostPortOf(port: Obj, podWithHostNetwork: boolean): number {
  const hostPort = asNumber(port.hostPort) ?? 0;
  return hostPort === 0 && podWithHostNetwork ? (asNumber(port.containerPort) ?? 0) : hostPort;
}

export interface ProbeNumbers {
  initialDelaySeconds: number;
  timeoutSeconds: number;
  periodSeconds: number;
  successThreshold: number;
  failureThreshold: number;
}

/**
 * SetDefaults_Probe: these are plain int32s, so 0 and unset are the same and both take the default
 * (timeout 1, period 10, success 1, failure 3); `successThreshold: 0` on a liveness probe is therefore fine.
 */
export function probeNumbersOf(probe: Obj): ProbeNumbers {
  const n = (v: unknown, dflt: number): number => asNumber(v) || dflt;
  return {
    initialDelaySeconds: asNumber(probe.initialDelaySeconds) ?? 0,
    timeoutSeconds: n(probe.timeoutSeconds, 1),
    periodSeconds: n(probe.periodSeconds, 10),
    successThreshold: n(probe.successThreshold, 1),
    failureThreshold: n(probe.failureThreshold, 3),
  };
}

/** SetDefaults_ObjectFieldSelector: a downward-API fieldRef without apiVersion means v1. */
export function fieldRefApiVersionOf(ref: Obj): string {
  return asString(ref.apiVersion) || 'v1';
}
