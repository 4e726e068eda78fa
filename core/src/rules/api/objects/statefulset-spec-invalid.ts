import { asObject, getIn, objectItems } from '../../../model/fields.js';
import { isDns1123Label } from '../../../model/names.js';
import type { Rule } from '../../rule.js';
import { bare, checkNonNegative, fieldErrors, json, type Path } from '../field-errors.js';
import { groupOf } from './api-groups.js';
import { checkIntOrPercent, intOrPercentValue } from './int-or-percent.js';
import { checkClaimSpec } from './pvc-spec-invalid.js';
import { checkAlwaysRestarts } from './template-checks.js';

const CLAIM_NOTE = ' (the StatefulSet is accepted, but the API server rejects the PersistentVolumeClaims it creates from this template)';

/**
 * StatefulSet spec, after apps/v1 SetDefaults_StatefulSet (RollingUpdate, partition 0): pkg/apis/apps/validation/
 * validation.go ValidateStatefulSetSpec (counts ≥ 0, rollingUpdate only with RollingUpdate, serviceName a DNS
 * label, restartPolicy Always) and validateRollingUpdateStatefulSet (partition ≥ 0, maxUnavailable ≥ 1 and ≤ 100%).
 * volumeClaimTemplates are not validated with the StatefulSet; a template the PVC validation
 * (ValidatePersistentVolumeClaimSpec) would reject leaves the pods Pending, so it is reported as a warning.
 */
export const statefulSetSpecInvalid: Rule = {
  meta: {
    id: 'statefulset-spec-invalid',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A StatefulSet spec the API server rejects (bad update strategy, serviceName, counts), or claim templates whose PVCs it will reject.',
    rationale:
      'pkg/apis/apps/validation/validation.go ValidateStatefulSetSpec and validateRollingUpdateStatefulSet; volume claim templates ' +
      'go through pkg/apis/core/validation ValidatePersistentVolumeClaimSpec only when the controller creates the claims.',
    howToFix: 'Drop rollingUpdate with OnDelete, keep maxUnavailable ≥ 1, and give each volumeClaimTemplate a name, accessModes and a storage request.',
    examples: {
      invalid: 'spec:\n  updateStrategy:\n    type: OnDelete\n    rollingUpdate:\n      partition: 1',
      valid: 'spec:\n  updateStrategy:\n    type: RollingUpdate\n    rollingUpdate:\n      partition: 1',
    },
  },
  kinds: ['StatefulSet'],
  check(ctx) {
    const { object } = ctx;
    const spec = asObject(object.spec);
    if (groupOf(object) !== 'apps' || !spec) return;
    const errs = fieldErrors(ctx);
    for (const field of ['replicas', 'minReadySeconds']) checkNonNegative(errs, spec[field], ['spec', field]);
    checkNonNegative(errs, getIn(spec, 'ordinals', 'start'), ['spec', 'ordinals', 'start']);
    if (typeof spec.serviceName === 'string' && spec.serviceName !== '') {
      for (const msg of isDns1123Label(spec.serviceName)) errs.invalid(['spec', 'serviceName'], spec.serviceName, msg);
    }
    const strategy = asObject(spec.updateStrategy);
    const rolling = strategy?.rollingUpdate;
    const rollingPath: Path = ['spec', 'updateStrategy', 'rollingUpdate'];
    const type = strategy?.type ?? 'RollingUpdate';
    if (type === 'OnDelete' && rolling != null) {
      errs.invalid(rollingPath, json(rolling), "only allowed for updateStrategy 'RollingUpdate'");
    } else if (type === 'RollingUpdate' && asObject(rolling)) {
      const ru = asObject(rolling) ?? {};
      checkNonNegative(errs, ru.partition, [...rollingPath, 'partition']);
      if (ru.maxUnavailable != null) {
        const path: Path = [...rollingPath, 'maxUnavailable'];
        checkIntOrPercent(errs, ru.maxUnavailable, path);
        if (intOrPercentValue(ru.maxUnavailable) === 0) errs.invalid(path, bare(ru.maxUnavailable), 'cannot be 0');
      }
    }
    checkAlwaysRestarts(errs, object, ['spec', 'template'], 'StatefulSet');
    for (const { item, index } of objectItems(spec.volumeClaimTemplates)) {
      const path: Path = ['spec', 'volumeClaimTemplates', index];
      const name = getIn(item, 'metadata', 'name');
      if (name === undefined || name === null || name === '') {
        errs.required([...path, 'metadata', 'name'], CLAIM_NOTE.slice(1), { severity: 'warning' });
      }
      checkClaimSpec(errs, asObject(item.spec) ?? {}, [...path, 'spec'], { severity: 'warning', note: CLAIM_NOTE });
    }
  },
};
