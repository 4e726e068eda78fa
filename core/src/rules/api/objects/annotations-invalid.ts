import { asObject } from '../../../model/fields.js';
import { isQualifiedName } from '../../../model/names.js';
import type { Rule } from '../../rule.js';
import { surelyAnnotationKey, surelyWithin } from '../fast-checks.js';
import { fieldErrors, mapKey } from '../field-errors.js';
import { validatedMetadata } from './metadata-paths.js';
import { utf8Length } from './utf8-length.js';

/** Keys plus string values, in UTF-8 bytes (ValidateAnnotationsSize). */
function byteSize(map: Record<string, unknown>): number {
  let size = 0;
  for (const k in map) {
    const v = map[k];
    size += utf8Length(k) + (typeof v === 'string' ? utf8Length(v) : 0);
  }
  return size;
}

/** apimachinery TotalAnnotationSizeLimitB: keys plus values, in bytes. */
export const ANNOTATIONS_SIZE_LIMIT = 256 * 1024;

/**
 * Annotation keys and their total size: staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go
 * ValidateAnnotations (keys are qualified names, case-insensitively; keys and values ≤ 256 KiB together), on the
 * object and on its pod template (pkg/apis/core/validation ValidatePodTemplateSpec).
 */
export const annotationsInvalid: Rule = {
  meta: {
    id: 'annotations-invalid',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'An annotation key that is not a qualified name, or annotations larger than 256 KiB in total.',
    rationale:
      'staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go ValidateAnnotations checks each key with IsQualifiedName ' +
      '(after lower-casing) and rejects annotations whose keys and values exceed 262144 bytes together.',
    howToFix: 'Use a key like `example.com/my-note`; move large data (e.g. last-applied-configuration) out of annotations or use server-side apply.',
    examples: {
      invalid: 'metadata:\n  annotations:\n    "my note": hello',
      valid: 'metadata:\n  annotations:\n    example.com/note: hello',
    },
  },
  check(ctx) {
    const errs = fieldErrors(ctx);
    for (const { meta, path } of validatedMetadata(ctx.object)) {
      const annotations = asObject(meta.annotations);
      if (!annotations) continue;
      const annotationsPath = [...path, 'annotations'];
      let units = 0;
      for (const k in annotations) {
        const v = annotations[k];
        if (!surelyAnnotationKey(k)) {
          for (const msg of isQualifiedName(k.toLowerCase())) errs.invalid(annotationsPath, k, msg, { at: [...annotationsPath, mapKey(k)], on: 'key' });
        }
        units += k.length + (typeof v === 'string' ? v.length : 0);
      }
      if (!surelyWithin(units, ANNOTATIONS_SIZE_LIMIT) && byteSize(annotations) > ANNOTATIONS_SIZE_LIMIT) {
        errs.tooLong(annotationsPath, ANNOTATIONS_SIZE_LIMIT);
      }
    }
  },
};
