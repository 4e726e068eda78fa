import { describe, expect, it } from 'vitest';
import { networkPolicyPeerSelectsNoPods } from '../../../src/rules/references/networkpolicy-peer-selects-no-pods.js';
import { networkPolicySelectsNoPods } from '../../../src/rules/references/networkpolicy-selects-no-pods.js';
import { findingsOf, summary } from '../helpers.js';
import { deployment, findings } from './builders.js';

const np = (spec: Record<string, unknown>) => ({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'web', namespace: 'shop' }, spec });
const web = deployment('web', { app: 'web' }, {}, { namespace: 'shop' });
const api = deployment('api', { app: 'api' }, {}, { namespace: 'shop' });
const from = (...peers: Record<string, unknown>[]) => ({ podSelector: { matchLabels: { app: 'web' } }, ingress: [{ from: peers }] });

describe('networkpolicy-selects-no-pods', () => {
  it.each([
    { name: 'a podSelector matching a template passes', objects: [web, np({ podSelector: { matchLabels: { app: 'web' } } })], expected: [] },
    { name: 'an empty podSelector (every pod of the namespace) passes', objects: [np({ podSelector: {} })], expected: [] },
    {
      name: 'a podSelector matching nothing warns',
      objects: [web, np({ podSelector: { matchLabels: { app: 'wbe' } } })],
      expected: ['warning spec.podSelector NetworkPolicy "web" selects no pods: no pod template in namespace "shop" has labels app=wbe'],
    },
    {
      name: 'a namespace without pod templates gives info',
      objects: [deployment('web', { app: 'web' }), np({ podSelector: { matchLabels: { app: 'web' } } })],
      expected: ['info spec.podSelector NetworkPolicy "web" selects no pods: no pod template in namespace "shop" has labels app=web'],
    },
  ])('$name', ({ objects, expected }) => {
    expect(findings(networkPolicySelectsNoPods, objects)).toEqual(expected);
  });

  it('is an error with assume-complete', () => {
    expect(findings(networkPolicySelectsNoPods, [np({ podSelector: { matchLabels: { app: 'web' } } })], true)[0]).toMatch(/^error /);
  });
});

describe('networkpolicy-peer-selects-no-pods', () => {
  it.each([
    { name: 'an ingress peer matching a template passes', objects: [web, api, np(from({ podSelector: { matchLabels: { app: 'api' } } }))], expected: [] },
    {
      name: 'an ingress peer matching nothing warns',
      objects: [web, api, np(from({ podSelector: { matchLabels: { app: 'client' } } }))],
      expected: ['warning spec.ingress[0].from[0].podSelector ingress peer selects no pods: no pod template in namespace "shop" has labels app=client'],
    },
    {
      name: 'an egress peer matching nothing warns',
      objects: [web, np({ podSelector: {}, egress: [{ to: [{ podSelector: { matchLabels: { app: 'db' } } }] }] })],
      expected: ['warning spec.egress[0].to[0].podSelector egress peer selects no pods: no pod template in namespace "shop" has labels app=db'],
    },
    { name: 'a peer with a namespaceSelector is not checked', objects: [web, np(from({ namespaceSelector: {}, podSelector: { matchLabels: { app: 'x' } } }))], expected: [] },
    { name: 'an empty peer podSelector (every pod of the namespace) passes', objects: [web, np(from({ podSelector: {} }))], expected: [] },
    { name: 'an ipBlock peer is not checked', objects: [web, np(from({ ipBlock: { cidr: '10.0.0.0/8' } }))], expected: [] },
  ])('$name', ({ objects, expected }) => {
    expect(findings(networkPolicyPeerSelectsNoPods, objects)).toEqual(expected);
  });

  it('is positioned on the peer podSelector', () => {
    const text = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db}
spec:
  podSelector: {}
  ingress:
    - from:
        - podSelector:
            matchLabels: {app: api}
---
apiVersion: v1
kind: Pod
metadata: {name: db, labels: {app: db}}
spec: {containers: [{name: db, image: db:1}]}
`;
    expect(summary(findingsOf(networkPolicyPeerSelectsNoPods, text))).toEqual([
      'networkpolicy-peer-selects-no-pods 9:13 ingress peer selects no pods: no pod template in namespace "default" has labels app=api',
    ]);
  });
});
