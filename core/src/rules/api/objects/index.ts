import type { Rule } from '../../rule.js';
import { annotationsInvalid } from './annotations-invalid.js';
import { configMapInvalid } from './configmap-invalid.js';
import { cronJobSpecInvalid } from './cronjob-spec-invalid.js';
import { daemonSetSpecInvalid } from './daemonset-spec-invalid.js';
import { deploymentSpecInvalid } from './deployment-spec-invalid.js';
import { finalizersInvalid } from './finalizers-invalid.js';
import { hpaSpecInvalid } from './hpa-spec-invalid.js';
import { ingressClassSpecInvalid } from './ingressclass-spec-invalid.js';
import { ingressSpecInvalid } from './ingress-spec-invalid.js';
import { jobSpecInvalid } from './job-spec-invalid.js';
import { labelSelectorInvalid } from './label-selector-invalid.js';
import { labelsInvalid } from './labels-invalid.js';
import { limitRangeSpecInvalid } from './limitrange-spec-invalid.js';
import { networkPolicySpecInvalid } from './networkpolicy-spec-invalid.js';
import { objectNameInvalid } from './object-name-invalid.js';
import { pdbSpecInvalid } from './pdb-spec-invalid.js';
import { pvcSpecInvalid } from './pvc-spec-invalid.js';
import { replicaSetSpecInvalid } from './replicaset-spec-invalid.js';
import { resourceQuotaSpecInvalid } from './resourcequota-spec-invalid.js';
import { roleBindingInvalid } from './role-binding-invalid.js';
import { roleRulesInvalid } from './role-rules-invalid.js';
import { secretInvalid } from './secret-invalid.js';
import { serviceSpecInvalid } from './service-spec-invalid.js';
import { statefulSetSpecInvalid } from './statefulset-spec-invalid.js';
import { storageClassInvalid } from './storageclass-invalid.js';

/** API-server validation of objects (metadata, selectors, workload specs, Services, Ingress, PDB, HPA, CronJob, ConfigMap/Secret...). */
export const OBJECT_RULES: readonly Rule[] = [
  // ObjectMeta, on every object
  objectNameInvalid,
  labelsInvalid,
  annotationsInvalid,
  finalizersInvalid,
  labelSelectorInvalid,
  // workloads
  deploymentSpecInvalid,
  replicaSetSpecInvalid,
  statefulSetSpecInvalid,
  daemonSetSpecInvalid,
  jobSpecInvalid,
  cronJobSpecInvalid,
  // networking
  serviceSpecInvalid,
  ingressSpecInvalid,
  ingressClassSpecInvalid,
  networkPolicySpecInvalid,
  // configuration and storage
  configMapInvalid,
  secretInvalid,
  pvcSpecInvalid,
  storageClassInvalid,
  // policy
  pdbSpecInvalid,
  hpaSpecInvalid,
  resourceQuotaSpecInvalid,
  limitRangeSpecInvalid,
  roleRulesInvalid,
  roleBindingInvalid,
];
