/**
 * kubeplan's public addresses, in one place so that moving the docs means editing one line.
 * Rule documentation lives in `docs/rules.md`, one heading per rule id (GitHub turns `## no-latest-tag`
 * into the anchor `#no-latest-tag`, and rule ids are already kebab-case).
 */
export const PROJECT_URL = 'https://github.com/kubeplan/kubeplan';

/** Base of the rule documentation; a rule's page is `${RULE_DOCS_BASE}#<rule-id>`. */
export const RULE_DOCS_BASE = `${PROJECT_URL}/blob/main/docs/rules.md`;

/** Link to a rule's documentation. */
export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE}#${encodeURIComponent(ruleId)}`;
}
