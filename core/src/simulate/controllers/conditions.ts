/**
 * Status conditions as the workload controllers keep them (deployment/util SetDeploymentCondition, replicaset
 * SetCondition, job ensureJobConditionStatus): a condition that already holds with the same status and reason
 * is left alone — timestamps included — so a reconcile of a steady state changes nothing.
 */
import { asString, objectItems, type Obj } from '../../model/fields.js';

export type ConditionStatus = 'True' | 'False' | 'Unknown';

export interface ConditionSpec {
  readonly type: string;
  readonly status: ConditionStatus;
  readonly reason: string;
  readonly message: string;
}

/** The conditions of a status (`status.conditions`), objects only. */
export function conditionsOf(status: Readonly<Obj> | undefined): Obj[] {
  return objectItems(status?.conditions).map(({ item }) => item);
}

export function findCondition(conditions: readonly Obj[], type: string): Obj | undefined {
  return conditions.find((c) => c.type === type);
}

/**
 * Sets a condition: unchanged when one of that type already has this status and reason; otherwise the old one
 * is dropped and the new one appended (upstream's filterOutCondition + append), keeping lastTransitionTime when
 * the status stays the same. `withUpdateTime` adds lastUpdateTime (Deployments).
 */
export function setCondition(conditions: readonly Obj[], spec: ConditionSpec, now: Date, withUpdateTime = false): Obj[] {
  const current = findCondition(conditions, spec.type);
  if (current !== undefined && current.status === spec.status && current.reason === spec.reason) return [...conditions];
  const time = formatTime(now);
  const transition = current !== undefined && current.status === spec.status ? (asString(current.lastTransitionTime) ?? time) : time;
  const next: Obj = { type: spec.type, status: spec.status, ...(withUpdateTime ? { lastUpdateTime: time } : {}), lastTransitionTime: transition, reason: spec.reason, message: spec.message };
  return [...conditions.filter((c) => c.type !== spec.type), next];
}

export function removeCondition(conditions: readonly Obj[], type: string): Obj[] {
  return conditions.filter((c) => c.type !== type);
}

/** metav1.Time's RFC 3339 spelling, in whole seconds (`2024-05-01T12:00:00Z`). */
export function formatTime(t: Date): string {
  return t.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
