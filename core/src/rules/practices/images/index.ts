import type { Rule } from '../../rule.js';
import { imageNotPinned } from './image-not-pinned.js';
import { latestTag } from './latest-tag.js';
import { pullPolicyNotAlways } from './pull-policy-not-always.js';

/** Container images: tags, digests, pull policy. */
export const IMAGE_RULES: readonly Rule[] = [latestTag, pullPolicyNotAlways, imageNotPinned];
