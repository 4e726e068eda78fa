/**
 * The Pod Security Standards checks and which run at a level and version (policy/registry.go): baseline runs
 * the baseline checks that apply at the version; restricted runs those minus the ones a restricted check
 * overrides, plus the restricted checks. Results come baseline first, then restricted, each sorted by check ID,
 * which is the order of the reasons in the API server's message.
 */
import type { PodSecurityCheck } from './check.js';
import { allowPrivilegeEscalation } from './checks/allow-privilege-escalation.js';
import { appArmorProfile } from './checks/app-armor-profile.js';
import { capabilitiesBaseline } from './checks/capabilities-baseline.js';
import { capabilitiesRestricted } from './checks/capabilities-restricted.js';
import { hostNamespaces } from './checks/host-namespaces.js';
import { hostPathVolumes } from './checks/host-path-volumes.js';
import { hostPorts } from './checks/host-ports.js';
import { hostProbesAndLifecycle } from './checks/host-probes-and-lifecycle.js';
import { privileged } from './checks/privileged.js';
import { procMount } from './checks/proc-mount.js';
import { procMountRestricted } from './checks/proc-mount-restricted.js';
import { restrictedVolumes } from './checks/restricted-volumes.js';
import { runAsNonRoot } from './checks/run-as-non-root.js';
import { runAsUser } from './checks/run-as-user.js';
import { seccompProfileBaseline } from './checks/seccomp-profile-baseline.js';
import { seccompProfileRestricted } from './checks/seccomp-profile-restricted.js';
import { seLinuxOptions } from './checks/se-linux-options.js';
import { sysctls } from './checks/sysctls.js';
import { windowsHostProcess } from './checks/windows-host-process.js';
import type { PolicyLevel } from './policy-labels.js';

const byId = (a: PodSecurityCheck, b: PodSecurityCheck): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const BASELINE_CHECKS: readonly PodSecurityCheck[] = [
  appArmorProfile,
  capabilitiesBaseline,
  hostNamespaces,
  hostPathVolumes,
  hostPorts,
  hostProbesAndLifecycle,
  privileged,
  procMount,
  seLinuxOptions,
  seccompProfileBaseline,
  sysctls,
  windowsHostProcess,
].sort(byId);

export const RESTRICTED_CHECKS: readonly PodSecurityCheck[] = [
  allowPrivilegeEscalation,
  capabilitiesRestricted,
  procMountRestricted,
  restrictedVolumes,
  runAsNonRoot,
  runAsUser,
  seccompProfileRestricted,
].sort(byId);

/** The checks to run, in message order, at `level` and policy version `version` (a minor of 1.x). */
export function checksFor(level: Exclude<PolicyLevel, 'privileged'>, version: number): PodSecurityCheck[] {
  const baseline = BASELINE_CHECKS.filter((c) => c.since <= version);
  if (level === 'baseline') return baseline;
  const restricted = RESTRICTED_CHECKS.filter((c) => c.since <= version);
  const overridden = new Set(restricted.flatMap((c) => c.overrides ?? []));
  return [...baseline.filter((c) => !overridden.has(c.id)), ...restricted];
}
