import type { Rule } from '../../rule.js';

/** API-server validation of pod specs (containers, ports, env, volumes, probes, resources, scheduling fields). */
export const POD_SPEC_RULES: readonly Rule[] = [];
