import { describe, expect, it } from 'vitest';
import { daemonSetSpecInvalid } from '../../../../src/rules/api/objects/daemonset-spec-invalid.js';
import { deploymentSpecInvalid } from '../../../../src/rules/api/objects/deployment-spec-invalid.js';
import { replicaSetSpecInvalid } from '../../../../src/rules/api/objects/replicaset-spec-invalid.js';
import { statefulSetSpecInvalid } from '../../../../src/rules/api/objects/statefulset-spec-invalid.js';
import { lint, manifest, severities } from './object-builders.js';

/** An apps/v1 workload: `spec` lines (indented two spaces) before a minimal pod template; `pod` adds pod spec lines. */
const workload = (kind: string, spec: string, pod = ''): string =>
  manifest(
    'apps/v1',
    kind,
    `spec:\n${spec ? `${spec}\n` : ''}  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n${pod}      containers: [{name: web, image: nginx}]`,
  );

// Upstream: pkg/apis/apps/validation/validation.go ValidateDeploymentSpec, ValidateDeploymentStrategy and
// ValidateRollingUpdateDeployment; validation_test.go TestValidateDeployment cases "both maxSurge and maxUnavailable
// 0", "maxUnavailable more than 100%", "Recreate with rollingUpdate", "progressDeadlineSeconds less than
// minReadySeconds"; apps/v1 SetDefaults_Deployment (25%/25%, progressDeadlineSeconds 600).
describe('deployment-spec-invalid', () => {
  it.each([
    { name: 'a defaulted Deployment passes', yaml: workload('Deployment', '  replicas: 3'), want: [] },
    { name: 'maxUnavailable 0 alone passes (maxSurge defaults to 25%)', yaml: workload('Deployment', '  strategy:\n    rollingUpdate: {maxUnavailable: 0}'), want: [] },
    {
      name: 'maxSurge and maxUnavailable both 0 fail',
      yaml: workload('Deployment', '  strategy:\n    rollingUpdate: {maxSurge: 0, maxUnavailable: "0%"}'),
      want: ['deployment-spec-invalid 7:50 spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0%: may not be 0 when `maxSurge` is 0'],
    },
    {
      name: 'maxUnavailable over 100% fails',
      yaml: workload('Deployment', '  strategy:\n    rollingUpdate: {maxUnavailable: 110%}'),
      want: ['deployment-spec-invalid 7:37 spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 110%: must not be greater than 100%'],
    },
    { name: 'maxSurge over 100% passes', yaml: workload('Deployment', '  strategy:\n    rollingUpdate: {maxSurge: 200%}'), want: [] },
    {
      name: 'a string that is not a percentage fails',
      yaml: workload('Deployment', '  strategy:\n    rollingUpdate: {maxSurge: "1"}'),
      want: [
        "deployment-spec-invalid 7:31 spec.strategy.rollingUpdate.maxSurge: Invalid value: 1: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
      ],
    },
    {
      name: 'Recreate with rollingUpdate is forbidden',
      yaml: workload('Deployment', '  strategy:\n    type: Recreate\n    rollingUpdate: {maxSurge: 1}'),
      want: ["deployment-spec-invalid 8:20 spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'"],
    },
    {
      name: 'negative replicas fail',
      yaml: workload('Deployment', '  replicas: -1'),
      want: ['deployment-spec-invalid 6:13 spec.replicas: Invalid value: -1: must be greater than or equal to 0'],
    },
    {
      name: 'progressDeadlineSeconds not above minReadySeconds fails',
      yaml: workload('Deployment', '  minReadySeconds: 30\n  progressDeadlineSeconds: 30'),
      want: ['deployment-spec-invalid 7:28 spec.progressDeadlineSeconds: Invalid value: 30: must be greater than minReadySeconds'],
    },
    {
      name: 'minReadySeconds at the default progress deadline fails',
      yaml: workload('Deployment', '  minReadySeconds: 600'),
      want: ['deployment-spec-invalid 6:20 spec.progressDeadlineSeconds: Invalid value: 600: must be greater than minReadySeconds (progressDeadlineSeconds defaults to 600)'],
    },
    {
      name: 'a template restartPolicy other than Always is unsupported',
      yaml: workload('Deployment', '', '      restartPolicy: OnFailure\n'),
      want: ['deployment-spec-invalid 10:22 spec.template.spec.restartPolicy: Unsupported value: "OnFailure": supported values: "Always"'],
    },
    {
      name: 'activeDeadlineSeconds in the template is forbidden',
      yaml: workload('Deployment', '', '      activeDeadlineSeconds: 60\n'),
      want: ['deployment-spec-invalid 10:30 spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported'],
    },
  ])('$name', ({ yaml, want }) => {
    expect(lint(deploymentSpecInvalid, yaml)).toEqual(want);
  });
});

// Upstream: pkg/apis/apps/validation/validation.go ValidateRollingUpdateDaemonSet ("may not be set when maxUnavailable is
// non-zero", "cannot be 0 when maxSurge is 0") after apps/v1 SetDefaults_DaemonSet (maxUnavailable 1, maxSurge 0);
// validation_test.go TestValidateDaemonSetUpdateStrategy.
describe('daemonset-spec-invalid', () => {
  it.each([
    { name: 'a defaulted DaemonSet passes', yaml: workload('DaemonSet', ''), want: [] },
    { name: 'maxSurge with maxUnavailable 0 passes', yaml: workload('DaemonSet', '  updateStrategy:\n    rollingUpdate: {maxSurge: 1, maxUnavailable: 0}'), want: [] },
    {
      name: 'maxSurge alone fails because maxUnavailable defaults to 1',
      yaml: workload('DaemonSet', '  updateStrategy:\n    rollingUpdate: {maxSurge: 25%}'),
      want: ['daemonset-spec-invalid 7:31 spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: 25%: may not be set when maxUnavailable is non-zero (maxUnavailable defaults to 1)'],
    },
    {
      name: 'maxUnavailable 0 without maxSurge fails',
      yaml: workload('DaemonSet', '  updateStrategy:\n    rollingUpdate: {maxUnavailable: 0}'),
      want: ['daemonset-spec-invalid 7:37 spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0'],
    },
    { name: 'OnDelete with rollingUpdate passes (upstream does not check it)', yaml: workload('DaemonSet', '  updateStrategy:\n    type: OnDelete\n    rollingUpdate: {maxSurge: 1}'), want: [] },
    {
      name: 'a template restartPolicy Never is unsupported',
      yaml: workload('DaemonSet', '', '      restartPolicy: Never\n'),
      want: ['daemonset-spec-invalid 10:22 spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"'],
    },
  ])('$name', ({ yaml, want }) => {
    expect(lint(daemonSetSpecInvalid, yaml)).toEqual(want);
  });
});

const claim = (spec: string): string => `  volumeClaimTemplates:\n    - metadata: {name: data}\n      spec:\n${spec}`;

// Upstream: pkg/apis/apps/validation/validation.go ValidateStatefulSetSpec ("only allowed for updateStrategy
// 'RollingUpdate'", serviceName ValidateDNS1123Label) and validateRollingUpdateStatefulSet (maxUnavailable "cannot be 0");
// claim templates: pkg/apis/core/validation ValidatePersistentVolumeClaimSpec, run only when the controller creates PVCs.
describe('statefulset-spec-invalid', () => {
  it.each([
    { name: 'a StatefulSet with a complete claim template passes', yaml: workload('StatefulSet', `  serviceName: db\n${claim('        accessModes: [ReadWriteOnce]\n        resources: {requests: {storage: 1Gi}}')}`), want: [] },
    {
      name: 'OnDelete with rollingUpdate fails',
      yaml: workload('StatefulSet', '  updateStrategy:\n    type: OnDelete\n    rollingUpdate: {partition: 1}'),
      want: ['statefulset-spec-invalid 8:20 spec.updateStrategy.rollingUpdate: Invalid value: {"partition":1}: only allowed for updateStrategy \'RollingUpdate\''],
    },
    {
      name: 'maxUnavailable 0 fails',
      yaml: workload('StatefulSet', '  updateStrategy:\n    rollingUpdate: {maxUnavailable: 0}'),
      want: ['statefulset-spec-invalid 7:37 spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: 0: cannot be 0'],
    },
    {
      name: 'a negative partition fails',
      yaml: workload('StatefulSet', '  updateStrategy:\n    rollingUpdate: {partition: -1}'),
      want: ['statefulset-spec-invalid 7:32 spec.updateStrategy.rollingUpdate.partition: Invalid value: -1: must be greater than or equal to 0'],
    },
    {
      name: 'a serviceName that is not a DNS label fails',
      yaml: workload('StatefulSet', '  serviceName: db.internal'),
      want: [
        // IsDNS1123Label: a valid subdomain that is not a label gets "must not contain dots".
        'statefulset-spec-invalid 6:16 spec.serviceName: Invalid value: "db.internal": must not contain dots',
      ],
    },
    {
      name: 'a claim template without access modes or storage is a warning',
      yaml: workload('StatefulSet', claim('        storageClassName: fast')),
      want: [
        'statefulset-spec-invalid 8:7 spec.volumeClaimTemplates[0].spec.accessModes: Required value: at least 1 access mode is required (the StatefulSet is accepted, but the API server rejects the PersistentVolumeClaims it creates from this template)',
        'statefulset-spec-invalid 8:7 spec.volumeClaimTemplates[0].spec.resources[storage]: Required value: (the StatefulSet is accepted, but the API server rejects the PersistentVolumeClaims it creates from this template)',
      ],
    },
  ])('$name', ({ yaml, want }) => {
    expect(lint(statefulSetSpecInvalid, yaml)).toEqual(want);
  });

  it('reports claim templates as warnings, not errors', () => {
    expect(severities(statefulSetSpecInvalid, workload('StatefulSet', claim('        accessModes: [ReadWriteOnce]')))).toEqual(['warning']);
  });
});

// Upstream: pkg/apis/apps/validation/validation.go ValidateReplicaSetSpec and pkg/apis/core/validation
// ValidateReplicationControllerSpec (ValidateNonnegativeField), ValidatePodTemplateSpecForRC ("activeDeadlineSeconds in
// ReplicationController is not Supported").
describe('replicaset-spec-invalid', () => {
  it('reports negative counts on a ReplicaSet', () => {
    expect(lint(replicaSetSpecInvalid, workload('ReplicaSet', '  replicas: -2\n  minReadySeconds: -1'))).toEqual([
      'replicaset-spec-invalid 6:13 spec.replicas: Invalid value: -2: must be greater than or equal to 0',
      'replicaset-spec-invalid 7:20 spec.minReadySeconds: Invalid value: -1: must be greater than or equal to 0',
    ]);
  });

  it('names the ReplicationController in the activeDeadlineSeconds message', () => {
    const rc = manifest('v1', 'ReplicationController', 'spec:\n  template:\n    spec:\n      activeDeadlineSeconds: 5\n      containers: [{name: web, image: nginx}]');
    expect(lint(replicaSetSpecInvalid, rc)).toEqual([
      'replicaset-spec-invalid 8:30 spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicationController is not Supported',
    ]);
  });
});
