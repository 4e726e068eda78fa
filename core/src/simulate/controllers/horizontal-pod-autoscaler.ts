/**
 * The HorizontalPodAutoscaler controller (pkg/controller/podautoscaler/horizontal.go reconcileAutoscaler),
 * without metrics: kubeplan cannot know CPU or custom metrics, so it only does what upstream does before it
 * reads any — a target below minReplicas (default 1) is raised to it, one above maxReplicas lowered to it, a
 * target at 0 replicas means scaling is disabled. The new size is written to the target's `spec.replicas`
 * with upstream's SuccessfulRescale event (`New size: 3; reason: Current number of replicas below
 * Spec.MinReplicas`). Its status says that metrics are not simulated (ScalingActive Unknown).
 */
import { asNumber, asObject, asString, getIn, type Obj } from '../../model/fields.js';
import type { Action, Controller, ControllerContext, SimObject } from '../types.js';
import { conditionsOf, formatTime, setCondition, type ConditionSpec } from './conditions.js';
import { normalEvent, statusUpdate } from './sim-object.js';

/** Kinds with a scale subresource kubeplan simulates, and their resource name for messages. */
const SCALABLE: Readonly<Record<string, string>> = {
  Deployment: 'deployments.apps',
  StatefulSet: 'statefulsets.apps',
  ReplicaSet: 'replicasets.apps',
  ReplicationController: 'replicationcontrollers',
};

const METRICS_UNKNOWN: ConditionSpec = {
  type: 'ScalingActive',
  status: 'Unknown',
  reason: 'MetricsNotSimulated',
  message: 'kubeplan does not simulate metrics: the target is only kept within minReplicas and maxReplicas',
};

function withConditions(hpa: SimObject, now: Date, specs: readonly ConditionSpec[]): Obj[] {
  let conditions = conditionsOf(asObject(hpa.object.status));
  for (const spec of specs) conditions = setCondition(conditions, spec, now);
  return conditions;
}

export const horizontalPodAutoscalerController: Controller = {
  kind: 'HorizontalPodAutoscaler',
  reconcile(ctx: ControllerContext, hpa: SimObject): Action[] {
    const ref = asObject(getIn(hpa.object, 'spec', 'scaleTargetRef')) ?? {};
    const kind = asString(ref.kind) ?? '';
    const name = asString(ref.name) ?? '';
    const previous = asObject(hpa.object.status) ?? {};
    const target = SCALABLE[kind] === undefined ? undefined : ctx.state.getObject(kind, hpa.namespace, name);
    if (target === undefined) {
      const message = `${SCALABLE[kind] ?? kind.toLowerCase()} "${name}" not found`;
      const conditions = withConditions(hpa, ctx.now, [{ type: 'AbleToScale', status: 'False', reason: 'FailedGetScale', message: `the HPA controller was unable to get the target's current scale: ${message}` }]);
      const update = statusUpdate(hpa, { ...previous, conditions });
      // Reported once, when the condition appears: a steady state emits nothing.
      return update.length === 0 ? [] : [{ type: 'event', event: { type: 'Warning', reason: 'FailedGetScale', object: hpa.key, message } }, ...update];
    }
    const min = asNumber(getIn(hpa.object, 'spec', 'minReplicas')) ?? 1;
    const max = asNumber(getIn(hpa.object, 'spec', 'maxReplicas')) ?? Number.POSITIVE_INFINITY;
    const current = asNumber(getIn(target.object, 'spec', 'replicas')) ?? 1;
    const actions: Action[] = [];
    let desired = current;
    let conditions: ConditionSpec[];
    if (current === 0 && min !== 0) {
      conditions = [{ type: 'ScalingActive', status: 'False', reason: 'ScalingDisabled', message: 'scaling is disabled since the replica count of the target is zero' }];
    } else {
      const reason = current > max ? 'Current number of replicas above Spec.MaxReplicas' : current < min ? 'Current number of replicas below Spec.MinReplicas' : undefined;
      desired = current > max ? max : current < min ? min : current;
      if (reason !== undefined) {
        actions.push({ type: 'update', object: { ...target, object: { ...target.object, spec: { ...asObject(target.object.spec), replicas: desired } } } });
        actions.push(normalEvent(hpa, 'SuccessfulRescale', `New size: ${desired}; reason: ${reason}`));
      }
      const able: ConditionSpec =
        reason === undefined
          ? { type: 'AbleToScale', status: 'True', reason: 'ReadyForNewScale', message: 'recommended size matches current size' }
          : { type: 'AbleToScale', status: 'True', reason: 'SucceededRescale', message: `the HPA controller was able to update the target scale to ${desired}` };
      conditions = [able, METRICS_UNKNOWN];
    }
    const lastScaleTime = desired !== current ? formatTime(ctx.now) : asString(previous.lastScaleTime);
    const status = {
      ...(lastScaleTime === undefined ? {} : { lastScaleTime }),
      currentReplicas: current,
      desiredReplicas: desired,
      conditions: withConditions(hpa, ctx.now, conditions),
    };
    return [...actions, ...statusUpdate(hpa, status)];
  },
};
