/**
 * procMount (policy/check_procMount_baseline.go, baseline 1.0; from 1.35 a pod in a user namespace —
 * `hostUsers: false` — is exempt): containers must keep the Default /proc mount.
 */
import { asString, type Obj } from '../../../../model/fields.js';
import { allContainers, containerName, containersPhrase, inUserNamespace, joinQuote, securityContextOf, sortedSet, type PodSecurityCheck, type PodView, type Violation } from '../check.js';

/** procMount_1_0: the strict form, which procMount_restricted keeps for user-namespace pods too. */
export function procMountViolation(spec: Obj): Violation | undefined {
  const bad: string[] = [];
  const types: string[] = [];
  for (const c of allContainers(spec)) {
    const type = asString(securityContextOf(c)?.procMount);
    if (type === undefined || type === 'Default') continue;
    bad.push(containerName(c));
    types.push(type);
  }
  if (bad.length === 0) return undefined;
  return { reason: 'procMount', detail: `${containersPhrase(bad)} must not set securityContext.procMount to ${joinQuote(sortedSet(types))}` };
}

function check({ spec }: PodView, version: number): Violation | undefined {
  return version >= 35 && inUserNamespace(spec) ? undefined : procMountViolation(spec);
}

export const procMount: PodSecurityCheck = { id: 'procMount', level: 'baseline', since: 0, check };
