import { asObject, getIn } from '../../model/fields.js';
import { formatSelector, parseLabelSelector, selectorFromMap, selectorMatches } from '../../model/label-selector.js';
import type { Rule } from '../rule.js';

/**
 * The controller's selector must select its own pod template, or the API server refuses the object:
 * pkg/apis/apps/validation ValidateDeploymentSpec / ValidateStatefulSetSpec / ValidateDaemonSetSpec and
 * pkg/apis/core/validation ValidateReplicationControllerSpec report
 * `spec.template.metadata.labels: Invalid value: map[...]: \`selector\` does not match template \`labels\``.
 * (Jobs get a generated selector unless manualSelector is set.)
 */
export const selectorMatchesTemplate: Rule = {
  meta: {
    id: 'selector-matches-template',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: "A workload's selector does not select its own pod template's labels; the API server rejects it.",
    rationale: 'The controller finds its pods by the selector; kube-apiserver refuses a template its selector does not match.',
    howToFix: 'Make spec.template.metadata.labels carry every label of spec.selector (or fix the selector).',
    examples: {
      invalid: 'spec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: api}',
      valid: 'spec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}',
    },
    peers: ['kube-linter:mismatching-selector', 'kube-score:deployment-has-matching-selector'],
  },
  kinds: ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'ReplicationController', 'Job'],
  check(ctx) {
    const { object } = ctx;
    const template = ctx.pod?.template;
    if (template === undefined) return;
    const rawSelector = getIn(object, 'spec', 'selector');
    if (object.kind === 'Job' && getIn(object, 'spec', 'manualSelector') !== true) return;
    const selector = object.kind === 'ReplicationController' ? selectorFromMap(rawSelector) : parseLabelSelector(rawSelector);
    // A missing selector is schema-required (apps/v1); an RC without one defaults it from the template.
    if (selector === undefined || asObject(rawSelector) === undefined) return;
    if (selectorMatches(selector, template.labels)) return;
    const labels = Object.entries(template.labels).map(([k, v]) => `${k}:${v}`).join(' ');
    ctx.report({
      path: [...template.metadataPath, 'labels'],
      message: `${[...template.metadataPath, 'labels'].join('.')}: Invalid value: map[${labels}]: \`selector\` (${formatSelector(selector)}) does not match template \`labels\``,
    });
  },
};
