/** runAsUser (policy/check_runAsUser.go, restricted 1.23; from 1.35 a pod with `hostUsers: false` is exempt): no `runAsUser: 0`. */
import type { Obj } from '../../../../model/fields.js';
import { allContainers, containerName, inUserNamespace, securityContextOf, settersPhrase, type PodSecurityCheck, type PodView, type Violation } from '../check.js';

const runsAsRoot = (owner: Obj): boolean => securityContextOf(owner)?.runAsUser === 0;

function check({ spec }: PodView, version: number): Violation | undefined {
  if (version >= 35 && inUserNamespace(spec)) return undefined;
  const pod = runsAsRoot(spec);
  const containers = allContainers(spec).filter(runsAsRoot).map(containerName);
  if (!pod && containers.length === 0) return undefined;
  return { reason: 'runAsUser=0', detail: `${settersPhrase(pod, containers)} must not set runAsUser=0` };
}

export const runAsUser: PodSecurityCheck = { id: 'runAsUser', level: 'restricted', since: 23, check };
