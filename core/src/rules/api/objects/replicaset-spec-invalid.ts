import { asObject } from '../../../model/fields.js';
import type { Rule } from '../../rule.js';
import { checkNonNegative, fieldErrors } from '../field-errors.js';
import { groupOf } from './api-groups.js';
import { checkAlwaysRestarts } from './template-checks.js';

/**
 * ReplicaSet and ReplicationController specs: pkg/apis/apps/validation/validation.go ValidateReplicaSetSpec and
 * pkg/apis/core/validation/validation.go ValidateReplicationControllerSpec (replicas and minReadySeconds ≥ 0),
 * with their pod template checks (restartPolicy Always, no activeDeadlineSeconds).
 */
export const replicaSetSpecInvalid: Rule = {
  meta: {
    id: 'replicaset-spec-invalid',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A ReplicaSet or ReplicationController with negative counts, a restartPolicy other than Always, or activeDeadlineSeconds.',
    rationale:
      'pkg/apis/apps/validation/validation.go ValidateReplicaSetSpec / ValidatePodTemplateSpecForReplicaSet and pkg/apis/core/validation ' +
      'ValidateReplicationControllerSpec / ValidatePodTemplateSpecForRC.',
    howToFix: 'Use counts ≥ 0 and leave restartPolicy unset (Always); use a Job for run-to-completion pods.',
    examples: {
      invalid: 'kind: ReplicaSet\nspec:\n  replicas: -1',
      valid: 'kind: ReplicaSet\nspec:\n  replicas: 2',
    },
    peers: ['kube-linter:restart-policy'],
  },
  kinds: ['ReplicaSet', 'ReplicationController'],
  check(ctx) {
    const { object } = ctx;
    const spec = asObject(object.spec);
    const rc = object.kind === 'ReplicationController';
    if (groupOf(object) !== (rc ? '' : 'apps') || !spec) return;
    const errs = fieldErrors(ctx);
    for (const field of ['replicas', 'minReadySeconds']) checkNonNegative(errs, spec[field], ['spec', field]);
    checkAlwaysRestarts(errs, object, ['spec', 'template'], rc ? 'ReplicationController' : 'ReplicaSet');
  },
};
