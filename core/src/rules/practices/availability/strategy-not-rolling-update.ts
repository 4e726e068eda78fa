import { asString, getIn } from '../../../model/fields.js';
import type { Rule } from '../../rule.js';

export const strategyNotRollingUpdate: Rule = {
  meta: {
    id: 'strategy-not-rolling-update',
    category: 'availability',
    defaultSeverity: 'info',
    preset: 'opt-in',
    summary: 'A Deployment uses the Recreate strategy, or a StatefulSet or DaemonSet updates OnDelete.',
    rationale:
      'Recreate stops every pod before starting the new version: each rollout is an outage. OnDelete never rolls out a new template until someone deletes the pods by hand. Both are sometimes needed (single-writer volumes, careful stateful upgrades), hence opt-in.',
    howToFix: 'Use the RollingUpdate strategy (the default) with maxUnavailable and maxSurge that fit the workload.',
    examples: { invalid: 'spec:\n  strategy:\n    type: Recreate', valid: 'spec:\n  strategy:\n    type: RollingUpdate' },
    peers: ['kube-linter:no-rolling-update-strategy', 'kube-score:deployment-strategy'],
  },
  kinds: ['Deployment', 'StatefulSet', 'DaemonSet'],
  check(ctx) {
    const field = ctx.object.kind === 'Deployment' ? 'strategy' : 'updateStrategy';
    const type = asString(getIn(ctx.object, 'spec', field, 'type'));
    if (type === undefined || type === 'RollingUpdate') return;
    const effect = type === 'Recreate' ? 'every pod stops before the new version starts' : type === 'OnDelete' ? 'pods get the new template only when deleted by hand' : 'it is not a rolling update';
    ctx.report({ path: ['spec', field, 'type'], message: `${ctx.object.kind as string} uses the ${type} strategy: ${effect}` });
  },
};
