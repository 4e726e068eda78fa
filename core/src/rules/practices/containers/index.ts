import type { Rule } from '../../rule.js';
import { duplicateEnvVar } from './duplicate-env-var.js';

/** Container settings the API server accepts with a warning. */
export const CONTAINER_RULES: readonly Rule[] = [duplicateEnvVar];
