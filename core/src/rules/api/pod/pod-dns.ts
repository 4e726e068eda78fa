import { isIP } from 'node:net';
import { dnsPolicyOf } from '../../../model/defaults.js';
import { asArray, asObject, asString, objectItems } from '../../../model/fields.js';
import { isDns1123Label, isDns1123Subdomain } from '../../../model/names.js';
import { podSpecRule } from './pod-spec-rule.js';
import { dns1123SubdomainWithUnderscoreErrors } from './pod-syntax.js';

const BAD_IP = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';
const MAX_NAMESERVERS = 3;
const MAX_SEARCHES = 32;
const MAX_SEARCH_CHARS = 2048;

/**
 * Pod DNS and host names: pkg/apis/core/validation/validation.go validatePodDNSConfig (dnsPolicy None needs
 * dnsConfig with a nameserver; at most 3 IP nameservers, 32 search domains and 2048 characters of them; DNS-1123
 * search domains, `_` allowed and a trailing dot ignored, per RelaxedDNSSearchValidation; option names required),
 * ValidatePodSpec (hostname and subdomain DNS-1123 labels) and ValidateHostAliases.
 */
export const podDns = podSpecRule({
  meta: {
    id: 'pod-dns',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'dnsPolicy None without nameservers, a dnsConfig beyond the resolver limits, or an invalid hostname, subdomain or host alias.',
    rationale: 'kube-apiserver rejects it: pkg/apis/core/validation/validation.go validatePodDNSConfig, ValidatePodSpec (hostname, subdomain) and ValidateHostAliases.',
    howToFix: 'With dnsPolicy: None, list 1-3 nameserver IPs under dnsConfig; keep search domains valid and at most 32; use DNS labels for hostname and subdomain.',
    examples: {
      invalid: 'dnsPolicy: None\ndnsConfig:\n  searches: [svc.cluster.local]',
      valid: 'dnsPolicy: None\ndnsConfig:\n  nameservers: [10.96.0.10]\n  searches: [svc.cluster.local]',
    },
  },
  check({ errs, template: { spec, specPath } }) {
    const config = asObject(spec.dnsConfig);
    const configPath = [...specPath, 'dnsConfig'];
    const nameservers = asArray(config?.nameservers) ?? [];
    if (dnsPolicyOf(spec) === 'None') {
      if (config === undefined) return errs.required(configPath, 'must provide `dnsConfig` when `dnsPolicy` is None', { on: 'key' });
      if (nameservers.length === 0) return errs.required([...configPath, 'nameservers'], 'must provide at least one DNS nameserver when `dnsPolicy` is None', { on: 'key' });
    }
    if (config !== undefined) {
      const strings = (v: unknown): string[] => (asArray(v) ?? []).filter((x): x is string => typeof x === 'string');
      if (nameservers.length > MAX_NAMESERVERS) {
        errs.invalid([...configPath, 'nameservers'], strings(nameservers), `must not have more than ${MAX_NAMESERVERS} nameservers`, { on: 'key' });
      }
      nameservers.forEach((ns, i) => typeof ns === 'string' && isIP(ns) === 0 && errs.invalid([...configPath, 'nameservers', i], ns, BAD_IP));
      const searches = strings(config.searches);
      if (searches.length > MAX_SEARCHES) errs.invalid([...configPath, 'searches'], searches, `must not have more than ${MAX_SEARCHES} search paths`, { on: 'key' });
      if (searches.join(' ').length > MAX_SEARCH_CHARS) {
        errs.invalid([...configPath, 'searches'], searches, `must not have more than ${MAX_SEARCH_CHARS} characters (including spaces) in the search list`, { on: 'key' });
      }
      (asArray(config.searches) ?? []).forEach((s, i) => {
        if (typeof s !== 'string' || s === '.') return;
        const trimmed = s.endsWith('.') ? s.slice(0, -1) : s;
        errs.invalidEach([...configPath, 'searches', i], trimmed, dns1123SubdomainWithUnderscoreErrors(trimmed));
      });
      for (const { item, index } of objectItems(config.options)) {
        if (!asString(item.name)) errs.required([...configPath, 'options', index], 'must not be empty');
      }
    }
    for (const field of ['hostname', 'subdomain'] as const) {
      const v = asString(spec[field]);
      if (v === undefined || v === '') continue;
      errs.invalidEach([...specPath, field], v, isDns1123Label(v));
    }
    for (const { item, index } of objectItems(spec.hostAliases)) {
      const ip = asString(item.ip);
      if (ip !== undefined && isIP(ip) === 0) errs.invalid([...specPath, 'hostAliases', index, 'ip'], ip, BAD_IP);
      (asArray(item.hostnames) ?? []).forEach((h, i) => {
        if (typeof h !== 'string') return;
        errs.invalidEach([...specPath, 'hostAliases', index, 'hostnames', i], h, isDns1123Subdomain(h));
      });
    }
  },
});
