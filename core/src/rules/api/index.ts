import type { Rule } from '../rule.js';
import { OBJECT_RULES } from './objects/index.js';
import { POD_SPEC_RULES } from './pod/index.js';
import { selectorMatchesTemplate } from './selector-matches-template.js';

/** Rules that mirror kube-apiserver's own validation (severity error: the cluster would reject the object). */
export const API_RULES: readonly Rule[] = [selectorMatchesTemplate, ...OBJECT_RULES, ...POD_SPEC_RULES];
