import { asString } from '../../../model/fields.js';
import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import type { Rule } from '../../rule.js';

export const priorityClassName: Rule = {
  meta: {
    id: 'priority-class-name',
    category: 'availability',
    defaultSeverity: 'info',
    preset: 'opt-in',
    summary: 'A pod has no priorityClassName, or one outside the `allowed` list when the list is given.',
    rationale:
      'Without a priority class the pod gets the cluster default (usually 0): when nodes are full it is preempted before anything that has one, and it cannot preempt lower-value pods itself.',
    howToFix: 'Set spec.priorityClassName to one of your cluster\'s PriorityClasses.',
    examples: { invalid: 'spec:\n  containers: [...]', valid: 'spec:\n  priorityClassName: business-critical\n  containers: [...]' },
    peers: ['kube-linter:priority-class-name', 'polaris:priorityClassNotSet'],
    params: { allowed: [] },
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    const pod = ctx.pod;
    if (pod === undefined) return;
    const path = [...pod.template.specPath, 'priorityClassName'];
    const name = asString(pod.template.spec.priorityClassName);
    if (name === undefined || name === '') {
      ctx.report({ path, message: 'the pod has no priorityClassName: it is preempted before pods that have one' });
      return;
    }
    const allowed = Array.isArray(ctx.params.allowed) ? ctx.params.allowed.filter((x): x is string => typeof x === 'string') : [];
    if (allowed.length > 0 && !allowed.includes(name)) {
      ctx.report({ path, message: `priorityClassName "${name}" is not one of the allowed classes: ${allowed.join(', ')}` });
    }
  },
};
