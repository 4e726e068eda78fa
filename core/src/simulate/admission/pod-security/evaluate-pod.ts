/**
 * Runs a policy's checks on a pod and renders the result as the API server does (policy/checks.go
 * AggregateCheckResult.ForbiddenDetail): `reason (detail), reason (detail), ...`.
 */
import { asObject, type Obj } from '../../../model/fields.js';
import type { PodView } from './check.js';
import type { LevelVersion } from './policy-labels.js';
import { checksFor } from './registry.js';

/** The forbidden detail of `pod` under `policy`, or undefined when it complies (privileged allows everything). */
export function evaluatePod(pod: PodView, policy: LevelVersion): string | undefined {
  if (policy.level === 'privileged') return undefined;
  const parts: string[] = [];
  for (const check of checksFor(policy.level, policy.minor)) {
    const v = check.check(pod, policy.minor);
    if (v !== undefined) parts.push(v.detail === '' ? v.reason : `${v.reason} (${v.detail})`);
  }
  return parts.length === 0 ? undefined : parts.join(', ');
}

/** The pod view of a Pod object or of a pod template (`{metadata, spec}`). */
export function podViewOf(podOrTemplate: Readonly<Obj> | undefined): PodView | undefined {
  const spec = asObject(podOrTemplate?.spec);
  if (spec === undefined) return undefined;
  return { metadata: asObject(podOrTemplate?.metadata) ?? {}, spec };
}
