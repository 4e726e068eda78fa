import type { Severity } from '../../diagnostic.js';
import type { RuleContext } from '../rule.js';

/** Namespaces every cluster has; objects may live in them without a Namespace object in the set. */
export const BUILT_IN_NAMESPACES: ReadonlySet<string> = new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease']);

/**
 * Namespaces whose content the cluster itself creates and manages (bootstrap RBAC, the apiserver's
 * `extension-apiserver-authentication` ConfigMap, kube-dns...). A reference into one of them is never reported
 * as missing: a manifest set hardly ever holds what it points at there.
 */
export const SYSTEM_NAMESPACES: ReadonlySet<string> = new Set(['kube-system', 'kube-public', 'kube-node-lease']);

/**
 * The severity of a finding about something the linted set does not resolve.
 * - `assume-complete: true`: an error (the set is the whole application, so the target cannot exist).
 * - `likelyElsewhere`: info. The set is often partial (one file of an app, a Helm chart without its
 *   dependencies, objects created by operators); when the set shows no object of the target's kind where the
 *   target should be, the target is more likely defined elsewhere than mistyped.
 * - otherwise `undefined`: the rule's configured level (warning by default).
 */
export function referenceSeverity(ctx: RuleContext, likelyElsewhere = false): Severity | undefined {
  if (ctx.assumeComplete) return 'error';
  return likelyElsewhere ? 'info' : undefined;
}

/** `Deployment "a"`, `Deployment "a" or StatefulSet "b"`, `Deployment "a", Pod "b" or 3 more`. */
export function describeObjects(objects: readonly { kind: string; name: string }[], joiner = 'or', max = 3): string {
  const names = objects.slice(0, max).map((o) => `${o.kind} "${o.name}"`);
  if (objects.length > max) return `${names.join(', ')} ${joiner} ${objects.length - max} more`;
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${joiner} ${names[names.length - 1] as string}`;
}
