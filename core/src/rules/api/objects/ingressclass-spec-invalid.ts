import { asObject, asString } from '../../../model/fields.js';
import { isDns1123Label, isDns1123Subdomain } from '../../../model/names.js';
import type { Rule } from '../../rule.js';
import { fieldErrors } from '../field-errors.js';
import { groupOf } from './api-groups.js';
import { domainPrefixedPathErrors, isValidPathSegmentName } from './formats.js';

const MAX_CONTROLLER = 250;

/**
 * IngressClass: pkg/apis/networking/validation/validation.go validateIngressClassSpec — a domain-prefixed
 * controller (≤ 250 characters) — and validateIngressClassParametersReference (kind and name path segments,
 * a namespace exactly when the scope, defaulted to Cluster, is Namespace).
 */
export const ingressClassSpecInvalid: Rule = {
  meta: {
    id: 'ingressclass-spec-invalid',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'An IngressClass without a domain-prefixed controller, or with inconsistent parameters.',
    rationale:
      'pkg/apis/networking/validation/validation.go validateIngressClassSpec (IsDomainPrefixedPath on spec.controller) and ' +
      'validateIngressClassParametersReference.',
    howToFix: 'Set `spec.controller` to the controller\'s name, e.g. `k8s.io/ingress-nginx`.',
    examples: {
      invalid: 'kind: IngressClass\nspec:\n  controller: nginx',
      valid: 'kind: IngressClass\nspec:\n  controller: k8s.io/ingress-nginx',
    },
  },
  kinds: ['IngressClass'],
  check(ctx) {
    const { object } = ctx;
    if (groupOf(object) !== 'networking.k8s.io') return;
    const spec = asObject(object.spec) ?? {};
    const errs = fieldErrors(ctx);
    const controller = spec.controller;
    if (controller === undefined || controller === null || controller === '') errs.required(['spec', 'controller']);
    else if (typeof controller === 'string') {
      if (controller.length > MAX_CONTROLLER) errs.tooLong(['spec', 'controller'], MAX_CONTROLLER);
      for (const e of domainPrefixedPathErrors(controller)) errs.invalid(['spec', 'controller'], e.value, e.detail);
    }
    const params = asObject(spec.parameters);
    if (!params) return;
    const path = ['spec', 'parameters'];
    if (typeof params.apiGroup === 'string') for (const msg of isDns1123Subdomain(params.apiGroup)) errs.invalid([...path, 'apiGroup'], params.apiGroup, msg);
    for (const field of ['kind', 'name']) {
      const v = params[field];
      if (typeof v === 'string') for (const msg of isValidPathSegmentName(v)) errs.invalid([...path, field], v, msg);
    }
    const scope = asString(params.scope) ?? 'Cluster';
    const namespace = params.namespace;
    if (scope === 'Namespace') {
      if (typeof namespace !== 'string') errs.required([...path, 'namespace'], "`parameters.scope` is set to 'Namespace'");
      else for (const msg of isDns1123Label(namespace)) errs.invalid([...path, 'namespace'], namespace, msg);
    } else if (scope === 'Cluster' && namespace != null) {
      errs.forbidden([...path, 'namespace'], "`parameters.scope` is set to 'Cluster'");
    }
  },
};
