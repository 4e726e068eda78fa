import { asNumber, asString, getIn } from '../../../model/fields.js';
import { autoscalerOf, type Autoscaler } from '../../autoscaler-targets.js';
import type { RuleContext } from '../../rule.js';

/** The autoscaler of the set that scales the workload being checked, if any. */
export function workloadAutoscaler(ctx: RuleContext): Autoscaler | undefined {
  const name = asString(getIn(ctx.object, 'metadata', 'name'));
  if (typeof ctx.object.kind !== 'string' || name === undefined) return undefined;
  return autoscalerOf(ctx.index, ctx.object.kind, ctx.index.namespaceOf(ctx.manifest), name);
}

/** The most pods the workload being checked runs: its autoscaler's maximum, or spec.replicas (default 1). */
export function peakReplicas(ctx: RuleContext): number {
  const scaler = workloadAutoscaler(ctx);
  if (scaler !== undefined) return Math.max(scaler.max ?? scaler.min, scaler.min);
  return asNumber(getIn(ctx.object, 'spec', 'replicas')) ?? 1;
}
