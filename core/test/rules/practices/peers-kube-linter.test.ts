// kube-linter's e2e fixtures (../shared/corpus/kube-linter-tests, EXPECTED.md): for each check we have an
// equivalent of, our rule must report the objects kube-linter reports and stay quiet on the others. kube-linter
// also reports OpenShift DeploymentConfigs, a kind our workload rules do not know (deprecated since OpenShift
// 4.14): those reports are left out of `peerReports`, except for the metadata rules, which check every kind. Reference checks (dangling-*, env-value-from, non-existent-service-account,
// pdb-*) and API-validation checks belong to other rule sets.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRACTICE_RULES } from '../../../src/rules/practices/index.js';
import { duplicateEnvVar } from '../../../src/rules/practices/containers/duplicate-env-var.js';
import { antiAffinityMissing } from '../../../src/rules/practices/availability/anti-affinity-missing.js';
import { hpaMinReplicas } from '../../../src/rules/practices/availability/hpa-min-replicas.js';
import { jobTtlMissing } from '../../../src/rules/practices/availability/job-ttl-missing.js';
import { priorityClassName } from '../../../src/rules/practices/availability/priority-class-name.js';
import { replicasTooLow } from '../../../src/rules/practices/availability/replicas-too-low.js';
import { strategyNotRollingUpdate } from '../../../src/rules/practices/availability/strategy-not-rolling-update.js';
import { deprecatedServiceAccountField } from '../../../src/rules/practices/deprecated/deprecated-service-account-field.js';
import { latestTag } from '../../../src/rules/practices/images/latest-tag.js';
import { defaultNamespace } from '../../../src/rules/practices/metadata/default-namespace.js';
import { requiredAnnotations } from '../../../src/rules/practices/metadata/required-annotations.js';
import { requiredLabels } from '../../../src/rules/practices/metadata/required-labels.js';
import { exposedService } from '../../../src/rules/practices/networking/exposed-service.js';
import { noNetworkPolicy } from '../../../src/rules/practices/networking/no-network-policy.js';
import { livenessProbeMissing } from '../../../src/rules/practices/probes/liveness-probe-missing.js';
import { probePortNotDeclared } from '../../../src/rules/practices/probes/probe-port-not-declared.js';
import { readinessProbeMissing } from '../../../src/rules/practices/probes/readiness-probe-missing.js';
import { clusterAdminBinding } from '../../../src/rules/practices/rbac/cluster-admin-binding.js';
import { createPodsAccess } from '../../../src/rules/practices/rbac/create-pods-access.js';
import { roleWildcard } from '../../../src/rules/practices/rbac/role-wildcard.js';
import { secretsAccess } from '../../../src/rules/practices/rbac/secrets-access.js';
import { cpuRequestMissing } from '../../../src/rules/practices/resources/cpu-request-missing.js';
import { memoryLimitMissing } from '../../../src/rules/practices/resources/memory-limit-missing.js';
import { dangerousCapabilities } from '../../../src/rules/practices/security/dangerous-capabilities.js';
import { defaultServiceAccount } from '../../../src/rules/practices/security/default-service-account.js';
import { dockerSocket } from '../../../src/rules/practices/security/docker-socket.js';
import { hostIpc } from '../../../src/rules/practices/security/host-ipc.js';
import { hostNetwork } from '../../../src/rules/practices/security/host-network.js';
import { hostPid } from '../../../src/rules/practices/security/host-pid.js';
import { netRawNotDropped } from '../../../src/rules/practices/security/net-raw-not-dropped.js';
import { privilegeEscalationAllowed } from '../../../src/rules/practices/security/privilege-escalation-allowed.js';
import { privilegedContainer } from '../../../src/rules/practices/security/privileged-container.js';
import { procMountUnmasked } from '../../../src/rules/practices/security/proc-mount-unmasked.js';
import { runAsRoot } from '../../../src/rules/practices/security/run-as-root.js';
import { secretInEnv } from '../../../src/rules/practices/security/secret-in-env.js';
import { sensitiveHostPath } from '../../../src/rules/practices/security/sensitive-host-path.js';
import { unsafeSysctls } from '../../../src/rules/practices/security/unsafe-sysctls.js';
import { writableHostPath } from '../../../src/rules/practices/security/writable-host-path.js';
import { writableRootFilesystem } from '../../../src/rules/practices/security/writable-root-filesystem.js';
import { check } from '../helpers.js';
import { SHARED } from '../../support/shared.js';
import { enable, fixturesPresent, ourReports, type PeerCase } from './peer-cases.js';

const DIR = path.join(SHARED, 'corpus', 'kube-linter-tests');
const present = fixturesPresent(DIR, 'kube-linter');
const APP = ['Deployment/app'];
const APP1 = ['Deployment/app1'];
const probePorts = (kind: string): string[] => ['name', 'int', 'udp', ...(kind === 'liveness' ? [] : ['grpc'])].map((c) => `Deployment/<unnamed> fire-deployment-${c}`);

const CASES: PeerCase[] = [
  // kube-linter reports the RoleBinding that grants the role; we report the Role's rule that holds the grant.
  { file: 'checks/access-to-create-pods.yml', peer: 'access-to-create-pods', rules: [createPodsAccess], peerReports: ['Role/namespace-dev/role1'] },
  { file: 'checks/access-to-secrets.yml', peer: 'access-to-secrets', rules: [secretsAccess], peerReports: ['Role/namespace-dev/role1'] },
  { file: 'checks/cluster-admin-role-binding.yml', peer: 'cluster-admin-role-binding', rules: [clusterAdminBinding], peerReports: ['ClusterRoleBinding/namespace-dev/role-binding1'] },
  { file: 'checks/default-service-account.yml', peer: 'default-service-account', rules: [defaultServiceAccount], settings: enable('default-service-account'), peerReports: APP },
  { file: 'checks/deprecated-service-account-field.yml', peer: 'deprecated-service-account-field', rules: [deprecatedServiceAccountField], peerReports: APP },
  { file: 'checks/docker-sock.yml', peer: 'docker-sock', rules: [dockerSocket], peerReports: APP },
  // kube-linter only looks at containers that write a capabilities section; "dont-fire" writes an empty one and
  // keeps NET_RAW, which we report. Adding NET_RAW is dangerous-capabilities' finding.
  { file: 'checks/drop-net-raw-capability.yml', peer: 'drop-net-raw-capability', rules: [netRawNotDropped, dangerousCapabilities], peerReports: APP, ours: ['Deployment/app', 'Deployment/dont-fire'] },
  { file: 'checks/duplicate-env-var.yaml', peer: 'duplicate-env-var', rules: [duplicateEnvVar], perContainer: true, peerReports: ['Deployment/<unnamed> containers[1]', 'StatefulSet/<unnamed> containers[1]'] },
  { file: 'checks/env-var-secret.yml', peer: 'env-var-secret', rules: [secretInEnv], peerReports: APP },
  { file: 'checks/exposed-services.yml', peer: 'exposed-services', rules: [exposedService], peerReports: ['Service/app'] },
  { file: 'checks/host-ipc.yml', peer: 'host-ipc', rules: [hostIpc], peerReports: APP },
  { file: 'checks/host-network.yml', peer: 'host-network', rules: [hostNetwork], peerReports: APP },
  { file: 'checks/host-pid.yml', peer: 'host-pid', rules: [hostPid], peerReports: APP },
  { file: 'checks/hpa-minimum-three-replicas.yml', peer: 'hpa-minimum-three-replicas', rules: [hpaMinReplicas], settings: { rules: { 'hpa-min-replicas': { params: { minReplicas: 3 } } } }, peerReports: ['HorizontalPodAutoscaler/app'] },
  // kube-linter also flags a CronJob whose job template sets a TTL (it may fight the history limits); we only
  // ask standalone Jobs for one: a TTL in a CronJob's template is a legitimate choice.
  { file: 'checks/job-ttl-seconds-after-finished.yaml', peer: 'job-ttl-seconds-after-finished', rules: [jobTtlMissing], peerReports: ['CronJob/bad-cronjob', 'Job/bad-job'], ours: ['Job/bad-job'] },
  { file: 'checks/latest-tag.yml', peer: 'latest-tag', rules: [latestTag], peerReports: APP },
  // A numeric probe port works whether the container declares it or not: we check named ports (which fail when
  // undeclared) and TCP probes on UDP ports by default, numbers only with numericPorts: true (tested below).
  { file: 'checks/liveness-port.yml', peer: 'liveness-port', rules: [probePortNotDeclared], perContainer: true, peerReports: [...probePorts('liveness'), 'StatefulSet/<unnamed> fire-stateful-name'], ours: ['Deployment/<unnamed> fire-deployment-name', 'Deployment/<unnamed> fire-deployment-udp', 'StatefulSet/<unnamed> fire-stateful-name'] },
  { file: 'checks/readiness-port.yml', peer: 'readiness-port', rules: [probePortNotDeclared], perContainer: true, peerReports: probePorts('readiness'), ours: ['Deployment/<unnamed> fire-deployment-name', 'Deployment/<unnamed> fire-deployment-udp'] },
  { file: 'checks/startup-port.yml', peer: 'startup-port', rules: [probePortNotDeclared], perContainer: true, peerReports: probePorts('startup'), ours: ['Deployment/<unnamed> fire-deployment-name', 'Deployment/<unnamed> fire-deployment-udp'] },
  { file: 'checks/minimum-three-replicas.yml', peer: 'minimum-three-replicas', rules: [replicasTooLow], settings: { rules: { 'replicas-too-low': { params: { minReplicas: 3 } } } }, peerReports: APP },
  { file: 'checks/no-anti-affinity.yml', peer: 'no-anti-affinity', rules: [antiAffinityMissing], peerReports: ['Deployment/app1', 'Deployment/foo/fire-namespaced-with-namespaces-selector-not-matching'] },
  { file: 'checks/no-liveness-probe.yml', peer: 'no-liveness-probe', rules: [livenessProbeMissing], peerReports: APP1 },
  { file: 'checks/no-readiness-probe.yml', peer: 'no-readiness-probe', rules: [readinessProbeMissing], settings: { rules: { 'readiness-probe-missing': { params: { onlyServiceTargets: false } } } }, peerReports: APP1 },
  { file: 'checks/no-read-only-root-fs.yml', peer: 'no-read-only-root-fs', rules: [writableRootFilesystem], peerReports: APP1 },
  { file: 'checks/no-rolling-update-strategy.yml', peer: 'no-rolling-update-strategy', rules: [strategyNotRollingUpdate], settings: enable('strategy-not-rolling-update'), peerReports: APP1 },
  { file: 'checks/non-isolated-pod.yml', peer: 'non-isolated-pod', rules: [noNetworkPolicy], settings: enable('no-network-policy'), peerReports: APP1 },
  {
    file: 'checks/priority-class-name.yaml',
    peer: 'priority-class-name',
    rules: [priorityClassName],
    settings: enable('priority-class-name', { allowed: ['system-cluster-critical', 'system-node-critical'] }),
    peerReports: ['CronJob/fire-cronjob', 'DaemonSet/fire-daemonset', 'Deployment/fire-deployment', 'Job/fire-job', 'Pod/fire-pod', 'ReplicaSet/fire-replicaset', 'ReplicationController/fire-replicationcontroller'],
  },
  { file: 'checks/privilege-escalation-container.yml', peer: 'privilege-escalation-container', rules: [privilegeEscalationAllowed], peerReports: APP1 },
  { file: 'checks/privileged-container.yml', peer: 'privileged-container', rules: [privilegedContainer], peerReports: APP1 },
  { file: 'checks/required-annotation-email.yml', peer: 'required-annotation-email', rules: [requiredAnnotations], settings: enable('required-annotations', { annotations: ['email=[a-zA-Z0-9_.+-]+@[a-zA-Z0-9-]+\\.[a-zA-Z0-9-.]+'] }), peerReports: [...APP1, 'DeploymentConfig/app2'] },
  { file: 'checks/required-label-owner.yml', peer: 'required-label-owner', rules: [requiredLabels], settings: enable('required-labels', { labels: ['owner'] }), peerReports: [...APP1, 'DeploymentConfig/app2'] },
  { file: 'checks/run-as-non-root.yml', peer: 'run-as-non-root', rules: [runAsRoot], peerReports: ['Deployment/app1', 'Deployment/group-zero'] },
  { file: 'checks/sensitive-host-mounts.yml', peer: 'sensitive-host-mounts', rules: [sensitiveHostPath], peerReports: APP1 },
  { file: 'checks/unsafe-proc-mount.yml', peer: 'unsafe-proc-mount', rules: [procMountUnmasked], peerReports: APP1 },
  { file: 'checks/unsafe-sysctls.yml', peer: 'unsafe-sysctls', rules: [unsafeSysctls], peerReports: APP1 },
  { file: 'checks/unset-cpu-requirements.yml', peer: 'unset-cpu-requirements', rules: [cpuRequestMissing], peerReports: APP1 },
  { file: 'checks/unset-memory-requirements.yml', peer: 'unset-memory-requirements', rules: [memoryLimitMissing], peerReports: APP1 },
  { file: 'checks/use-namespace.yml', peer: 'use-namespace', rules: [defaultNamespace], peerReports: ['Deployment/default/app1'] },
  { file: 'checks/wildcard-in-rules.yml', peer: 'wildcard-in-rules', rules: [roleWildcard], peerReports: ['Role/namespace-dev/role1'] },
  { file: 'checks/writable-host-mount.yml', peer: 'writable-host-mount', rules: [writableHostPath], peerReports: APP1 },
];

describe.skipIf(!present)('kube-linter fixtures', () => {
  it.each(CASES.map((c) => ({ ...c, name: `${c.file} (${c.peer} → ${c.rules.map((r) => r.meta.id).join(', ')})` })))('$name', (c) => {
    expect(ourReports(DIR, c)).toEqual([...(c.ours ?? c.peerReports)].sort());
  });

  it(`agrees with kube-linter on ${CASES.filter((c) => c.ours === undefined).length} of ${CASES.length} fixtures`, () => {
    expect(CASES.filter((c) => c.ours === undefined)).toHaveLength(35);
  });

  it('reports numeric probe ports like kube-linter with numericPorts: true', () => {
    const settings = { rules: { 'probe-port-not-declared': { params: { numericPorts: true } } } };
    for (const [file, kind] of [['checks/readiness-port.yml', 'readiness'], ['checks/startup-port.yml', 'startup']] as const) {
      expect(ourReports(DIR, { file, peer: kind, rules: [probePortNotDeclared], settings, perContainer: true, peerReports: [] })).toEqual(probePorts(kind).sort());
    }
  });

  it('keeps the recommended preset quiet on the pod kube-linter\'s own tests call valid', async () => {
    const { readFileSync } = await import('node:fs');
    const yaml = readFileSync(path.join(DIR, 'lint-command-testdata/valid-pod.yaml'), 'utf8');
    expect(check(yaml, PRACTICE_RULES, { preset: 'recommended' })).toEqual([]);
  });
});
