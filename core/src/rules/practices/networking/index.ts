import type { Rule } from '../../rule.js';
import { exposedService } from './exposed-service.js';
import { ingressTlsMissing } from './ingress-tls-missing.js';
import { ingressWildcardHost } from './ingress-wildcard-host.js';
import { noNetworkPolicy } from './no-network-policy.js';

/** Services, Ingresses and NetworkPolicies. */
export const NETWORKING_RULES: readonly Rule[] = [exposedService, ingressTlsMissing, ingressWildcardHost, noNetworkPolicy];
