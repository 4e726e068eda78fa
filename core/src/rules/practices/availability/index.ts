import type { Rule } from '../../rule.js';
import { antiAffinityMissing } from './anti-affinity-missing.js';
import { cronjobConcurrencyPolicy } from './cronjob-concurrency-policy.js';
import { cronjobStartingDeadline } from './cronjob-starting-deadline.js';
import { hpaMinEqualsMax } from './hpa-min-equals-max.js';
import { hpaMinReplicas } from './hpa-min-replicas.js';
import { jobTtlMissing } from './job-ttl-missing.js';
import { nakedPod } from './naked-pod.js';
import { pdbMissing } from './pdb-missing.js';
import { priorityClassName } from './priority-class-name.js';
import { replicasTooLow } from './replicas-too-low.js';
import { replicasWithAutoscaler } from './replicas-with-autoscaler.js';
import { strategyNotRollingUpdate } from './strategy-not-rolling-update.js';

/** Replicas, disruption budgets, spreading, autoscaling, rollout strategy, Jobs and CronJobs. */
export const AVAILABILITY_RULES: readonly Rule[] = [
  replicasWithAutoscaler,
  replicasTooLow,
  pdbMissing,
  antiAffinityMissing,
  hpaMinReplicas,
  hpaMinEqualsMax,
  strategyNotRollingUpdate,
  cronjobStartingDeadline,
  cronjobConcurrencyPolicy,
  jobTtlMissing,
  priorityClassName,
  nakedPod,
];
