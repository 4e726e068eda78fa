/**
 * intstr.GetScaledValueFromIntOrPercent (staging/src/k8s.io/apimachinery/pkg/util/intstr/intstr.go): the
 * rolling-update bounds of Deployments (maxSurge, maxUnavailable), StatefulSets (maxUnavailable) and DaemonSets
 * (maxSurge, maxUnavailable) are an integer or `N%` of a total, rounded up or down as each controller asks.
 */
import { asString } from '../../model/fields.js';

/**
 * An integer as is, `N%` of `total` rounded up or down. Anything else (validation rejects it) counts as 0, as
 * the controllers ignore the parse error there.
 */
export function scaledValue(v: unknown, total: number, roundUp: boolean): number {
  if (typeof v === 'number') return Math.trunc(v);
  const s = asString(v);
  const m = s === undefined ? null : /^(-?[0-9]+)%$/.exec(s);
  if (m === null) return 0;
  const exact = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}
