import type { Rule } from '../../rule.js';
import { fieldErrors } from '../field-errors.js';
import { checkLabels } from '../label-checks.js';
import { validatedMetadata } from './metadata-paths.js';

/**
 * Label keys (qualified names) and values, on the object and on its pod template:
 * staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go ValidateLabels, called from
 * ValidateObjectMetaAccessor and pkg/apis/core/validation ValidatePodTemplateSpec. The message names the
 * labels map (as the API server does); the finding sits on the offending key or value.
 */
export const labelsInvalid: Rule = {
  meta: {
    id: 'labels-invalid',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A label key that is not a qualified name, or a label value the API server rejects.',
    rationale:
      'staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go ValidateLabels: keys must be qualified names ' +
      '(optional DNS subdomain prefix and "/", name ≤ 63 characters), values empty or ≤ 63 alphanumerics, "-", "_", "." ' +
      'starting and ending with an alphanumeric.',
    howToFix: 'Shorten or rename the label; put free text in an annotation instead.',
    examples: {
      invalid: 'metadata:\n  labels:\n    app: my app',
      valid: 'metadata:\n  labels:\n    app: my-app',
    },
    peers: ['kube-score:label-values'],
  },
  check(ctx) {
    const errs = fieldErrors(ctx);
    for (const { meta, path } of validatedMetadata(ctx.object)) checkLabels(errs, [...path, 'labels'], meta.labels);
  },
};
