/** Lint report renderers: pure functions from a `LintReport` to the text of one output format. */
export type { CheckedObject, LintReport, LintSummary, RuleInfo } from './lint-report.js';
export { PROJECT_URL, RULE_DOCS_BASE, ruleDocsUrl } from './links.js';
export { OUTPUT_FORMATS, isOutputFormat, renderLintReport, type OutputFormat } from './render-lint-report.js';
export { renderRuleDocs } from './rule-docs.js';
export { renderText, type TextRenderOptions } from './render-text.js';
export {
  LINT_JSON_SCHEMA_VERSION,
  renderJson,
  type JsonDiagnostic,
  type JsonLintReport,
  type JsonTextEdit,
} from './render-json.js';
export { SARIF_FINGERPRINT_KEY, SARIF_SCHEMA_URI, renderSarif } from './render-sarif.js';
export { renderJunit } from './render-junit.js';
export { renderGithub } from './render-github.js';
