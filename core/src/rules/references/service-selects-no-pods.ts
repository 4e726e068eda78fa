import { asString, getIn } from '../../model/fields.js';
import { serviceSelector } from '../../model/label-selector.js';
import type { Rule } from '../rule.js';
import { selectedPods } from './pod-selection.js';

/** A Service whose selector matches no pod template of the set: it has no endpoints, so every connection fails. */
export const serviceSelectsNoPods: Rule = {
  meta: {
    id: 'service-selects-no-pods',
    category: 'references',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'A Service selector matches no pod template in its namespace.',
    rationale:
      'The endpoints controller only adds pods whose labels carry every label of spec.selector, in the Service\'s own namespace; ' +
      'a selector that matches nothing leaves the Service without endpoints, and clients get "connection refused" or time out. ' +
      'Services without a selector (Endpoints or EndpointSlices managed by hand or by another controller) and ExternalName Services are not checked. ' +
      'The linted set is often partial: when the namespace holds no pod template at all, or holds custom resources whose operator may create the pods ' +
      '(Prometheus, Alertmanager, Elasticsearch...), the finding is info. With assume-complete it is an error.',
    howToFix: 'Make spec.selector equal to (a subset of) the pod template labels of the workload the Service fronts, in the same namespace.',
    examples: {
      invalid: 'kind: Service\nspec:\n  selector: {app: web}\n---\nkind: Deployment\nspec:\n  template:\n    metadata:\n      labels: {app: frontend}',
      valid: 'kind: Service\nspec:\n  selector: {app: web}\n---\nkind: Deployment\nspec:\n  template:\n    metadata:\n      labels: {app: web}',
    },
    peers: ['kube-linter:dangling-service', 'kube-score:service-targets-pod'],
  },
  kinds: ['Service'],
  check(ctx) {
    const { object } = ctx;
    const selector = serviceSelector(object);
    if (selector === undefined) return;
    const name = asString(getIn(object, 'metadata', 'name')) ?? '';
    selectedPods(ctx, { path: ['spec', 'selector'], subject: `Service "${name}"`, namespace: ctx.index.namespaceOf(ctx.manifest), selector });
  },
};
