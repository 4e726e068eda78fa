import { UsageError } from '../errors.js';
import { LINT_RULES } from '../lint/lint-loaded.js';
import { ruleDocs } from '../rules/rule-docs.js';
import { renderRuleDoc, renderRuleDocJson, renderRuleList, renderRuleListJson } from '../rules/rule-docs-text.js';
import { closest } from '../schema/suggest.js';
import type { RulesArgs } from './args.js';
import { EXIT_OK } from './exit-codes.js';
import type { CliIo } from './run-cli.js';

/** `kubeplan rules [ID]`: the rule list, or one rule explained; JSON with `-o json`. */
export function runRules(args: RulesArgs, io: Pick<CliIo, 'stdout'>): number {
  const docs = ruleDocs(LINT_RULES);
  if (args.id === undefined) {
    io.stdout(args.output === 'json' ? renderRuleListJson(docs) : renderRuleList(docs));
    return EXIT_OK;
  }
  const doc = docs.find((d) => d.id === args.id);
  if (doc === undefined) {
    const suggestion = closest(args.id, docs.map((d) => d.id));
    const hint = suggestion !== undefined ? ` (did you mean "${suggestion}"?)` : '';
    throw new UsageError(`unknown rule "${args.id}"${hint}; "kubeplan rules" lists them`);
  }
  io.stdout(args.output === 'json' ? renderRuleDocJson(doc) : renderRuleDoc(doc));
  return EXIT_OK;
}
