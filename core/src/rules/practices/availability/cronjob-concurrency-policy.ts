import { getIn } from '../../../model/fields.js';
import type { Rule } from '../../rule.js';

export const cronjobConcurrencyPolicy: Rule = {
  meta: {
    id: 'cronjob-concurrency-policy',
    category: 'availability',
    defaultSeverity: 'info',
    preset: 'opt-in',
    summary: 'A CronJob does not set concurrencyPolicy (the default Allow lets runs overlap).',
    rationale: 'With Allow, a run that takes longer than the schedule interval overlaps the next one; jobs that are not safe to run twice at once corrupt data or pile up.',
    howToFix: 'Set spec.concurrencyPolicy: Forbid (skip a run while one is active) or Replace, or Allow explicitly when overlap is safe.',
    examples: { invalid: 'spec:\n  schedule: "*/5 * * * *"', valid: 'spec:\n  schedule: "*/5 * * * *"\n  concurrencyPolicy: Forbid' },
    peers: ['datree:CRONJOB_MISSING_CONCURRENCYPOLICY_KEY'],
  },
  kinds: ['CronJob'],
  check(ctx) {
    if (getIn(ctx.object, 'spec', 'concurrencyPolicy') !== undefined) return;
    ctx.report({ path: ['spec', 'concurrencyPolicy'], message: 'CronJob does not set concurrencyPolicy: overlapping runs are allowed' });
  },
};
