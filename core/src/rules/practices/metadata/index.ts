import type { Rule } from '../../rule.js';
import { defaultNamespace } from './default-namespace.js';
import { requiredAnnotations } from './required-annotations.js';
import { requiredLabels } from './required-labels.js';

/** Namespaces, labels and annotations. */
export const METADATA_RULES: readonly Rule[] = [defaultNamespace, requiredLabels, requiredAnnotations];
