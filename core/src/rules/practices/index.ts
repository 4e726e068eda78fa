import type { Rule } from '../rule.js';
import { AVAILABILITY_RULES } from './availability/index.js';
import { CONTAINER_RULES } from './containers/index.js';
import { DEPRECATED_FIELD_RULES } from './deprecated/index.js';
import { IMAGE_RULES } from './images/index.js';
import { METADATA_RULES } from './metadata/index.js';
import { NETWORKING_RULES } from './networking/index.js';
import { PROBE_RULES } from './probes/index.js';
import { RBAC_RULES } from './rbac/index.js';
import { RESOURCE_RULES } from './resources/index.js';
import { SECURITY_RULES } from './security/index.js';
import { SCHEDULING_RULES } from './scheduling/index.js';

/** Best-practice rules (security, resources, probes, images, networking, availability, RBAC, metadata, deprecated fields). */
export const PRACTICE_RULES: readonly Rule[] = [
  ...CONTAINER_RULES,
  ...SECURITY_RULES,
  ...RESOURCE_RULES,
  ...PROBE_RULES,
  ...IMAGE_RULES,
  ...NETWORKING_RULES,
  ...AVAILABILITY_RULES,
  ...RBAC_RULES,
  ...METADATA_RULES,
  ...DEPRECATED_FIELD_RULES,
  ...SCHEDULING_RULES,
];
