/** Renderers: pure functions from a `LintReport`, a `PlanDocument` or a scheduling explanation to text. */
export type { CheckedObject, LintReport, LintSummary, RuleInfo } from './lint-report.js';
export { PROJECT_URL, RULE_DOCS_BASE, ruleDocsUrl } from './links.js';
export { OUTPUT_FORMATS, isOutputFormat, renderLintReport, type OutputFormat } from './render-lint-report.js';
export { renderRuleDocs } from './rule-docs.js';
export { renderText, type TextRenderOptions } from './render-text.js';
export {
  LINT_JSON_SCHEMA_VERSION,
  renderJson,
  jsonDiagnostic,
  type JsonDiagnostic,
  type JsonLintReport,
  type JsonTextEdit,
} from './render-json.js';
export { SARIF_FINGERPRINT_KEY, SARIF_SCHEMA_URI, renderSarif } from './render-sarif.js';
export { renderJunit } from './render-junit.js';
export { renderGithub } from './render-github.js';
export { renderPlanText, type PlanTextOptions } from './plan-text.js';
export { renderPlanMarkdown } from './plan-markdown.js';
export { renderPlanJson, type JsonPlanDocument } from './plan-json.js';
export { renderExplanationText, type ExplainTextOptions } from './explain-text.js';
