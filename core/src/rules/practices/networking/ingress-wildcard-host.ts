import { asString, getIn, objectItems } from '../../../model/fields.js';
import type { Rule } from '../../rule.js';

export const ingressWildcardHost: Rule = {
  meta: {
    id: 'ingress-wildcard-host',
    category: 'networking',
    defaultSeverity: 'info',
    preset: 'strict',
    summary: 'An Ingress rule has no host (it matches any host name) or a wildcard host (*.example.com).',
    rationale:
      'A rule without host answers requests for every name that resolves to the load balancer, including names you do not own; a wildcard serves subdomains nobody planned. Both make it easy for two Ingresses to claim the same traffic.',
    howToFix: 'Give each rule the exact host name it serves.',
    examples: { invalid: 'rules:\n  - http:\n      paths: [...]', valid: 'rules:\n  - host: shop.example.com\n    http:\n      paths: [...]' },
    peers: ['datree:INGRESS_INCORRECT_HOST_VALUE_PERMISSIVE'],
  },
  kinds: ['Ingress'],
  check(ctx) {
    for (const { item, index } of objectItems(getIn(ctx.object, 'spec', 'rules'))) {
      const host = asString(item.host);
      if (host === undefined || host === '') {
        ctx.report({ path: ['spec', 'rules', index], message: `Ingress rule ${index} has no host: it matches requests for any host name` });
      } else if (host.startsWith('*')) {
        ctx.report({ path: ['spec', 'rules', index, 'host'], message: `Ingress host "${host}" is a wildcard: it matches every subdomain of ${host.slice(2)}` });
      }
    }
  },
};
