import type { Rule } from '../../rule.js';

/** API-server validation of objects (metadata, selectors, workload specs, Services, Ingress, PDB, HPA, CronJob, ConfigMap/Secret...). */
export const OBJECT_RULES: readonly Rule[] = [];
