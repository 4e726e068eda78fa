/** windowsHostProcess (policy/check_windowsHostProcess.go, baseline 1.0): no Windows HostProcess pod or container. */
import { asObject, type Obj } from '../../../../model/fields.js';
import { allContainers, containerName, securityContextOf, settersPhrase, type PodSecurityCheck, type PodView, type Violation } from '../check.js';

const hostProcess = (owner: Obj): boolean => asObject(securityContextOf(owner)?.windowsOptions)?.hostProcess === true;

function check({ spec }: PodView): Violation | undefined {
  const containers = allContainers(spec).filter(hostProcess).map(containerName);
  const pod = hostProcess(spec);
  if (!pod && containers.length === 0) return undefined;
  return { reason: 'hostProcess', detail: `${settersPhrase(pod, containers)} must not set securityContext.windowsOptions.hostProcess=true` };
}

export const windowsHostProcess: PodSecurityCheck = { id: 'windowsHostProcess', level: 'baseline', since: 0, check };
