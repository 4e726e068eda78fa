/**
 * appArmorProfile (policy/check_appArmorProfile.go, baseline 1.0): the `appArmorProfile.type` of the pod and
 * its containers must be RuntimeDefault or Localhost, and the deprecated
 * `container.apparmor.security.beta.kubernetes.io/*` annotations `runtime/default` or `localhost/*`.
 */
import { asObject, asStringMap, type Obj } from '../../../../model/fields.js';
import { allContainers, containerName, joinQuote, pluralize, securityContextOf, settersPhrase, sortedSet, type PodSecurityCheck, type PodView, type Violation } from '../check.js';

const ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

function allowedAnnotation(value: string): boolean {
  return value === '' || value === 'runtime/default' || value.startsWith('localhost/');
}

/** The profile type set on an owner (pod or container) when it is not an allowed one. */
function badType(owner: Obj): string | undefined {
  const profile = asObject(securityContextOf(owner)?.appArmorProfile);
  if (profile === undefined) return undefined;
  const type = typeof profile.type === 'string' ? profile.type : '';
  return type === 'RuntimeDefault' || type === 'Localhost' ? undefined : type;
}

function check({ metadata, spec }: PodView): Violation | undefined {
  const values: string[] = [];
  const podType = badType(spec);
  if (podType !== undefined) values.push(podType);
  const containers: string[] = [];
  for (const c of allContainers(spec)) {
    const t = badType(c);
    if (t === undefined) continue;
    containers.push(containerName(c));
    values.push(t);
  }
  let setters = settersPhrase(podType !== undefined, containers);
  const badValues = sortedSet(values);
  const annotations = Object.entries(asStringMap(metadata.annotations) ?? {})
    .filter(([k, v]) => k.startsWith(ANNOTATION_PREFIX) && !allowedAnnotation(v))
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .sort();
  if (annotations.length > 0) {
    badValues.push(...annotations);
    setters = [setters, pluralize('annotation', 'annotations', annotations.length)].filter((s) => s !== '').join(' and ');
  }
  if (setters === '') return undefined;
  return {
    reason: pluralize('forbidden AppArmor profile', 'forbidden AppArmor profiles', badValues.length),
    detail: `${setters} must not set AppArmor profile type to ${joinQuote(badValues)}`,
  };
}

export const appArmorProfile: PodSecurityCheck = { id: 'appArmorProfile', level: 'baseline', since: 0, check };
