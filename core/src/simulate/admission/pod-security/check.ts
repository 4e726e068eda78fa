/**
 * The shape of a Pod Security Standards check (staging/src/k8s.io/pod-security-admission/policy/checks.go)
 * and the helpers every check shares (helpers.go, visitor.go). A check reads a pod's metadata and spec and
 * returns its violation — the short reason (`host namespaces`) and the detail (`hostNetwork=true`) — or nothing.
 */
import { asArray, asObject, asString, objectItems, type Obj } from '../../../model/fields.js';

export type CheckLevel = 'baseline' | 'restricted';

export interface Violation {
  /** ForbiddenReason: always printed (`privileged`, `runAsNonRoot != true`). */
  readonly reason: string;
  /** ForbiddenDetail: printed in parentheses after the reason (`container "app" must ...`). */
  readonly detail: string;
}

/** What a check sees: the pod's (or template's) metadata and spec, as written. */
export interface PodView {
  readonly metadata: Obj;
  readonly spec: Obj;
}

export interface PodSecurityCheck {
  /** The upstream check ID; checks run sorted by ID, baseline ones first. */
  readonly id: string;
  readonly level: CheckLevel;
  /** The first policy version (the minor of `v1.N`) the check belongs to. */
  readonly since: number;
  /** Restricted checks only: the baseline checks they replace from `since` on. */
  readonly overrides?: readonly string[];
  /** The violation at policy version `version` (a minor), or undefined when the pod passes. */
  check(pod: PodView, version: number): Violation | undefined;
}

/** pluralize(singular, plural, count). */
export function pluralize(singular: string, plural: string, count: number): string {
  return count === 1 ? singular : plural;
}

/** joinQuote: `"a", "b"`. */
export function joinQuote(items: readonly string[]): string {
  return items.length === 0 ? '' : `"${items.join('", "')}"`;
}

/** sets.NewString(...).List(): unique and sorted. */
export function sortedSet(items: Iterable<string>): string[] {
  return [...new Set(items)].sort();
}

/** `container "a"` / `containers "a", "b"`. */
export function containersPhrase(names: readonly string[]): string {
  return `${pluralize('container', 'containers', names.length)} ${joinQuote(names)}`;
}

/** visitContainers: init containers, containers, then ephemeral containers. */
export function allContainers(spec: Obj): Obj[] {
  return (['initContainers', 'containers', 'ephemeralContainers'] as const).flatMap((f) => objectItems(spec[f]).map(({ item }) => item));
}

export function containerName(container: Obj): string {
  return asString(container.name) ?? '';
}

/** A container's (or the pod's) `securityContext`, when it is an object. */
export function securityContextOf(owner: Obj): Obj | undefined {
  return asObject(owner.securityContext);
}

/** The strings of a list field (`capabilities.add`), ignoring anything else. */
export function stringList(v: unknown): string[] {
  return (asArray(v) ?? []).filter((x): x is string => typeof x === 'string');
}

/** A container's `securityContext.capabilities` lists (empty when unset). */
export function capabilitiesOf(container: Obj): { add: string[]; drop: string[] } {
  const capabilities = asObject(securityContextOf(container)?.capabilities);
  return { add: stringList(capabilities?.add), drop: stringList(capabilities?.drop) };
}

/** `spec.os.name: windows`: from policy 1.25, several restricted checks exempt Windows pods. */
export function isWindowsPod(spec: Obj): boolean {
  return asObject(spec.os)?.name === 'windows';
}

/** relaxPolicyForUserNamespacePod (policy 1.35+): a pod with `hostUsers: false` runs in a user namespace. */
export function inUserNamespace(spec: Obj): boolean {
  return spec.hostUsers === false;
}

/**
 * The "setters" sentence several checks share: `pod and containers "a", "b"` — the pod first when it is one of
 * them, then the containers.
 */
export function settersPhrase(pod: boolean, containers: readonly string[]): string {
  const setters = pod ? ['pod'] : [];
  if (containers.length > 0) setters.push(containersPhrase(containers));
  return setters.join(' and ');
}
