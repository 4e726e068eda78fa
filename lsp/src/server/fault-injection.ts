import { ALL_RULES, EDITOR_RULES, type Rule } from '@kubeplan/core';

/**
 * Robustness tests start the server with `KUBEPLAN_LSP_FAULTY_RULE=<rule-id>`: that rule then throws on every
 * object it checks, and the server must log it, skip it and keep answering. Undefined when not asked for (or
 * the id is not a rule).
 */
export function faultyRuleSet(ruleId: string | undefined): Rule[] | undefined {
  const rules = [...ALL_RULES, ...EDITOR_RULES];
  if (ruleId === undefined || ruleId === '' || !rules.some((r) => r.meta.id === ruleId)) return undefined;
  return rules.map((rule) =>
    rule.meta.id !== ruleId
      ? rule
      : {
          ...rule,
          check() {
            throw new Error(`injected fault in rule ${ruleId}`);
          },
        },
  );
}
