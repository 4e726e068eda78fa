import type { Diagnostic } from '../diagnostic.js';

/**
 * The fixes `kubeplan lint --fix` applies without asking: the ones that cannot change what the author meant.
 * Guesses ("did you mean" renames of unknown fields, enum values, kinds) stay suggestions for the editor.
 */
const SAFE_FIXES: Readonly<Record<string, (d: Diagnostic) => boolean>> = {
  // Tabs in indentation → spaces: the file parses as it reads.
  'yaml-tab-indent': () => true,
  // Quoting a YAML 1.1 boolean or a number written in a string field (`yes` → "yes", `1.10` → "1.10"), or
  // unquoting a number or boolean in a typed field ("3" → 3): the value the author wrote, with the type the API needs.
  'schema-type': () => true,
  // An apiVersion the target version no longer serves → its replacement, for the same kind.
  'api-removed': (d) => d.path === 'apiVersion',
  // A kind written under the wrong group (`v1` Deployment → `apps/v1`); not a guessed kind name.
  'api-unknown': (d) => d.path === 'apiVersion',
  // The deprecated `serviceAccount` field → `serviceAccountName` (when the rule offers the fix).
  'deprecated-service-account-field': () => true,
  // A selector or template label made to match (when the rule offers the fix).
  'selector-matches-template': () => true,
};

/** Rule ids whose fixes may be applied by --fix. */
export const SAFE_FIX_RULES: readonly string[] = Object.keys(SAFE_FIXES);

/** Whether --fix applies this diagnostic's fix. Only files have fixes applied; standard input never. */
export function isSafeFix(d: Diagnostic): boolean {
  return d.fix !== undefined && d.fix.edits.length > 0 && d.file !== '<stdin>' && (SAFE_FIXES[d.rule]?.(d) ?? false);
}
