/**
 * A namespace's Pod Security policy from its labels (pod-security-admission/api: `pod-security.kubernetes.io/<mode>`
 * and `<mode>-version`, api/helpers.go PolicyToEvaluate). An absent label means the cluster default,
 * `privileged:latest`; an invalid version reads as `latest`; an invalid level reads as `restricted` for
 * enforce and as `privileged` for audit and warn ("fail open").
 */
import { asStringMap, getIn } from '../../../model/fields.js';

export type PolicyLevel = 'privileged' | 'baseline' | 'restricted';
export type PolicyMode = 'enforce' | 'audit' | 'warn';

/**
 * The newest policy version kube-apiserver 1.35 knows: `latest` and any newer `v1.N` evaluate as v1.35 (the
 * registry's maxVersion).
 */
export const LATEST_POLICY_MINOR = 35;

export interface LevelVersion {
  readonly level: PolicyLevel;
  /** The minor of the policy version the checks run at. */
  readonly minor: number;
  /** `restricted:latest`, `baseline:v1.30`: how the API server names the policy in its messages. */
  readonly display: string;
}

const LEVELS: readonly string[] = ['privileged', 'baseline', 'restricted'];
const VERSION = /^v1\.(0|[1-9][0-9]*)$/;

/** The policy of one mode from a namespace's labels. */
export function policyFor(labels: Readonly<Record<string, string>>, mode: PolicyMode): LevelVersion {
  const rawLevel = labels[`pod-security.kubernetes.io/${mode}`];
  const rawVersion = labels[`pod-security.kubernetes.io/${mode}-version`];
  const invalidLevel = mode === 'enforce' ? 'restricted' : 'privileged';
  const level = (rawLevel === undefined ? 'privileged' : LEVELS.includes(rawLevel) ? rawLevel : invalidLevel) as PolicyLevel;
  const match = rawVersion === undefined ? null : VERSION.exec(rawVersion);
  if (match === null) return { level, minor: LATEST_POLICY_MINOR, display: `${level}:latest` };
  const minor = Number(match[1]);
  return { level, minor: Math.min(minor, LATEST_POLICY_MINOR), display: `${level}:v1.${minor}` };
}

/** The labels of a Namespace object. */
export function namespaceLabels(namespace: Readonly<Record<string, unknown>> | undefined): Record<string, string> {
  return asStringMap(getIn(namespace, 'metadata', 'labels')) ?? {};
}
