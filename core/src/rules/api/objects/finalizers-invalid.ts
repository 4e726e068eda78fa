import { asArray, asObject } from '../../../model/fields.js';
import { isQualifiedName } from '../../../model/names.js';
import type { Rule } from '../../rule.js';
import { fieldErrors, json, type FieldErrors, type Path } from '../field-errors.js';
import { groupOf, isBuiltin } from './api-groups.js';

/** pkg/apis/core/helper IsStandardFinalizerName. */
const STANDARD_FINALIZERS = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);

/** apimachinery ValidateFinalizerName, plus core's validateKubeFinalizerName for built-in kinds. */
function checkName(errs: FieldErrors, name: string, listPath: Path, at: Path, kubePath: Path | undefined): void {
  for (const msg of isQualifiedName(name)) errs.invalid(listPath, name, msg, { at });
  if (kubePath && !name.includes('/') && !STANDARD_FINALIZERS.has(name)) {
    errs.invalid(kubePath, name, 'name is neither a standard finalizer name nor is it fully qualified', { at });
  }
}

/**
 * Finalizer names: staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go ValidateFinalizers (qualified
 * names; not both `orphan` and `foregroundDeletion`) and, for built-in kinds, pkg/apis/core/validation
 * ValidateObjectMeta → validateKubeFinalizerName (an unqualified name must be a standard one); Namespace
 * `spec.finalizers` through ValidateNamespace → validateFinalizerName.
 */
export const finalizersInvalid: Rule = {
  meta: {
    id: 'finalizers-invalid',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A finalizer name the API server rejects (not a qualified name, or an unqualified non-standard name).',
    rationale:
      'staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go ValidateFinalizers and pkg/apis/core/validation ' +
      'validateKubeFinalizerName: finalizers are qualified names, and on built-in kinds an unqualified one must be kubernetes, ' +
      'orphan or foregroundDeletion.',
    howToFix: 'Prefix custom finalizers with your domain, e.g. `example.com/cleanup`.',
    examples: {
      invalid: 'metadata:\n  finalizers: [cleanup]',
      valid: 'metadata:\n  finalizers: [example.com/cleanup]',
    },
  },
  check(ctx) {
    const { object } = ctx;
    const finalizers = asArray(asObject(object.metadata)?.finalizers);
    if (!finalizers && object.kind !== 'Namespace') return;
    const errs = fieldErrors(ctx);
    // The PodDisruptionBudget strategy validates no ObjectMeta of its own, so only the generic checks apply.
    const kube = isBuiltin(object) && object.kind !== 'PodDisruptionBudget';
    if (finalizers) {
      const listPath: Path = ['metadata', 'finalizers'];
      finalizers.forEach((f, i) => {
        if (typeof f === 'string') checkName(errs, f, listPath, [...listPath, i], kube ? [...listPath, i] : undefined);
      });
      if (finalizers.includes('orphan') && finalizers.includes('foregroundDeletion')) {
        errs.invalid(listPath, json(finalizers), 'finalizer orphan and foregroundDeletion cannot be both set');
      }
    }
    if (object.kind === 'Namespace' && groupOf(object) === '') {
      const listPath: Path = ['spec', 'finalizers'];
      asArray(asObject(object.spec)?.finalizers)?.forEach((f, i) => {
        if (typeof f === 'string') checkName(errs, f, listPath, [...listPath, i], listPath);
      });
    }
  },
};
