import { describe, expect, it } from 'vitest';
import { isDns1123Label } from '../../../../src/model/names.js';
import { podDns } from '../../../../src/rules/api/pod/pod-dns.js';
import { findingsOf, summary } from '../../helpers.js';
import { deployment, pod, web } from './builders.js';

const spec = (extra: string): string => pod(`${extra}\n${web()}`);

// Upstream: pkg/apis/core/validation/validation.go validatePodDNSConfig (validation_test.go TestValidatePodDNSConfig:
// "invalid: dnsPolicy None with no dnsConfig", "invalid: 4 nameservers", "invalid nameserver", "invalid: 33 search
// paths", "valid: trailing dot in search", "valid: underscore in search" with RelaxedDNSSearchValidation, "invalid:
// empty dns option name"), ValidatePodSpec (hostname / subdomain) and ValidateHostAliases.
describe('pod-dns', () => {
  it.each([
    { name: 'dnsPolicy None with a nameserver passes', yaml: spec('dnsPolicy: None\ndnsConfig: {nameservers: [10.96.0.10], searches: [svc.cluster.local., _srv.example.com]}'), out: [] },
    { name: 'dnsPolicy None without dnsConfig is required to have one', yaml: spec('dnsPolicy: None'), out: ['pod-dns 5:1 spec.dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None'] },
    {
      name: 'dnsPolicy None without nameservers is required to have one',
      yaml: spec('dnsPolicy: None\ndnsConfig: {searches: [a.b]}'),
      out: ['pod-dns 7:3 spec.dnsConfig.nameservers: Required value: must provide at least one DNS nameserver when `dnsPolicy` is None'],
    },
    {
      name: 'four nameservers are one too many',
      yaml: spec('dnsConfig: {nameservers: [1.1.1.1, 1.0.0.1, 8.8.8.8, 8.8.4.4]}'),
      out: ['pod-dns 6:15 spec.dnsConfig.nameservers: Invalid value: []string{"1.1.1.1", "1.0.0.1", "8.8.8.8", "8.8.4.4"}: must not have more than 3 nameservers'],
    },
    {
      name: 'a nameserver must be an IP address',
      yaml: spec('dnsConfig: {nameservers: [dns.local]}'),
      out: ['pod-dns 6:29 spec.dnsConfig.nameservers[0]: Invalid value: "dns.local": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'],
    },
    {
      name: 'a search domain with an uppercase letter is invalid',
      yaml: spec('dnsConfig: {searches: [Example.com]}'),
      out: [
        "pod-dns 6:26 spec.dnsConfig.searches[0]: Invalid value: \"Example.com\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '_', '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?(\\._?[a-z0-9]([-_a-z0-9]*[a-z0-9])?)*')",
      ],
    },
    { name: 'an option without a name is required to have one', yaml: spec('dnsConfig: {options: [{value: "2"}]}'), out: ['pod-dns 6:25 spec.dnsConfig.options[0]: Required value: must not be empty'] },
    {
      name: 'a hostname with a dot is not a DNS-1123 label',
      yaml: spec('hostname: web.local'),
      out: isDns1123Label('web.local').map((m) => `pod-dns 6:13 spec.hostname: Invalid value: "web.local": ${m}`),
    },
    {
      name: 'a host alias IP must be an IP address',
      yaml: spec('hostAliases: [{ip: localhost, hostnames: [db]}]'),
      out: ['pod-dns 6:22 spec.hostAliases[0].ip: Invalid value: "localhost": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'],
    },
  ])('$name', ({ yaml, out }) => {
    expect(summary(findingsOf(podDns, yaml))).toEqual(out);
  });

  it('names template fields from the template root', () => {
    expect(summary(findingsOf(podDns, deployment(`dnsPolicy: None\n${web()}`)))).toEqual(['pod-dns 11:5 spec.template.spec.dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None']);
  });
});
