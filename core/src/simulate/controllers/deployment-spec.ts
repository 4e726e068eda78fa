/**
 * A Deployment's spec as its controller reads it, with the apps/v1 defaults (pkg/apis/apps/v1/defaults.go:
 * replicas 1, RollingUpdate 25%/25%, revisionHistoryLimit 10, progressDeadlineSeconds 600) and the surge and
 * unavailability bounds resolved (deployment/util ResolveFenceposts, MaxSurge, MaxUnavailable).
 */
import { asBoolean, asNumber, asObject, getIn, type Obj } from '../../model/fields.js';
import type { SimObject } from '../types.js';
import { scaledValue } from './int-or-percent.js';

export interface DeploymentView {
  readonly replicas: number;
  readonly recreate: boolean;
  /** MaxSurge(d): 0 for Recreate. */
  readonly maxSurge: number;
  /** MaxUnavailable(d): 0 for Recreate or 0 replicas, at most `replicas`. */
  readonly maxUnavailable: number;
  readonly paused: boolean;
  readonly revisionHistoryLimit: number;
  readonly minReadySeconds: number;
  /** HasProgressDeadline: progressDeadlineSeconds set and not MaxInt32. */
  readonly hasProgressDeadline: boolean;
  /** `spec.progressDeadlineSeconds` (default 600). */
  readonly progressDeadlineSeconds: number;
  readonly template: Obj;
  readonly collisionCount?: number;
}

const DEFAULT_SURGE_OR_UNAVAILABLE = '25%';
const MAX_INT32 = 2147483647;

/** ResolveFenceposts: both 0 would deadlock a rollout, so maxUnavailable becomes 1. */
export function resolveFenceposts(maxSurge: unknown, maxUnavailable: unknown, desired: number): { surge: number; unavailable: number } {
  const surge = scaledValue(maxSurge ?? 0, desired, true);
  const unavailable = scaledValue(maxUnavailable ?? 0, desired, false);
  return surge === 0 && unavailable === 0 ? { surge, unavailable: 1 } : { surge, unavailable };
}

export function readDeployment(d: SimObject): DeploymentView {
  const spec = asObject(d.object.spec) ?? {};
  const replicas = asNumber(spec.replicas) ?? 1;
  const recreate = getIn(spec, 'strategy', 'type') === 'Recreate';
  const rolling = asObject(getIn(spec, 'strategy', 'rollingUpdate')) ?? {};
  const fences = resolveFenceposts(rolling.maxSurge ?? DEFAULT_SURGE_OR_UNAVAILABLE, rolling.maxUnavailable ?? DEFAULT_SURGE_OR_UNAVAILABLE, replicas);
  const progressDeadline = asNumber(spec.progressDeadlineSeconds) ?? 600;
  const collisionCount = asNumber(getIn(d.object, 'status', 'collisionCount'));
  return {
    replicas,
    recreate,
    maxSurge: recreate ? 0 : fences.surge,
    maxUnavailable: recreate || replicas === 0 ? 0 : Math.min(fences.unavailable, replicas),
    paused: asBoolean(spec.paused) ?? false,
    revisionHistoryLimit: asNumber(spec.revisionHistoryLimit) ?? 10,
    minReadySeconds: asNumber(spec.minReadySeconds) ?? 0,
    hasProgressDeadline: progressDeadline !== MAX_INT32,
    progressDeadlineSeconds: progressDeadline,
    template: asObject(spec.template) ?? {},
    ...(collisionCount === undefined ? {} : { collisionCount }),
  };
}
