// The baseline Pod Security checks, one table per check, from the upstream check tests in
// staging/src/k8s.io/pod-security-admission/policy/check_<id>_test.go (expected reasons and details) and the
// fixtures in staging/src/k8s.io/pod-security-admission/test/fixtures_*.go.
import { describe, expect, it } from 'vitest';
import type { Obj } from '../../../src/model/fields.js';
import type { PodSecurityCheck, Violation } from '../../../src/simulate/admission/pod-security/check.js';
import { appArmorProfile } from '../../../src/simulate/admission/pod-security/checks/app-armor-profile.js';
import { capabilitiesBaseline } from '../../../src/simulate/admission/pod-security/checks/capabilities-baseline.js';
import { hostNamespaces } from '../../../src/simulate/admission/pod-security/checks/host-namespaces.js';
import { hostPathVolumes } from '../../../src/simulate/admission/pod-security/checks/host-path-volumes.js';
import { hostPorts } from '../../../src/simulate/admission/pod-security/checks/host-ports.js';
import { hostProbesAndLifecycle } from '../../../src/simulate/admission/pod-security/checks/host-probes-and-lifecycle.js';
import { privileged } from '../../../src/simulate/admission/pod-security/checks/privileged.js';
import { procMount } from '../../../src/simulate/admission/pod-security/checks/proc-mount.js';
import { seccompProfileBaseline } from '../../../src/simulate/admission/pod-security/checks/seccomp-profile-baseline.js';
import { seLinuxOptions } from '../../../src/simulate/admission/pod-security/checks/se-linux-options.js';
import { sysctls } from '../../../src/simulate/admission/pod-security/checks/sysctls.js';
import { windowsHostProcess } from '../../../src/simulate/admission/pod-security/checks/windows-host-process.js';

interface Case {
  name: string;
  spec: Obj;
  metadata?: Obj;
  version?: number;
  want: Violation | undefined;
}

/** A container named `name` with a securityContext. */
const sc = (name: string, securityContext: Obj, extra: Obj = {}): Obj => ({ name, image: 'i', securityContext, ...extra });

function table(check: PodSecurityCheck, cases: Case[]): void {
  describe(check.id, () => {
    it.each(cases)('$name', ({ spec, metadata, version, want }) => {
      expect(check.check({ metadata: metadata ?? {}, spec }, version ?? 35)).toEqual(want);
    });
  });
}

table(hostNamespaces, [
  { name: 'a pod on its own namespaces passes', spec: { containers: [] }, want: undefined },
  { name: 'every shared namespace is listed', spec: { hostNetwork: true, hostPID: true, hostIPC: true }, want: { reason: 'host namespaces', detail: 'hostNetwork=true, hostPID=true, hostIPC=true' } },
]);

table(privileged, [
  { name: 'privileged: false passes', spec: { containers: [sc('a', { privileged: false })] }, want: undefined },
  {
    name: 'privileged containers are listed, init containers first',
    spec: { initContainers: [sc('init', { privileged: true })], containers: [sc('a', { privileged: true })] },
    want: { reason: 'privileged', detail: 'containers "init", "a" must not set securityContext.privileged=true' },
  },
]);

table(capabilitiesBaseline, [
  { name: 'default capabilities may be added', spec: { containers: [sc('a', { capabilities: { add: ['NET_BIND_SERVICE', 'CHOWN'] } })] }, want: undefined },
  {
    name: 'other capabilities are listed sorted',
    spec: { containers: [sc('a', { capabilities: { add: ['SYS_ADMIN', 'NET_RAW'] } })] },
    want: { reason: 'non-default capabilities', detail: 'container "a" must not include "NET_RAW", "SYS_ADMIN" in securityContext.capabilities.add' },
  },
]);

table(hostPathVolumes, [
  { name: 'other volumes pass', spec: { volumes: [{ name: 'v', emptyDir: {} }] }, want: undefined },
  { name: 'hostPath volumes are listed', spec: { volumes: [{ name: 'root', hostPath: { path: '/' } }] }, want: { reason: 'hostPath volumes', detail: 'volume "root"' } },
]);

table(hostPorts, [
  { name: 'ports without a hostPort pass', spec: { containers: [{ name: 'a', ports: [{ containerPort: 80 }] }] }, want: undefined },
  {
    name: 'host ports are listed, sorted as text',
    spec: { containers: [{ name: 'a', ports: [{ containerPort: 80, hostPort: 80 }] }, { name: 'b', ports: [{ containerPort: 1, hostPort: 10000 }] }] },
    want: { reason: 'hostPort', detail: 'containers "a", "b" use hostPorts 10000, 80' },
  },
]);

table(appArmorProfile, [
  { name: 'RuntimeDefault and Localhost pass', spec: { securityContext: { appArmorProfile: { type: 'RuntimeDefault' } }, containers: [sc('a', { appArmorProfile: { type: 'Localhost' } })] }, want: undefined },
  {
    name: 'an Unconfined field is refused',
    spec: { containers: [sc('a', { appArmorProfile: { type: 'Unconfined' } })] },
    want: { reason: 'forbidden AppArmor profile', detail: 'container "a" must not set AppArmor profile type to "Unconfined"' },
  },
  {
    name: 'the beta annotation is still read',
    spec: { containers: [] },
    metadata: { annotations: { 'container.apparmor.security.beta.kubernetes.io/a': 'unconfined' } },
    want: { reason: 'forbidden AppArmor profile', detail: 'annotation must not set AppArmor profile type to "container.apparmor.security.beta.kubernetes.io/a="unconfined""' },
  },
]);

table(seLinuxOptions, [
  { name: 'container types pass', spec: { securityContext: { seLinuxOptions: { type: 'container_t', level: 's0:c1' } } }, want: undefined },
  {
    name: 'container_engine_t is allowed from policy 1.31 only',
    spec: { containers: [sc('a', { seLinuxOptions: { type: 'container_engine_t' } })] },
    version: 30,
    want: { reason: 'seLinuxOptions', detail: 'container "a" set forbidden securityContext.seLinuxOptions: type "container_engine_t"' },
  },
  { name: 'container_engine_t passes at latest', spec: { containers: [sc('a', { seLinuxOptions: { type: 'container_engine_t' } })] }, want: undefined },
  {
    name: 'a forbidden type with a user and role names all three',
    spec: { securityContext: { seLinuxOptions: { type: 'spc_t', user: 'root', role: 'sysadm_r' } } },
    want: { reason: 'seLinuxOptions', detail: 'pod set forbidden securityContext.seLinuxOptions: type "spc_t"; user may not be set; role may not be set' },
  },
]);

table(procMount, [
  { name: 'the Default proc mount passes', spec: { containers: [sc('a', { procMount: 'Default' })] }, want: undefined },
  {
    name: 'an Unmasked proc mount is refused',
    spec: { containers: [sc('a', { procMount: 'Unmasked' })] },
    want: { reason: 'procMount', detail: 'container "a" must not set securityContext.procMount to "Unmasked"' },
  },
  { name: 'a user-namespace pod may unmask /proc from policy 1.35', spec: { hostUsers: false, containers: [sc('a', { procMount: 'Unmasked' })] }, want: undefined },
]);

table(seccompProfileBaseline, [
  { name: 'no profile passes at baseline', spec: { containers: [sc('a', {})] }, want: undefined },
  {
    name: 'Unconfined is refused wherever it is set',
    spec: { securityContext: { seccompProfile: { type: 'Unconfined' } }, containers: [sc('a', { seccompProfile: { type: 'Unconfined' } })] },
    want: { reason: 'seccompProfile', detail: 'pod and container "a" must not set securityContext.seccompProfile.type to "Unconfined"' },
  },
]);

table(sysctls, [
  { name: 'safe sysctls pass', spec: { securityContext: { sysctls: [{ name: 'net.ipv4.ip_local_port_range', value: '1 2' }] } }, want: undefined },
  { name: 'unsafe sysctls are listed in order', spec: { securityContext: { sysctls: [{ name: 'kernel.msgmax' }, { name: 'net.core.somaxconn' }] } }, want: { reason: 'forbidden sysctls', detail: 'kernel.msgmax, net.core.somaxconn' } },
  { name: 'tcp_keepalive_time is safe from policy 1.29', spec: { securityContext: { sysctls: [{ name: 'net.ipv4.tcp_keepalive_time' }] } }, version: 29, want: undefined },
  { name: 'tcp_keepalive_time is unsafe before policy 1.29', spec: { securityContext: { sysctls: [{ name: 'net.ipv4.tcp_keepalive_time' }] } }, version: 28, want: { reason: 'forbidden sysctls', detail: 'net.ipv4.tcp_keepalive_time' } },
]);

table(windowsHostProcess, [
  {
    name: 'HostProcess pods and containers are refused',
    spec: { securityContext: { windowsOptions: { hostProcess: true } }, containers: [sc('a', { windowsOptions: { hostProcess: true } })] },
    want: { reason: 'hostProcess', detail: 'pod and container "a" must not set securityContext.windowsOptions.hostProcess=true' },
  },
]);

table(hostProbesAndLifecycle, [
  { name: 'probes without a host pass', spec: { containers: [{ name: 'a', livenessProbe: { httpGet: { port: 80 } } }] }, want: undefined },
  {
    name: 'hosts in probes and lifecycle handlers are listed sorted',
    spec: { containers: [{ name: 'b', readinessProbe: { tcpSocket: { host: 'db', port: 5432 } } }, { name: 'a', lifecycle: { preStop: { httpGet: { host: '10.0.0.1', port: 80 } } } }] },
    want: { reason: 'probe or lifecycle host', detail: 'containers "a", "b" use probe or lifecycle hosts "10.0.0.1", "db"' },
  },
]);
