import { describe, expect, it } from 'vitest';
import { exposedService } from '../../../src/rules/practices/networking/exposed-service.js';
import { ingressTlsMissing } from '../../../src/rules/practices/networking/ingress-tls-missing.js';
import { ingressWildcardHost } from '../../../src/rules/practices/networking/ingress-wildcard-host.js';
import { noNetworkPolicy } from '../../../src/rules/practices/networking/no-network-policy.js';
import { findingsOf, summary } from '../helpers.js';
import { deployment, oneContainer } from './builders.js';

const service = (type: string): string => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: ${type}\n  ports: [{port: 80}]\n`;
const ingress = (spec: string): string => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n${spec.replace(/^/gm, '  ')}\n`;
const rule = (host: string): string => `- ${host === '' ? '' : `host: ${host}\n  `}http:\n    paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]`;
const policy = (selector: string, extra = ''): string => `---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: np\nspec:\n  podSelector: ${selector}\n${extra}`;

describe('exposed-service', () => {
  it.each([
    { type: 'ClusterIP', findings: [] },
    { type: 'NodePort', findings: ['exposed-service 6:9 Service of type NodePort opens its ports on every node of the cluster'] },
    { type: 'LoadBalancer', findings: ['exposed-service 6:9 Service of type LoadBalancer is exposed outside the cluster through a cloud load balancer'] },
  ])('type $type', ({ type, findings }) => {
    expect(summary(findingsOf(exposedService, service(type)))).toEqual(findings);
  });
});

describe('ingress-tls-missing', () => {
  it.each([
    { name: 'no tls section is reported', spec: `rules:\n${rule('shop.example.com')}`, findings: 1 },
    { name: 'a tls entry listing the host passes', spec: `tls:\n- hosts: [shop.example.com]\n  secretName: tls\nrules:\n${rule('shop.example.com')}`, findings: 0 },
    { name: 'a wildcard tls host covers one subdomain level', spec: `tls:\n- hosts: ["*.example.com"]\nrules:\n${rule('shop.example.com')}\n${rule('a.b.example.com')}`, findings: 1 },
    { name: 'a tls entry without hosts covers every host', spec: `tls:\n- secretName: tls\nrules:\n${rule('shop.example.com')}`, findings: 0 },
  ])('$name', ({ spec, findings }) => {
    expect(findingsOf(ingressTlsMissing, ingress(spec))).toHaveLength(findings);
  });

  it('points at the uncovered host', () => {
    expect(summary(findingsOf(ingressTlsMissing, ingress(`tls:\n- hosts: [a.example.com]\nrules:\n${rule('b.example.com')}`)))).toEqual([
      'ingress-tls-missing 9:11 Ingress serves host "b.example.com" over plain HTTP: no spec.tls entry lists it',
    ]);
  });
});

describe('ingress-wildcard-host', () => {
  it('reports rules without host and wildcard hosts', () => {
    expect(summary(findingsOf(ingressWildcardHost, ingress(`rules:\n${rule('')}\n${rule('"*.example.com"')}\n${rule('shop.example.com')}`)))).toEqual([
      'ingress-wildcard-host 7:5 Ingress rule 0 has no host: it matches requests for any host name',
      'ingress-wildcard-host 9:11 Ingress host "*.example.com" is a wildcard: it matches every subdomain of example.com',
    ]);
  });
});

describe('no-network-policy (opt-in)', () => {
  const on = (params: Record<string, unknown> = {}) => ({ rules: { 'no-network-policy': { level: 'warning' as const, params } } });
  it.each([
    { name: 'no policy at all is reported', yaml: deployment(oneContainer()), params: {}, findings: 1 },
    { name: 'a policy selecting the pods passes', yaml: deployment(oneContainer()) + policy('{matchLabels: {app: web}}'), params: {}, findings: 0 },
    { name: 'an empty podSelector selects every pod', yaml: deployment(oneContainer()) + policy('{}'), params: {}, findings: 0 },
    { name: 'a policy selecting other pods does not count', yaml: deployment(oneContainer()) + policy('{matchLabels: {app: api}}'), params: {}, findings: 1 },
    { name: 'a policy of another namespace does not count', yaml: deployment(oneContainer(), { namespace: 'shop' }) + policy('{}'), params: {}, findings: 1 },
    { name: 'policyTypes asks for egress too', yaml: deployment(oneContainer()) + policy('{}'), params: { policyTypes: ['Ingress', 'Egress'] }, findings: 1 },
    { name: 'egress rules imply the Egress type', yaml: deployment(oneContainer()) + policy('{}', '  egress: [{}]\n'), params: { policyTypes: ['Ingress', 'Egress'] }, findings: 0 },
  ])('$name', ({ yaml, params, findings }) => {
    expect(findingsOf(noNetworkPolicy, yaml, on(params))).toHaveLength(findings);
  });

  it('points at the pod labels and names the missing policy type', () => {
    expect(summary(findingsOf(noNetworkPolicy, deployment(oneContainer()) + policy('{}'), on({ policyTypes: ['Egress'] })))).toEqual([
      "no-network-policy 11:7 no NetworkPolicy restricts the pods' Egress traffic",
    ]);
  });

  it('is off unless turned on', () => {
    expect(findingsOf(noNetworkPolicy, deployment(oneContainer()))).toEqual([]);
  });
});
