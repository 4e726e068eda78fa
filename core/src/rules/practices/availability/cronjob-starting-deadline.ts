import { getIn } from '../../../model/fields.js';
import type { Rule } from '../../rule.js';

export const cronjobStartingDeadline: Rule = {
  meta: {
    id: 'cronjob-starting-deadline',
    category: 'availability',
    defaultSeverity: 'info',
    preset: 'strict',
    summary: 'A CronJob has no startingDeadlineSeconds.',
    rationale:
      'Without a deadline, a run missed while the controller was down or busy starts however late it is, and after more than 100 missed schedules the controller stops starting the job until someone intervenes.',
    howToFix: 'Set spec.startingDeadlineSeconds to how late a run may still start (e.g. 300).',
    examples: { invalid: 'spec:\n  schedule: "*/5 * * * *"', valid: 'spec:\n  schedule: "*/5 * * * *"\n  startingDeadlineSeconds: 300' },
    peers: ['kube-score:cronjob-has-deadline'],
  },
  kinds: ['CronJob'],
  check(ctx) {
    if (getIn(ctx.object, 'spec', 'startingDeadlineSeconds') !== undefined) return;
    ctx.report({ path: ['spec', 'startingDeadlineSeconds'], message: 'CronJob has no startingDeadlineSeconds: missed runs start however late they are' });
  },
};
