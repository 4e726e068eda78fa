export { lintLoaded, LINT_RULES, LINT_RULE_IDS, type LintOptions } from './lint-loaded.js';
export { lintPaths, type LintPathsOptions } from './lint-paths.js';
export { summarize, mergeSummaries, type ObjectOutcome } from './summarize.js';
export { applyFixes, type AppliedFixes } from './apply-fixes.js';
export { unifiedDiff } from './fix-diff.js';
export { isSafeFix, SAFE_FIX_RULES } from './safe-fixes.js';
