import type { Rule } from '../../rule.js';
import { automountServiceAccountToken } from './automount-service-account-token.js';
import { dangerousCapabilities } from './dangerous-capabilities.js';
import { defaultServiceAccount } from './default-service-account.js';
import { dockerSocket } from './docker-socket.js';
import { hostIpc } from './host-ipc.js';
import { hostNetwork } from './host-network.js';
import { hostPathVolume } from './host-path-volume.js';
import { hostPid } from './host-pid.js';
import { hostPort } from './host-port.js';
import { lowUserGroupId } from './low-user-group-id.js';
import { netRawNotDropped } from './net-raw-not-dropped.js';
import { privilegeEscalationAllowed } from './privilege-escalation-allowed.js';
import { privilegeEscalationNotDisabled } from './privilege-escalation-not-disabled.js';
import { privilegedContainer } from './privileged-container.js';
import { procMountUnmasked } from './proc-mount-unmasked.js';
import { runAsRoot } from './run-as-root.js';
import { seccompProfileMissing } from './seccomp-profile-missing.js';
import { secretInEnv } from './secret-in-env.js';
import { sensitiveHostPath } from './sensitive-host-path.js';
import { unsafeSysctls } from './unsafe-sysctls.js';
import { windowsHostProcess } from './windows-host-process.js';
import { writableHostPath } from './writable-host-path.js';
import { writableRootFilesystem } from './writable-root-filesystem.js';

/** Pod and container security settings. */
export const SECURITY_RULES: readonly Rule[] = [
  privilegedContainer,
  privilegeEscalationAllowed,
  privilegeEscalationNotDisabled,
  runAsRoot,
  writableRootFilesystem,
  dangerousCapabilities,
  netRawNotDropped,
  hostNetwork,
  hostPid,
  hostIpc,
  hostPort,
  dockerSocket,
  sensitiveHostPath,
  writableHostPath,
  hostPathVolume,
  procMountUnmasked,
  unsafeSysctls,
  windowsHostProcess,
  secretInEnv,
  automountServiceAccountToken,
  seccompProfileMissing,
  lowUserGroupId,
  defaultServiceAccount,
];
