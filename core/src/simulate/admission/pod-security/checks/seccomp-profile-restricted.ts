/**
 * seccompProfile_restricted (policy/check_seccompProfile_restricted.go, restricted 1.19; Windows pods exempt
 * from 1.25): the pod, or every container it does not cover, must set RuntimeDefault or Localhost.
 */
import { containersPhrase, isWindowsPod, type PodSecurityCheck, type PodView, type Violation } from '../check.js';
import { badSeccompViolation, seccompSettings } from './seccomp-profile-baseline.js';

function check({ spec }: PodView, version: number): Violation | undefined {
  if (version >= 25 && isWindowsPod(spec)) return undefined;
  const s = seccompSettings(spec);
  const bad = badSeccompViolation(s);
  if (bad !== undefined) return bad;
  if (s.podSetValid || s.unsetContainers.length === 0) return undefined;
  return {
    reason: 'seccompProfile',
    detail: `pod or ${containersPhrase(s.unsetContainers)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
  };
}

export const seccompProfileRestricted: PodSecurityCheck = {
  id: 'seccompProfile_restricted',
  level: 'restricted',
  since: 19,
  overrides: ['seccompProfile_baseline'],
  check,
};
