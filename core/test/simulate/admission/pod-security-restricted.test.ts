// The restricted Pod Security checks, one table per check, from staging/src/k8s.io/pod-security-admission/policy/
// check_allowPrivilegeEscalation_test.go, check_capabilities_restricted_test.go, check_restrictedVolumes_test.go,
// check_runAsNonRoot_test.go, check_runAsUser_test.go, check_seccompProfile_restricted_test.go and
// check_procMount_restricted_test.go.
import { describe, expect, it } from 'vitest';
import type { Obj } from '../../../src/model/fields.js';
import type { PodSecurityCheck, Violation } from '../../../src/simulate/admission/pod-security/check.js';
import { allowPrivilegeEscalation } from '../../../src/simulate/admission/pod-security/checks/allow-privilege-escalation.js';
import { capabilitiesRestricted } from '../../../src/simulate/admission/pod-security/checks/capabilities-restricted.js';
import { procMountRestricted } from '../../../src/simulate/admission/pod-security/checks/proc-mount-restricted.js';
import { restrictedVolumes } from '../../../src/simulate/admission/pod-security/checks/restricted-volumes.js';
import { runAsNonRoot } from '../../../src/simulate/admission/pod-security/checks/run-as-non-root.js';
import { runAsUser } from '../../../src/simulate/admission/pod-security/checks/run-as-user.js';
import { seccompProfileRestricted } from '../../../src/simulate/admission/pod-security/checks/seccomp-profile-restricted.js';

interface Case {
  name: string;
  spec: Obj;
  version?: number;
  want: Violation | undefined;
}

const sc = (name: string, securityContext?: Obj): Obj => ({ name, image: 'i', ...(securityContext ? { securityContext } : {}) });
const windows = { os: { name: 'windows' } };

function table(check: PodSecurityCheck, cases: Case[]): void {
  describe(check.id, () => {
    it.each(cases)('$name', ({ spec, version, want }) => {
      expect(check.check({ metadata: {}, spec }, version ?? 35)).toEqual(want);
    });
  });
}

table(allowPrivilegeEscalation, [
  { name: 'false passes', spec: { containers: [sc('a', { allowPrivilegeEscalation: false })] }, want: undefined },
  {
    name: 'unset and true are both refused',
    spec: { containers: [sc('a'), sc('b', { allowPrivilegeEscalation: true })] },
    want: { reason: 'allowPrivilegeEscalation != false', detail: 'containers "a", "b" must set securityContext.allowPrivilegeEscalation=false' },
  },
  { name: 'Windows pods are exempt from policy 1.25', spec: { ...windows, containers: [sc('a')] }, want: undefined },
  { name: 'Windows pods are checked before policy 1.25', spec: { ...windows, containers: [sc('a')] }, version: 24, want: { reason: 'allowPrivilegeEscalation != false', detail: 'container "a" must set securityContext.allowPrivilegeEscalation=false' } },
]);

table(capabilitiesRestricted, [
  { name: 'drop ALL and add NET_BIND_SERVICE passes', spec: { containers: [sc('a', { capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] } })] }, want: undefined },
  {
    name: 'a container without capabilities must drop ALL',
    spec: { containers: [sc('a')] },
    want: { reason: 'unrestricted capabilities', detail: 'container "a" must set securityContext.capabilities.drop=["ALL"]' },
  },
  {
    name: 'missing drop and forbidden adds are both reported',
    spec: { containers: [sc('a', { capabilities: { add: ['SYS_ADMIN', 'NET_ADMIN'] } })] },
    want: { reason: 'unrestricted capabilities', detail: 'container "a" must set securityContext.capabilities.drop=["ALL"]; container "a" must not include "NET_ADMIN", "SYS_ADMIN" in securityContext.capabilities.add' },
  },
]);

table(restrictedVolumes, [
  {
    name: 'the allowed volume types pass',
    spec: { volumes: [{ name: 'a', configMap: {} }, { name: 'b', secret: {} }, { name: 'c', projected: {} }, { name: 'd', persistentVolumeClaim: {} }, { name: 'e', emptyDir: {} }, { name: 'f', image: {} }] },
    want: undefined,
  },
  { name: 'a hostPath volume is refused', spec: { volumes: [{ name: 'logs', hostPath: { path: '/var/log' } }] }, want: { reason: 'restricted volume types', detail: 'volume "logs" uses restricted volume type "hostPath"' } },
  {
    name: 'several are listed, the types sorted',
    spec: { volumes: [{ name: 'x', nfs: {} }, { name: 'y', hostPath: {} }] },
    want: { reason: 'restricted volume types', detail: 'volumes "x", "y" use restricted volume types "hostPath", "nfs"' },
  },
]);

table(runAsNonRoot, [
  { name: 'true at pod level covers the containers', spec: { securityContext: { runAsNonRoot: true }, containers: [sc('a')] }, want: undefined },
  {
    name: 'nothing set asks the pod or the containers to set it',
    spec: { containers: [sc('a')] },
    want: { reason: 'runAsNonRoot != true', detail: 'pod or container "a" must set securityContext.runAsNonRoot=true' },
  },
  {
    name: 'explicit false wins over the pod level',
    spec: { securityContext: { runAsNonRoot: false }, containers: [sc('a', { runAsNonRoot: false })] },
    want: { reason: 'runAsNonRoot != true', detail: 'pod and container "a" must not set securityContext.runAsNonRoot=false' },
  },
  { name: 'a user-namespace pod is exempt from policy 1.35', spec: { hostUsers: false, containers: [sc('a')] }, want: undefined },
  { name: 'a user-namespace pod is checked before policy 1.35', spec: { hostUsers: false, containers: [sc('a')] }, version: 34, want: { reason: 'runAsNonRoot != true', detail: 'pod or container "a" must set securityContext.runAsNonRoot=true' } },
]);

table(runAsUser, [
  { name: 'a non-zero user passes', spec: { securityContext: { runAsUser: 1000 }, containers: [sc('a')] }, want: undefined },
  { name: 'user 0 is refused wherever it is set', spec: { securityContext: { runAsUser: 0 }, containers: [sc('a', { runAsUser: 0 })] }, want: { reason: 'runAsUser=0', detail: 'pod and container "a" must not set runAsUser=0' } },
]);

table(seccompProfileRestricted, [
  { name: 'a pod-level RuntimeDefault covers the containers', spec: { securityContext: { seccompProfile: { type: 'RuntimeDefault' } }, containers: [sc('a')] }, want: undefined },
  {
    name: 'no profile anywhere is refused',
    spec: { containers: [sc('a')] },
    want: { reason: 'seccompProfile', detail: 'pod or container "a" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"' },
  },
  {
    name: 'an Unconfined container is refused even under a pod-level profile',
    spec: { securityContext: { seccompProfile: { type: 'RuntimeDefault' } }, containers: [sc('a', { seccompProfile: { type: 'Unconfined' } })] },
    want: { reason: 'seccompProfile', detail: 'container "a" must not set securityContext.seccompProfile.type to "Unconfined"' },
  },
]);

table(procMountRestricted, [
  {
    name: 'a user-namespace pod still may not unmask /proc',
    spec: { hostUsers: false, containers: [sc('a', { procMount: 'Unmasked' })] },
    want: { reason: 'procMount', detail: 'container "a" must not set securityContext.procMount to "Unmasked"' },
  },
]);
