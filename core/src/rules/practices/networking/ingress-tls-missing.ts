import { asArray, asString, getIn, objectItems } from '../../../model/fields.js';
import type { Rule } from '../../rule.js';

/** A TLS host covers a rule host when equal, or as a `*.` wildcard for exactly one more label. */
function covers(tlsHost: string, host: string): boolean {
  if (tlsHost === host) return true;
  return tlsHost.startsWith('*.') && host.endsWith(tlsHost.slice(1)) && !host.slice(0, host.length - tlsHost.length + 1).includes('.');
}

export const ingressTlsMissing: Rule = {
  meta: {
    id: 'ingress-tls-missing',
    category: 'networking',
    defaultSeverity: 'info',
    preset: 'strict',
    summary: 'An Ingress has no TLS section, or serves a host that no spec.tls entry covers.',
    rationale: 'Without TLS the Ingress serves plain HTTP: credentials and cookies cross the network in clear text and can be changed in transit.',
    howToFix: 'Add spec.tls with the hosts and a certificate Secret (cert-manager can issue it), or terminate TLS in front of the controller and say so.',
    examples: {
      invalid: 'spec:\n  rules:\n    - host: shop.example.com',
      valid: 'spec:\n  tls:\n    - hosts: [shop.example.com]\n      secretName: shop-tls\n  rules:\n    - host: shop.example.com',
    },
    peers: ['polaris:tlsSettingsMissing'],
  },
  kinds: ['Ingress'],
  check(ctx) {
    const tls = objectItems(getIn(ctx.object, 'spec', 'tls'));
    if (tls.length === 0) {
      ctx.report({ path: ['spec', 'tls'], message: 'Ingress has no TLS (spec.tls): it serves plain HTTP' });
      return;
    }
    const hosts = tls.map(({ item }) => (asArray(item.hosts) ?? []).filter((h): h is string => typeof h === 'string'));
    if (hosts.some((h) => h.length === 0)) return; // an entry without hosts applies to every host
    const all = hosts.flat();
    for (const { item, index } of objectItems(getIn(ctx.object, 'spec', 'rules'))) {
      const host = asString(item.host);
      if (host === undefined || all.some((t) => covers(t, host))) continue;
      ctx.report({ path: ['spec', 'rules', index, 'host'], message: `Ingress serves host "${host}" over plain HTTP: no spec.tls entry lists it` });
    }
  },
};
