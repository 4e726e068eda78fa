import { asArray, asObject, objectItems } from '../../../model/fields.js';
import { isQualifiedName, isValidLabelValue } from '../../../model/names.js';
import type { Rule } from '../../rule.js';
import { fieldErrors, type Path } from '../field-errors.js';
import { groupOf } from './api-groups.js';
import { utf8Length } from './utf8-length.js';

/** pkg/apis/storage/validation maxProvisionerParameterLen and maxProvisionerParameterSize. */
const MAX_PARAMETERS = 512;
const MAX_PARAMETERS_SIZE = 256 * 1024;

/**
 * StorageClass: pkg/apis/storage/validation/validation.go ValidateStorageClass — validateProvisioner (a qualified
 * name, case-insensitively), validateParameters (≤ 512 entries, non-empty keys, ≤ 256 KiB) and the allowed
 * topologies' label expressions (core ValidateTopologySelectorTerm). Enums are the schema validator's.
 */
export const storageClassInvalid: Rule = {
  meta: {
    id: 'storageclass-invalid',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A StorageClass whose provisioner is not a qualified name, or whose parameters or allowed topologies the API server rejects.',
    rationale:
      'pkg/apis/storage/validation/validation.go validateProvisioner (IsQualifiedName on the lower-cased provisioner) and ' +
      'validateParameters; pkg/apis/core/validation ValidateTopologySelectorTerm for allowedTopologies.',
    howToFix: 'Use the CSI driver name as provisioner, e.g. `ebs.csi.aws.com`.',
    examples: {
      invalid: 'kind: StorageClass\nprovisioner: "my provisioner"',
      valid: 'kind: StorageClass\nprovisioner: ebs.csi.aws.com',
    },
  },
  kinds: ['StorageClass'],
  check(ctx) {
    const { object } = ctx;
    if (groupOf(object) !== 'storage.k8s.io') return;
    const errs = fieldErrors(ctx);
    const provisioner = object.provisioner;
    if (provisioner === '') errs.required(['provisioner']);
    else if (typeof provisioner === 'string') for (const msg of isQualifiedName(provisioner.toLowerCase())) errs.invalid(['provisioner'], provisioner, msg);
    const params = asObject(object.parameters);
    if (params) {
      const entries = Object.entries(params);
      if (entries.length > MAX_PARAMETERS) errs.tooLong(['parameters'], MAX_PARAMETERS);
      else {
        let size = 0;
        for (const [k, v] of entries) {
          if (k === '') errs.invalid(['parameters'], k, 'field can not be empty.');
          size += utf8Length(k) + (typeof v === 'string' ? utf8Length(v) : 0);
        }
        if (size > MAX_PARAMETERS_SIZE) errs.tooLong(['parameters'], MAX_PARAMETERS_SIZE);
      }
    }
    for (const { item: term, index } of objectItems(object.allowedTopologies)) {
      for (const { item: expr, index: i } of objectItems(term.matchLabelExpressions)) {
        const path: Path = ['allowedTopologies', index, 'matchLabelExpressions', i];
        if (typeof expr.key === 'string') for (const msg of isQualifiedName(expr.key)) errs.invalid([...path, 'key'], expr.key, msg);
        const values = asArray(expr.values) ?? [];
        if (values.length === 0) errs.required([...path, 'values'], 'must specify as least one value');
        values.forEach((v, j) => {
          if (typeof v === 'string') for (const msg of isValidLabelValue(v)) errs.invalid([...path, 'values', j], v, msg);
        });
      }
    }
  },
};
