import type { Rule } from '../../rule.js';
import { identicalProbes } from './identical-probes.js';
import { livenessProbeMissing } from './liveness-probe-missing.js';
import { probePortNotDeclared } from './probe-port-not-declared.js';
import { readinessProbeMissing } from './readiness-probe-missing.js';

/** Liveness, readiness and startup probes. */
export const PROBE_RULES: readonly Rule[] = [readinessProbeMissing, livenessProbeMissing, identicalProbes, probePortNotDeclared];
