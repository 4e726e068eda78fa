import type { Rule } from '../../rule.js';
import { nodeSelectorMatchesNoNode } from './node-selector-matches-no-node.js';
import { requestsExceedNodeCapacity } from './requests-exceed-node-capacity.js';
import { tolerationMatchesNoTaint } from './toleration-matches-no-taint.js';

/** Scheduling: tolerations, node selection and requests, checked against the cluster given with --cluster. */
export const SCHEDULING_RULES: readonly Rule[] = [tolerationMatchesNoTaint, nodeSelectorMatchesNoNode, requestsExceedNodeCapacity];
