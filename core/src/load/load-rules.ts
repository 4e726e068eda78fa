import type { RuleInfo } from '../report/lint-report.js';

/** Every rule id the loader emits: a closed list. */
export type LoadRuleId =
  | 'yaml-syntax'
  | 'yaml-duplicate-key'
  | 'yaml-tab-indent'
  | 'yaml-alias-limit'
  | 'not-a-mapping'
  | 'missing-api-version'
  | 'missing-kind'
  | 'invalid-encoding'
  | 'file-too-large'
  | 'io-error'
  | 'skipped';

/** Metadata of the loader's rules, for SARIF and the generated rule docs. */
export const LOAD_RULES: RuleInfo[] = [
  { id: 'yaml-syntax', defaultSeverity: 'error', summary: 'The YAML (or JSON) cannot be parsed.' },
  {
    id: 'yaml-duplicate-key',
    defaultSeverity: 'error',
    summary: 'A mapping has the same key twice; the API server rejects it (strict decoding).',
  },
  { id: 'yaml-tab-indent', defaultSeverity: 'error', summary: 'A line is indented with tabs, which YAML forbids.' },
  { id: 'yaml-alias-limit', defaultSeverity: 'error', summary: 'YAML aliases expand to too many nodes (alias bomb).' },
  { id: 'not-a-mapping', defaultSeverity: 'error', summary: 'A document is a scalar or a list, not a Kubernetes object.' },
  { id: 'missing-api-version', defaultSeverity: 'error', summary: "An object has no 'apiVersion'." },
  { id: 'missing-kind', defaultSeverity: 'error', summary: "An object has no 'kind'." },
  { id: 'invalid-encoding', defaultSeverity: 'error', summary: 'A file is not UTF-8 text (invalid bytes, or binary).' },
  { id: 'file-too-large', defaultSeverity: 'error', summary: 'A file is larger than the size limit and was not read.' },
  { id: 'io-error', defaultSeverity: 'error', summary: 'A path cannot be read (not found, permission denied...).' },
  {
    id: 'skipped',
    defaultSeverity: 'info',
    summary: 'An input found in a directory scan is not a Kubernetes manifest (kustomize, Helm template, CI file...).',
  },
];
