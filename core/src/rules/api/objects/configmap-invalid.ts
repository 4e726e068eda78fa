import { asObject } from '../../../model/fields.js';
import type { Rule } from '../../rule.js';
import { surelyWithin } from '../fast-checks.js';
import { fieldErrors, mapKey } from '../field-errors.js';
import { groupOf } from './api-groups.js';
import { base64Size, checkDataKey, MAX_DATA_SIZE } from './config-data.js';
import { utf8Length } from './utf8-length.js';

/** Bytes of the values: UTF-8 text of `data`, decoded bytes of `binaryData`. */
function dataSize(data: Record<string, unknown>, binary: Record<string, unknown>): number {
  let size = 0;
  for (const v of Object.values(data)) if (typeof v === 'string') size += utf8Length(v);
  for (const v of Object.values(binary)) if (typeof v === 'string') size += base64Size(v);
  return size;
}

/**
 * ConfigMap data: pkg/apis/core/validation/validation.go ValidateConfigMap — keys of `data` and `binaryData`
 * are config keys (IsConfigMapKey), no key in both, and at most 1 MiB of values in total.
 */
export const configMapInvalid: Rule = {
  meta: {
    id: 'configmap-invalid',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A ConfigMap with an invalid key, a key in both data and binaryData, or more than 1 MiB of data.',
    rationale:
      'pkg/apis/core/validation/validation.go ValidateConfigMap: keys must match [-._a-zA-Z0-9]+ (not "." or "..", ≤ 253 characters), ' +
      'may not repeat across data and binaryData, and the values may total at most 1048576 bytes.',
    howToFix: 'Rename keys to letters, digits, "-", "_" and "."; split large data into several ConfigMaps or mount it from elsewhere.',
    examples: {
      invalid: 'kind: ConfigMap\ndata:\n  "app config": "x"',
      valid: 'kind: ConfigMap\ndata:\n  app.config: "x"',
    },
  },
  kinds: ['ConfigMap'],
  check(ctx) {
    const { object } = ctx;
    if (groupOf(object) !== '') return;
    const errs = fieldErrors(ctx);
    const data = asObject(object.data) ?? {};
    const binary = asObject(object.binaryData) ?? {};
    let units = 0;
    for (const k in data) {
      const v = data[k];
      checkDataKey(errs, k, 'data', 'data');
      if (Object.hasOwn(binary, k)) errs.invalid(['data', mapKey(k)], k, 'duplicate of key present in binaryData', { on: 'key' });
      if (typeof v === 'string') units += v.length;
    }
    for (const k in binary) {
      const v = binary[k];
      checkDataKey(errs, k, 'binaryData', 'binaryData');
      if (typeof v === 'string') units += v.length;
    }
    if (!surelyWithin(units, MAX_DATA_SIZE) && dataSize(data, binary) > MAX_DATA_SIZE) errs.tooLong([], MAX_DATA_SIZE, { at: Object.keys(binary).length > 0 && Object.keys(data).length === 0 ? ['binaryData'] : ['data'] });
  },
};
