/** privileged (policy/check_privileged.go, baseline 1.0): no container may set `securityContext.privileged=true`. */
import { allContainers, containerName, containersPhrase, securityContextOf, type PodSecurityCheck, type PodView, type Violation } from '../check.js';

function check({ spec }: PodView): Violation | undefined {
  const bad = allContainers(spec).filter((c) => securityContextOf(c)?.privileged === true).map(containerName);
  return bad.length === 0 ? undefined : { reason: 'privileged', detail: `${containersPhrase(bad)} must not set securityContext.privileged=true` };
}

export const privileged: PodSecurityCheck = { id: 'privileged', level: 'baseline', since: 0, check };
