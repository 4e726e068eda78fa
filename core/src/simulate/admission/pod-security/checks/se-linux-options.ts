/**
 * seLinuxOptions (policy/check_seLinuxOptions.go, baseline 1.0; `container_engine_t` allowed from 1.31): the
 * SELinux type must be empty or a container type, and user and role must not be set. As upstream, the detail
 * lists user/role only alongside a forbidden type.
 */
import { asObject, asString, type Obj } from '../../../../model/fields.js';
import { allContainers, containerName, joinQuote, pluralize, securityContextOf, settersPhrase, sortedSet, type PodSecurityCheck, type PodView, type Violation } from '../check.js';

const ALLOWED_TYPES = ['', 'container_t', 'container_init_t', 'container_kvm_t'];
const ALLOWED_TYPES_1_31 = [...ALLOWED_TYPES, 'container_engine_t'];

function check({ spec }: PodView, version: number): Violation | undefined {
  const allowed = version >= 31 ? ALLOWED_TYPES_1_31 : ALLOWED_TYPES;
  const badTypes: string[] = [];
  let setUser = false;
  let setRole = false;
  const invalid = (owner: Obj): boolean => {
    const opts = asObject(securityContextOf(owner)?.seLinuxOptions);
    if (opts === undefined) return false;
    let bad = false;
    const type = asString(opts.type) ?? '';
    if (!allowed.includes(type)) {
      bad = true;
      badTypes.push(type);
    }
    if ((asString(opts.user) ?? '') !== '') bad = setUser = true;
    if ((asString(opts.role) ?? '') !== '') bad = setRole = true;
    return bad;
  };
  const pod = invalid(spec);
  const containers = allContainers(spec).filter(invalid).map(containerName);
  if (!pod && containers.length === 0) return undefined;
  const data: string[] = [];
  const types = sortedSet(badTypes);
  if (types.length > 0) {
    data.push(`${pluralize('type', 'types', types.length)} ${joinQuote(types)}`);
    if (setUser) data.push('user may not be set');
    if (setRole) data.push('role may not be set');
  }
  return { reason: 'seLinuxOptions', detail: `${settersPhrase(pod, containers)} set forbidden securityContext.seLinuxOptions: ${data.join('; ')}` };
}

export const seLinuxOptions: PodSecurityCheck = { id: 'seLinuxOptions', level: 'baseline', since: 0, check };
