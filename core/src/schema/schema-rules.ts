import type { RuleInfo } from '../report/lint-report.js';

/** Every rule id the schema layer emits. */
export type SchemaRuleId =
  | 'schema-unknown-field'
  | 'schema-type'
  | 'schema-required'
  | 'schema-enum'
  | 'schema-format'
  | 'schema-missing'
  | 'schema-invalid'
  | 'api-removed'
  | 'api-deprecated'
  | 'api-unknown';

export const SCHEMA_RULES: readonly (RuleInfo & { id: SchemaRuleId })[] = [
  {
    id: 'schema-unknown-field',
    summary: 'A field the Kubernetes API does not define for this object (usually a typo or a misplaced field); a warning with --no-strict.',
    defaultSeverity: 'error',
  },
  {
    id: 'schema-type',
    summary: 'A value of the wrong type (a string where an integer is expected, a list where a map is expected...).',
    defaultSeverity: 'error',
  },
  { id: 'schema-required', summary: 'A required field is missing.', defaultSeverity: 'error' },
  { id: 'schema-enum', summary: 'A value outside the closed set the API server accepts for this field.', defaultSeverity: 'error' },
  {
    id: 'schema-format',
    summary:
      'A value in the wrong format or out of range: quantity, int-or-string, base64, date-time, int32/int64, ' +
      'or a CRD constraint (pattern, minimum...).',
    defaultSeverity: 'error',
  },
  {
    id: 'schema-missing',
    summary: 'No schema is known for this apiVersion and kind (a custom resource whose CRD is not in the input); the object is not validated.',
    defaultSeverity: 'warning',
  },
  {
    id: 'schema-invalid',
    summary: "A custom resource's schema (from a CRD or --schema-location) cannot be used; the object is not validated.",
    defaultSeverity: 'warning',
  },
  { id: 'api-removed', summary: 'The apiVersion is no longer served by the target Kubernetes version.', defaultSeverity: 'error' },
  { id: 'api-deprecated', summary: 'The apiVersion is deprecated in the target Kubernetes version and will be removed.', defaultSeverity: 'warning' },
  {
    id: 'api-unknown',
    summary: 'A kind or apiVersion that no built-in Kubernetes API group serves (a typo, or a kind in the wrong group).',
    defaultSeverity: 'error',
  },
];
