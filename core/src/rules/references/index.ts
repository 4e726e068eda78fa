import type { Rule } from '../rule.js';
import { configMapRefNotFound } from './configmap-ref-not-found.js';
import { hpaTargetNotFound } from './hpa-target-not-found.js';
import { ingressBackendNotFound } from './ingress-backend-not-found.js';
import { namespaceNotFound } from './namespace-not-found.js';
import { networkPolicyPeerSelectsNoPods } from './networkpolicy-peer-selects-no-pods.js';
import { networkPolicySelectsNoPods } from './networkpolicy-selects-no-pods.js';
import { pdbBlocksEviction } from './pdb-blocks-eviction.js';
import { pdbSelectsNoPods } from './pdb-selects-no-pods.js';
import { pvcNotFound } from './pvc-not-found.js';
import { roleRefNotFound } from './role-ref-not-found.js';
import { secretRefNotFound } from './secret-ref-not-found.js';
import { serviceAccountNotFound } from './service-account-not-found.js';
import { serviceSelectsNoPods } from './service-selects-no-pods.js';
import { serviceTargetPortNotFound } from './service-target-port-not-found.js';
import { statefulSetHeadlessServiceNotFound } from './statefulset-headless-service-not-found.js';
import { workloadSelectorsOverlap } from './workload-selectors-overlap.js';

/**
 * Cross-object reference rules (warnings by default; errors with `assume-complete: true`). The linted set is
 * often partial, so a target whose kind the set does not show where it should be is reported as info.
 */
export const REFERENCE_RULES: readonly Rule[] = [
  serviceSelectsNoPods,
  serviceTargetPortNotFound,
  ingressBackendNotFound,
  hpaTargetNotFound,
  pdbSelectsNoPods,
  pdbBlocksEviction,
  networkPolicySelectsNoPods,
  networkPolicyPeerSelectsNoPods,
  configMapRefNotFound,
  secretRefNotFound,
  pvcNotFound,
  serviceAccountNotFound,
  roleRefNotFound,
  statefulSetHeadlessServiceNotFound,
  workloadSelectorsOverlap,
  namespaceNotFound,
];
