import type { Rule } from '../rule.js';

/** Best-practice rules (security, resources, probes, images, networking, availability, RBAC, metadata). */
export const PRACTICE_RULES: readonly Rule[] = [];
