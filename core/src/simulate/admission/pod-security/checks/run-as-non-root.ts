/**
 * runAsNonRoot (policy/check_runAsNonRoot.go, restricted 1.0; from 1.35 a pod with `hostUsers: false` is
 * exempt): the pod or each container must set `runAsNonRoot: true`, and none may set it false.
 */
import { allContainers, containerName, containersPhrase, inUserNamespace, securityContextOf, settersPhrase, type PodSecurityCheck, type PodView, type Violation } from '../check.js';

function check({ spec }: PodView, version: number): Violation | undefined {
  if (version >= 35 && inUserNamespace(spec)) return undefined;
  const podValue = securityContextOf(spec)?.runAsNonRoot;
  const explicitlyBad: string[] = [];
  const implicitlyBad: string[] = [];
  for (const c of allContainers(spec)) {
    const value = securityContextOf(c)?.runAsNonRoot;
    if (typeof value === 'boolean') {
      if (!value) explicitlyBad.push(containerName(c));
    } else if (podValue !== true) implicitlyBad.push(containerName(c));
  }
  if (podValue === false || explicitlyBad.length > 0) {
    return { reason: 'runAsNonRoot != true', detail: `${settersPhrase(podValue === false, explicitlyBad)} must not set securityContext.runAsNonRoot=false` };
  }
  if (implicitlyBad.length > 0) {
    return { reason: 'runAsNonRoot != true', detail: `pod or ${containersPhrase(implicitlyBad)} must set securityContext.runAsNonRoot=true` };
  }
  return undefined;
}

export const runAsNonRoot: PodSecurityCheck = { id: 'runAsNonRoot', level: 'restricted', since: 0, check };
