// The PodSecurity admission plugin, from staging/src/k8s.io/pod-security-admission/admission/admission_test.go
// (TestValidatePodAndController, TestPolicyToEvaluate), policy/registry_test.go (check order, overrides) and
// api/helpers_test.go (label parsing). Messages are the ones kubectl prints after `Error from server (Forbidden):`.
import { describe, expect, it } from 'vitest';
import type { Obj } from '../../../src/model/fields.js';
import { admit } from '../../../src/simulate/admission/index.js';
import { checksFor } from '../../../src/simulate/admission/pod-security/registry.js';
import { policyFor } from '../../../src/simulate/admission/pod-security/policy-labels.js';
import { container, ns, pod, state } from './builders.js';

const labelled = (labels: Record<string, string>) => ns('shop', { labels });
const restricted = labelled({ 'pod-security.kubernetes.io/enforce': 'restricted' });
const deployment = (podSpec: Obj): Obj => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop' },
  spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [container()], ...podSpec } } },
});
const compliant = {
  securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
  containers: [container('app', { securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } })],
};

describe('PodSecurity enforce', () => {
  it('refuses a plain pod in a restricted namespace with every reason, in upstream order', () => {
    expect(admit(state(restricted), pod(), 'CREATE')).toEqual({
      allowed: false,
      status: 'Forbidden',
      message:
        'pods "web" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "app" must set securityContext.allowPrivilegeEscalation=false), ' +
        'unrestricted capabilities (container "app" must set securityContext.capabilities.drop=["ALL"]), runAsNonRoot != true (pod or container "app" must set securityContext.runAsNonRoot=true), ' +
        'seccompProfile (pod or container "app" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
    });
  });

  it('admits a pod that meets the restricted standard', () => {
    expect(admit(state(restricted), pod(compliant), 'CREATE').allowed).toBe(true);
  });

  it('lists baseline reasons before restricted ones', () => {
    const result = admit(state(restricted), pod({ ...compliant, hostNetwork: true, volumes: [{ name: 'logs', hostPath: { path: '/var/log' } }] }), 'CREATE');
    expect(result).toMatchObject({
      allowed: false,
      message: 'pods "web" is forbidden: violates PodSecurity "restricted:latest": host namespaces (hostNetwork=true), restricted volume types (volume "logs" uses restricted volume type "hostPath")',
    });
  });

  it('sees the hostPort that defaulting gives a hostNetwork pod', () => {
    const result = admit(state(labelled({ 'pod-security.kubernetes.io/enforce': 'baseline' })), pod({ hostNetwork: true, containers: [container('app', { ports: [{ containerPort: 8080 }] })] }), 'CREATE');
    expect(result).toMatchObject({ message: 'pods "web" is forbidden: violates PodSecurity "baseline:latest": host namespaces (hostNetwork=true), hostPort (container "app" uses hostPort 8080)' });
  });

  it('names a pinned version in the message and applies only the checks of that version', () => {
    const pinned = labelled({ 'pod-security.kubernetes.io/enforce': 'baseline', 'pod-security.kubernetes.io/enforce-version': 'v1.28' });
    const probe = pod({ containers: [container('app', { livenessProbe: { httpGet: { host: 'db', port: 80 } } })], securityContext: { sysctls: [{ name: 'net.ipv4.tcp_fin_timeout', value: '30' }] } });
    expect(admit(state(pinned), probe, 'CREATE')).toMatchObject({ message: 'pods "web" is forbidden: violates PodSecurity "baseline:v1.28": forbidden sysctls (net.ipv4.tcp_fin_timeout)' });
  });

  it('lets everything through in a namespace without labels (privileged by default)', () => {
    expect(admit(state(ns('shop')), pod({ hostPID: true, containers: [container('app', { securityContext: { privileged: true } })] }), 'CREATE').allowed).toBe(true);
  });

  it('does not re-evaluate pod updates', () => {
    expect(admit(state(restricted), pod(), 'UPDATE').allowed).toBe(true);
  });
});

describe('PodSecurity warn', () => {
  const warnRestricted = labelled({ 'pod-security.kubernetes.io/enforce': 'baseline', 'pod-security.kubernetes.io/warn': 'restricted' });

  it('admits a pod that passes enforce and warns about the warn level', () => {
    const result = admit(state(warnRestricted), pod({ ...compliant, securityContext: { seccompProfile: { type: 'RuntimeDefault' } } }), 'CREATE');
    expect(result).toMatchObject({ allowed: true, warnings: ['would violate PodSecurity "restricted:latest": runAsNonRoot != true (pod or container "app" must set securityContext.runAsNonRoot=true)'] });
  });

  it('admits a workload whose template violates enforce, warning only when a warn level is set', () => {
    const privileged = { containers: [container('app', { securityContext: { privileged: true } })] };
    expect(admit(state(labelled({ 'pod-security.kubernetes.io/enforce': 'baseline' })), deployment(privileged), 'CREATE')).toMatchObject({ allowed: true, warnings: [] });
    expect(admit(state(labelled({ 'pod-security.kubernetes.io/enforce': 'baseline', 'pod-security.kubernetes.io/warn': 'baseline' })), deployment(privileged), 'CREATE')).toMatchObject({
      allowed: true,
      warnings: ['would violate PodSecurity "baseline:latest": privileged (container "app" must not set securityContext.privileged=true)'],
    });
  });

  it('does not warn again on a workload update that leaves the template as it was', () => {
    const ws = labelled({ 'pod-security.kubernetes.io/warn': 'restricted' });
    expect(admit(state(ws, deployment({})), { ...deployment({}), spec: { ...(deployment({}).spec as Obj), replicas: 5 } }, 'UPDATE')).toMatchObject({ warnings: [] });
  });
});

describe('policy labels and check registry', () => {
  it.each<{ name: string; labels: Record<string, string>; want: Obj }>([
    { name: 'no label means privileged:latest', labels: {}, want: { level: 'privileged', minor: 35, display: 'privileged:latest' } },
    { name: 'an invalid enforce level falls back to restricted', labels: { 'pod-security.kubernetes.io/enforce': 'strict' }, want: { level: 'restricted', display: 'restricted:latest' } },
    { name: 'an invalid version falls back to latest', labels: { 'pod-security.kubernetes.io/enforce': 'baseline', 'pod-security.kubernetes.io/enforce-version': '1.30' }, want: { display: 'baseline:latest' } },
    { name: 'a future version is shown as written and evaluated as the newest', labels: { 'pod-security.kubernetes.io/enforce': 'baseline', 'pod-security.kubernetes.io/enforce-version': 'v1.40' }, want: { minor: 35, display: 'baseline:v1.40' } },
  ])('$name', ({ labels, want }) => {
    expect(policyFor(labels, 'enforce')).toMatchObject(want);
  });

  it('fails open on an invalid warn level', () => {
    expect(policyFor({ 'pod-security.kubernetes.io/warn': 'strict' }, 'warn')).toMatchObject({ level: 'privileged' });
  });

  it('runs restricted as baseline minus the overridden checks plus the restricted ones, sorted by ID', () => {
    expect(checksFor('restricted', 35).map((c) => c.id)).toEqual([
      'appArmorProfile', 'hostNamespaces', 'hostPorts', 'hostProbesAndHostLifecycle', 'privileged', 'seLinuxOptions', 'sysctls', 'windowsHostProcess',
      'allowPrivilegeEscalation', 'capabilities_restricted', 'procMount_restricted', 'restrictedVolumes', 'runAsNonRoot', 'runAsUser', 'seccompProfile_restricted',
    ]);
  });

  it('keeps a baseline check whose restricted replacement is newer than the pinned version', () => {
    const ids = checksFor('restricted', 21).map((c) => c.id);
    expect(ids).toContain('capabilities_baseline');
    expect(ids).not.toContain('capabilities_restricted');
  });
});
