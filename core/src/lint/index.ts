export { lintLoaded, LINT_RULES, type LintOptions } from './lint-loaded.js';
export { lintPaths, type LintPathsOptions } from './lint-paths.js';
export { summarize, mergeSummaries, type ObjectOutcome } from './summarize.js';
