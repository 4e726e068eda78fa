import type { Rule } from '../../rule.js';
import { cpuLimitMissing } from './cpu-limit-missing.js';
import { cpuRequestMissing } from './cpu-request-missing.js';
import { ephemeralStorageMissing } from './ephemeral-storage-missing.js';
import { memoryLimitMissing } from './memory-limit-missing.js';
import { memoryRequestMissing } from './memory-request-missing.js';
import { requestsNotEqualLimits } from './requests-not-equal-limits.js';

/** Container resource requests and limits. */
export const RESOURCE_RULES: readonly Rule[] = [cpuRequestMissing, memoryRequestMissing, memoryLimitMissing, cpuLimitMissing, ephemeralStorageMissing, requestsNotEqualLimits];
