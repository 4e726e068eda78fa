import type { Severity } from '../../../diagnostic.js';
import { asArray, asObject, type Obj } from '../../../model/fields.js';
import { isDns1123Subdomain } from '../../../model/names.js';
import { compareQuantities, parseQuantity, type Quantity } from '../../../model/quantity.js';
import type { Rule } from '../../rule.js';
import { fieldErrors, mapKey, type FieldErrors, type Path } from '../field-errors.js';
import { groupOf } from './api-groups.js';

const ZERO: Quantity = { value: 0, mantissa: 0n, exponent: 0, format: 'DecimalSI' };

export interface ClaimCheckOptions {
  severity?: Severity;
  /** Appended to each message (e.g. why a StatefulSet template's claim matters). */
  note?: string;
}

/**
 * pkg/apis/core/validation ValidatePersistentVolumeClaimSpec, the parts a manifest can get wrong: at least one
 * access mode, ReadWriteOncePod alone, a positive `resources.requests.storage`, a valid storageClassName.
 */
export function checkClaimSpec(errs: FieldErrors, spec: Obj, path: Path, opts: ClaimCheckOptions = {}): void {
  const note = opts.note ?? '';
  const o = opts.severity ? { severity: opts.severity } : {};
  const modes = asArray(spec.accessModes) ?? [];
  if (modes.length === 0) errs.required([...path, 'accessModes'], `at least 1 access mode is required${note}`, o);
  if (modes.includes('ReadWriteOncePod') && modes.length > 1) {
    errs.forbidden([...path, 'accessModes'], `may not use ReadWriteOncePod with other access modes${note}`, o);
  }
  const storagePath: Path = [...path, 'resources', mapKey('storage')];
  const at: Path = [...path, 'resources', 'requests', 'storage'];
  const raw = asObject(asObject(spec.resources)?.requests)?.storage;
  if (raw === undefined || raw === null) {
    errs.required(storagePath, note.replace(/^ /, ''), { ...o, at });
  } else {
    // A malformed quantity is the schema validator's finding.
    const q = typeof raw === 'string' || typeof raw === 'number' ? parseQuantity(raw) : undefined;
    if (q && compareQuantities(q, ZERO) <= 0) {
      const text = String(raw);
      if (q.mantissa < 0n) errs.invalid(storagePath, text, `must be greater than or equal to 0${note}`, { ...o, at });
      errs.invalid(storagePath, text, `must be greater than zero${note}`, { ...o, at });
    }
  }
  const className = spec.storageClassName;
  if (typeof className === 'string' && className !== '') {
    for (const msg of isDns1123Subdomain(className)) errs.invalid([...path, 'storageClassName'], className, msg + note, o);
  }
}

/**
 * PersistentVolumeClaim spec: pkg/apis/core/validation/validation.go ValidatePersistentVolumeClaim →
 * ValidatePersistentVolumeClaimSpec (access modes, storage request, storage class name). The selector is
 * `label-selector-invalid`'s; enums and quantity syntax are the schema validator's.
 */
export const pvcSpecInvalid: Rule = {
  meta: {
    id: 'pvc-spec-invalid',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A PersistentVolumeClaim without access modes or a positive storage request, or with an invalid storage class name.',
    rationale:
      'pkg/apis/core/validation/validation.go ValidatePersistentVolumeClaimSpec: "at least 1 access mode is required", ' +
      'spec.resources[storage] is required and must be greater than zero, ReadWriteOncePod cannot be combined with other modes.',
    howToFix: 'Set `accessModes: [ReadWriteOnce]` (or another mode) and `resources.requests.storage`, e.g. `1Gi`.',
    examples: {
      invalid: 'kind: PersistentVolumeClaim\nspec:\n  resources:\n    requests:\n      storage: 1Gi',
      valid: 'kind: PersistentVolumeClaim\nspec:\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n      storage: 1Gi',
    },
  },
  kinds: ['PersistentVolumeClaim'],
  check(ctx) {
    const spec = asObject(ctx.object.spec);
    if (groupOf(ctx.object) !== '') return;
    checkClaimSpec(fieldErrors(ctx), spec ?? {}, ['spec']);
  },
};
