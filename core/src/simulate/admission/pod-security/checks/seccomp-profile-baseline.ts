/**
 * seccompProfile_baseline (policy/check_seccompProfile_baseline.go, baseline, the 1.19+ field form): a seccomp
 * profile, where set, must be RuntimeDefault or Localhost. Replaced by seccompProfile_restricted, which also
 * requires one. (Policy versions before 1.19 read annotations instead; kubeplan evaluates them as 1.19.)
 */
import { asObject, asString, type Obj } from '../../../../model/fields.js';
import { allContainers, containerName, joinQuote, securityContextOf, settersPhrase, sortedSet, type PodSecurityCheck, type PodView, type Violation } from '../check.js';

/** The seccomp profile settings of a pod: who set a forbidden type, and who set none. */
export interface SeccompSettings {
  readonly podSetBad: boolean;
  readonly podSetValid: boolean;
  /** Containers that set a forbidden type. */
  readonly badContainers: string[];
  /** Containers that set no profile themselves. */
  readonly unsetContainers: string[];
  readonly badValues: string[];
}

/** The type an owner sets: undefined when no profile is set, else its type (`''` when the type is missing). */
function profileType(owner: Obj): string | undefined {
  const profile = asObject(securityContextOf(owner)?.seccompProfile);
  return profile === undefined ? undefined : (asString(profile.type) ?? '');
}

const valid = (type: string): boolean => type === 'RuntimeDefault' || type === 'Localhost';

export function seccompSettings(spec: Obj): SeccompSettings {
  const badValues: string[] = [];
  const podType = profileType(spec);
  const podSetBad = podType !== undefined && !valid(podType);
  if (podSetBad) badValues.push(podType);
  const badContainers: string[] = [];
  const unsetContainers: string[] = [];
  for (const c of allContainers(spec)) {
    const type = profileType(c);
    if (type === undefined) unsetContainers.push(containerName(c));
    else if (!valid(type)) {
      badContainers.push(containerName(c));
      badValues.push(type);
    }
  }
  return { podSetBad, podSetValid: podType !== undefined && !podSetBad, badContainers, unsetContainers, badValues: sortedSet(badValues) };
}

/** The "must not set" violation, shared with the restricted form. */
export function badSeccompViolation(s: SeccompSettings): Violation | undefined {
  if (!s.podSetBad && s.badContainers.length === 0) return undefined;
  return { reason: 'seccompProfile', detail: `${settersPhrase(s.podSetBad, s.badContainers)} must not set securityContext.seccompProfile.type to ${joinQuote(s.badValues)}` };
}

function check({ spec }: PodView): Violation | undefined {
  return badSeccompViolation(seccompSettings(spec));
}

export const seccompProfileBaseline: PodSecurityCheck = { id: 'seccompProfile_baseline', level: 'baseline', since: 0, check };
