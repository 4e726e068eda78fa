import { describe, expect, it } from 'vitest';
import { ingressClassSpecInvalid } from '../../../../src/rules/api/objects/ingressclass-spec-invalid.js';
import { ingressSpecInvalid } from '../../../../src/rules/api/objects/ingress-spec-invalid.js';
import { networkPolicySpecInvalid } from '../../../../src/rules/api/objects/networkpolicy-spec-invalid.js';
import { lint, manifest, severities } from './object-builders.js';

const ingress = (spec: string, meta?: string): string =>
  manifest('networking.k8s.io/v1', 'Ingress', `${meta ?? ''}spec:\n${spec}`, meta === undefined ? 'demo' : null);
const rule = (path: string, backend = '{service: {name: web, port: {number: 80}}}', host = 'shop.example.com'): string =>
  `  rules:\n    - host: ${host}\n      http:\n        paths:\n          - ${path}\n            backend: ${backend}`;

const SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

// Upstream: pkg/apis/networking/validation/validation.go ValidateIngressSpec ("either `defaultBackend` or `rules` must be
// specified"), validateIngressRules (IP hosts, IsWildcardDNS1123Subdomain), validateHTTPIngressPath ("must be an absolute
// path", "must not contain '//'"), validateIngressBackend ("port name or number is required", "cannot set both port name &
// port number"); validation_test.go TestValidateIngressCreate and TestValidateIngressRules.
describe('ingress-spec-invalid', () => {
  it.each([
    { name: 'a Prefix path with a numbered service port passes', yaml: ingress(rule('path: /api\n            pathType: Prefix')), want: [] },
    { name: 'a wildcard host passes', yaml: ingress(rule('path: /\n            pathType: Prefix', undefined, '"*.example.com"')), want: [] },
    { name: 'an ImplementationSpecific path may be empty', yaml: ingress(rule('pathType: ImplementationSpecific')), want: [] },
    { name: 'no rules and no default backend fails', yaml: ingress('  tls: []'), want: ['ingress-spec-invalid 5:1 spec: Invalid value: []: either `defaultBackend` or `rules` must be specified'] },
    {
      name: 'a relative Prefix path fails',
      yaml: ingress(rule('path: api\n            pathType: Prefix')),
      want: ['ingress-spec-invalid 10:19 spec.rules[0].http.paths[0].path: Invalid value: "api": must be an absolute path'],
    },
    {
      name: 'a path with a double slash fails',
      yaml: ingress(rule('path: /a//b\n            pathType: Exact')),
      want: ["ingress-spec-invalid 10:19 spec.rules[0].http.paths[0].path: Invalid value: \"/a//b\": must not contain '//'"],
    },
    {
      name: 'a wildcard in the middle of a host fails',
      yaml: ingress(rule('path: /\n            pathType: Prefix', undefined, '"shop.*.example.com"')),
      want: [
        "ingress-spec-invalid 7:13 spec.rules[0].host: Invalid value: \"shop.*.example.com\": a wildcard RFC 1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com', regex used for validation is '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
      ],
    },
    {
      name: 'an IP host fails',
      yaml: ingress(rule('path: /\n            pathType: Prefix', undefined, '10.0.0.1')),
      want: ['ingress-spec-invalid 7:13 spec.rules[0].host: Invalid value: "10.0.0.1": must be a DNS name, not an IP address'],
    },
    {
      name: 'a service backend without a port fails',
      yaml: ingress(rule('path: /\n            pathType: Prefix', '{service: {name: web}}')),
      want: ['ingress-spec-invalid 12:32 spec.rules[0].http.paths[0].backend: Required value: port name or number is required'],
    },
    {
      name: 'an empty backend fails',
      yaml: ingress(rule('path: /\n            pathType: Prefix', '{}')),
      want: ['ingress-spec-invalid 12:22 spec.rules[0].http.paths[0].backend: Invalid value: "": resource or service backend is required'],
    },
    { name: 'a v1beta1-style backend is left to the schema validator', yaml: ingress(rule('path: /\n            pathType: Prefix', '{serviceName: web, servicePort: 80}')), want: [] },
    {
      name: 'a port with both a name and a number fails',
      yaml: ingress(rule('path: /\n            pathType: Prefix', '{service: {name: web, port: {name: http, number: 80}}}')),
      want: ['ingress-spec-invalid 12:50 spec.rules[0].http.paths[0].backend: Invalid value: "": cannot set both port name & port number'],
    },
    {
      name: 'an upper-case TLS secret name fails',
      yaml: ingress(`${rule('path: /\n            pathType: Prefix')}\n  tls: [{hosts: [shop.example.com], secretName: Shop-TLS}]`),
      want: [`ingress-spec-invalid 13:49 spec.tls[0].secretName: Invalid value: "Shop-TLS": ${SUBDOMAIN}`],
    },
    {
      name: 'the ingress.class annotation must match ingressClassName',
      yaml: ingress(`  ingressClassName: nginx\n${rule('path: /\n            pathType: Prefix')}`, 'metadata:\n  name: shop\n  annotations:\n    kubernetes.io/ingress.class: traefik\n'),
      want: ['ingress-spec-invalid 6:34 annotations.kubernetes.io/ingress.class: Invalid value: "traefik": must match `ingressClassName` when both are specified'],
    },
  ])('$name', ({ yaml, want }) => {
    expect(lint(ingressSpecInvalid, yaml)).toEqual(want);
  });

  it('downgrades unfilled template placeholders to warnings', () => {
    const yaml = ingress(rule('path: /\n            pathType: Prefix', undefined, '__INGRESS_HOST__'));
    expect(severities(ingressSpecInvalid, yaml)).toEqual(['warning']);
    expect(lint(ingressSpecInvalid, yaml)[0]).toMatch(/\(an unfilled template placeholder\?\)$/);
  });
});

// Upstream: pkg/apis/networking/validation/validation.go validateIngressClassSpec (IsDomainPrefixedPath on spec.controller)
// and validateIngressClassParametersReference; validation_test.go TestValidateIngressClass "invalid controller".
describe('ingressclass-spec-invalid', () => {
  it.each([
    { name: 'a domain-prefixed controller passes', yaml: manifest('networking.k8s.io/v1', 'IngressClass', 'spec:\n  controller: k8s.io/ingress-nginx'), want: [] },
    {
      name: 'a controller without a domain fails',
      yaml: manifest('networking.k8s.io/v1', 'IngressClass', 'spec:\n  controller: nginx'),
      want: ['ingressclass-spec-invalid 6:15 spec.controller: Invalid value: "nginx": must be a domain-prefixed path (such as "acme.io/foo")'],
    },
    {
      name: 'a missing controller is a required value',
      yaml: manifest('networking.k8s.io/v1', 'IngressClass', 'spec: {}'),
      want: ['ingressclass-spec-invalid 5:1 spec.controller: Required value'],
    },
    {
      name: 'Cluster-scoped parameters may not name a namespace',
      yaml: manifest('networking.k8s.io/v1', 'IngressClass', 'spec:\n  controller: example.com/lb\n  parameters: {kind: Config, name: lb, namespace: infra}'),
      want: ["ingressclass-spec-invalid 7:51 spec.parameters.namespace: Forbidden: `parameters.scope` is set to 'Cluster'"],
    },
  ])('$name', ({ yaml, want }) => {
    expect(lint(ingressClassSpecInvalid, yaml)).toEqual(want);
  });
});

const policy = (peers: string, ports = ''): string =>
  manifest('networking.k8s.io/v1', 'NetworkPolicy', `spec:\n  podSelector: {}\n  ingress:\n    - from:\n${peers}${ports}`);

// Upstream: pkg/apis/networking/validation/validation.go ValidateNetworkPolicyPeer ("must specify a peer", "may not specify
// both ipBlock and another peer"), ValidateIPBlock ("must be a strict subset of `cidr`") and ValidateNetworkPolicyPort
// ("must be greater than or equal to `port`"); validation_test.go TestValidateNetworkPolicy invalid cases.
describe('networkpolicy-spec-invalid', () => {
  it.each([
    { name: 'an ipBlock with an except inside it passes', yaml: policy('        - ipBlock: {cidr: 10.0.0.0/16, except: [10.0.1.0/24]}\n'), want: [] },
    { name: 'an empty peer fails', yaml: policy('        - {}\n'), want: ['networkpolicy-spec-invalid 9:11 spec.ingress[0].from[0]: Required value: must specify a peer'] },
    {
      name: 'ipBlock with a podSelector fails',
      yaml: policy('        - ipBlock: {cidr: 10.0.0.0/8}\n          podSelector: {}\n'),
      want: ['networkpolicy-spec-invalid 9:11 spec.ingress[0].from[0]: Forbidden: may not specify both ipBlock and another peer'],
    },
    {
      name: 'an except outside the cidr fails',
      yaml: policy('        - ipBlock: {cidr: 10.0.0.0/16, except: [192.168.0.0/24]}\n'),
      want: ['networkpolicy-spec-invalid 9:49 spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: "192.168.0.0/24": must be a strict subset of `cidr`'],
    },
    {
      name: 'a malformed cidr fails',
      yaml: policy('        - ipBlock: {cidr: 10.0.0/8}\n'),
      want: ['networkpolicy-spec-invalid 9:27 spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "10.0.0/8": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)'],
    },
    {
      name: 'an endPort below the port fails',
      yaml: policy('        - podSelector: {}\n', '      ports: [{port: 8080, endPort: 8000}]'),
      want: ['networkpolicy-spec-invalid 10:37 spec.ingress[0].ports[0].endPort: Invalid value: 8080: must be greater than or equal to `port`'],
    },
    {
      name: 'an endPort after a named port fails',
      yaml: policy('        - podSelector: {}\n', '      ports: [{port: http, endPort: 8000}]'),
      want: ['networkpolicy-spec-invalid 10:37 spec.ingress[0].ports[0].endPort: Invalid value: 8000: may not be specified when `port` is non-numeric'],
    },
  ])('$name', ({ yaml, want }) => {
    expect(lint(networkPolicySpecInvalid, yaml)).toEqual(want);
  });
});
