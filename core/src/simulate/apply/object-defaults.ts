/**
 * The API defaults of the kinds kubeplan models, beyond pod specs: pkg/apis/apps/v1/defaults.go
 * (SetDefaults_Deployment, _ReplicaSet, _StatefulSet, _DaemonSet), pkg/apis/batch/v1/defaults.go (SetDefaults_Job,
 * _CronJob), pkg/apis/core/v1/defaults.go (SetDefaults_Service, _PersistentVolumeClaimSpec, _Secret). Applied,
 * two versions of an object compare as the API server stores them; stripped, a diff shows what was written.
 */
import { appendPath } from '../../load/json-path.js';
import { asObject, asString, type Obj } from '../../model/fields.js';
import type { Defaulter } from './defaulter.js';
import { podSpecDefaults, podTemplateDefaults } from './pod-spec-defaults.js';

type KindDefaults = (d: Defaulter, spec: Obj) => void;

/** The rolling-update fields of `strategyKey` when its type is RollingUpdate (upstream defaults them only then). */
function rollingStrategy(d: Defaulter, spec: Obj, strategyKey: string, fields: Readonly<Obj>): void {
  const strategy = d.child(spec, strategyKey);
  if (strategy === undefined) return;
  const path = appendPath('spec', strategyKey);
  // Read before the type is stripped (or after it is set): the rolling fields exist only for RollingUpdate.
  const rolling = (asString(strategy.type) ?? (d.applying ? 'RollingUpdate' : '')) === 'RollingUpdate';
  if (rolling) {
    const ru = d.child(strategy, 'rollingUpdate');
    if (ru !== undefined) for (const [k, v] of Object.entries(fields)) d.field(ru, appendPath(path, 'rollingUpdate'), k, v);
  }
  d.field(strategy, path, 'type', 'RollingUpdate');
}

function template(d: Defaulter, spec: Obj): void {
  podTemplateDefaults(d, d.existing(spec, 'template'), 'spec.template');
}

const deployment: KindDefaults = (d, spec) => {
  d.field(spec, 'spec', 'replicas', 1);
  d.field(spec, 'spec', 'revisionHistoryLimit', 10);
  d.field(spec, 'spec', 'progressDeadlineSeconds', 600);
  rollingStrategy(d, spec, 'strategy', { maxSurge: '25%', maxUnavailable: '25%' });
  template(d, spec);
};

const replicaSet: KindDefaults = (d, spec) => {
  d.field(spec, 'spec', 'replicas', 1);
  template(d, spec);
};

const statefulSet: KindDefaults = (d, spec) => {
  d.field(spec, 'spec', 'replicas', 1);
  d.field(spec, 'spec', 'podManagementPolicy', 'OrderedReady');
  d.field(spec, 'spec', 'revisionHistoryLimit', 10);
  rollingStrategy(d, spec, 'updateStrategy', { partition: 0 });
  const retention = d.child(spec, 'persistentVolumeClaimRetentionPolicy');
  if (retention !== undefined) {
    d.field(retention, 'spec.persistentVolumeClaimRetentionPolicy', 'whenDeleted', 'Retain');
    d.field(retention, 'spec.persistentVolumeClaimRetentionPolicy', 'whenScaled', 'Retain');
  }
  d.each(spec, 'spec', 'volumeClaimTemplates', (claim, path) => {
    d.field(claim, path, 'apiVersion', 'v1');
    d.field(claim, path, 'kind', 'PersistentVolumeClaim');
    // A dump's templates carry `status: {phase: Pending}`, which nobody writes.
    delete claim.status;
    const claimSpec = d.existing(claim, 'spec');
    if (claimSpec !== undefined) d.field(claimSpec, appendPath(path, 'spec'), 'volumeMode', 'Filesystem');
  });
  template(d, spec);
};

const daemonSet: KindDefaults = (d, spec) => {
  d.field(spec, 'spec', 'revisionHistoryLimit', 10);
  rollingStrategy(d, spec, 'updateStrategy', { maxUnavailable: 1, maxSurge: 0 });
  template(d, spec);
};

function jobSpec(d: Defaulter, spec: Obj, path: string): void {
  // SetDefaults_Job: completions 1 only when neither completions nor parallelism is set.
  if (d.applying && spec.completions === undefined && spec.parallelism === undefined) spec.completions = 1;
  d.field(spec, path, 'parallelism', 1);
  d.field(spec, path, 'backoffLimit', 6);
  d.field(spec, path, 'completionMode', 'NonIndexed');
  d.field(spec, path, 'suspend', false);
  if (spec.podFailurePolicy === undefined) d.field(spec, path, 'podReplacementPolicy', 'TerminatingOrFailed');
  podTemplateDefaults(d, d.existing(spec, 'template'), appendPath(path, 'template'));
}

const job: KindDefaults = (d, spec) => jobSpec(d, spec, 'spec');

const cronJob: KindDefaults = (d, spec) => {
  d.field(spec, 'spec', 'concurrencyPolicy', 'Allow');
  d.field(spec, 'spec', 'suspend', false);
  d.field(spec, 'spec', 'successfulJobsHistoryLimit', 3);
  d.field(spec, 'spec', 'failedJobsHistoryLimit', 1);
  // The job template's pod spec is defaulted; the Job fields are not (SetDefaults_Job runs on Jobs only).
  const jobTemplateSpec = d.existing(d.existing(spec, 'jobTemplate') ?? {}, 'spec');
  if (jobTemplateSpec !== undefined) podTemplateDefaults(d, d.existing(jobTemplateSpec, 'template'), 'spec.jobTemplate.spec.template');
};

const service: KindDefaults = (d, spec) => {
  const type = asString(spec.type) ?? 'ClusterIP';
  d.each(spec, 'spec', 'ports', (port, path) => {
    d.field(port, path, 'protocol', 'TCP');
    if (port.port !== undefined) d.field(port, path, 'targetPort', port.port);
  });
  d.field(spec, 'spec', 'sessionAffinity', 'None');
  if (type !== 'ExternalName') {
    d.field(spec, 'spec', 'internalTrafficPolicy', 'Cluster');
    d.field(spec, 'spec', 'ipFamilyPolicy', 'SingleStack');
    d.field(spec, 'spec', 'ipFamilies', ['IPv4']);
  }
  if (type === 'NodePort' || type === 'LoadBalancer') d.field(spec, 'spec', 'externalTrafficPolicy', 'Cluster');
  if (type === 'LoadBalancer') d.field(spec, 'spec', 'allocateLoadBalancerNodePorts', true);
  d.field(spec, 'spec', 'type', 'ClusterIP');
};

const claim: KindDefaults = (d, spec) => d.field(spec, 'spec', 'volumeMode', 'Filesystem');

const pod: KindDefaults = (d, spec) => podSpecDefaults(d, spec, 'spec');

const BY_KIND: Readonly<Record<string, KindDefaults>> = {
  Deployment: deployment,
  ReplicaSet: replicaSet,
  ReplicationController: replicaSet,
  StatefulSet: statefulSet,
  DaemonSet: daemonSet,
  Job: job,
  CronJob: cronJob,
  Service: service,
  PersistentVolumeClaim: claim,
  Pod: pod,
};

/** Applies (or strips) the defaults of `object`'s kind in place. */
export function objectDefaults(d: Defaulter, object: Obj): void {
  const kind = asString(object.kind) ?? '';
  if (kind === 'Secret') d.field(object, '', 'type', 'Opaque');
  if (kind === 'PodTemplate') {
    podTemplateDefaults(d, asObject(object.template), 'template');
    return;
  }
  const defaults = BY_KIND[kind];
  const spec = d.existing(object, 'spec');
  if (defaults !== undefined && spec !== undefined) defaults(d, spec);
}
