import type { Rule } from '../rule.js';

/** Cross-object reference rules (warnings by default; errors with `assume-complete: true`). */
export const REFERENCE_RULES: readonly Rule[] = [];
