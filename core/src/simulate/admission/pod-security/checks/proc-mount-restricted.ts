/** procMount_restricted (policy/check_procMount_restricted.go, restricted 1.35): the strict procMount check, user namespace or not. */
import type { PodSecurityCheck, PodView, Violation } from '../check.js';
import { procMountViolation } from './proc-mount.js';

function check({ spec }: PodView): Violation | undefined {
  return procMountViolation(spec);
}

export const procMountRestricted: PodSecurityCheck = { id: 'procMount_restricted', level: 'restricted', since: 35, overrides: ['procMount'], check };
