import type { Rule } from '../../rule.js';
import { deprecatedAnnotations } from './deprecated-annotations.js';
import { deprecatedNodeLabels } from './deprecated-node-labels.js';
import { deprecatedServiceAccountField } from './deprecated-service-account-field.js';

/** Fields, annotations and labels that newer API fields or names replaced. */
export const DEPRECATED_FIELD_RULES: readonly Rule[] = [deprecatedServiceAccountField, deprecatedAnnotations, deprecatedNodeLabels];
