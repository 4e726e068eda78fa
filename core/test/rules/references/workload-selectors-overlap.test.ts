import { describe, expect, it } from 'vitest';
import { workloadSelectorsOverlap } from '../../../src/rules/references/workload-selectors-overlap.js';
import { findingsOf, summary } from '../helpers.js';
import { deployment, findings, statefulSet } from './builders.js';

const MSG = 'whose selector selects these pods too: their controllers may fight over the pods';

describe('workload-selectors-overlap', () => {
  it.each([
    { name: 'distinct selectors pass', objects: [deployment('web', { app: 'web' }), deployment('api', { app: 'api' })], expected: [] },
    {
      name: 'two Deployments selecting each other’s pods are both reported',
      objects: [deployment('web', { tier: 'front', app: 'web' }, {}, { selector: { matchLabels: { tier: 'front' } } }), deployment('admin', { tier: 'front', app: 'admin' }, {}, { selector: { matchLabels: { tier: 'front' } } })],
      expected: [`warning spec.selector selector tier=front also selects the pods of Deployment "admin", ${MSG}`, `warning spec.selector selector tier=front also selects the pods of Deployment "web", ${MSG}`],
    },
    {
      name: 'a one-way overlap (a narrower selector on the other side) is not reported',
      objects: [deployment('web', { tier: 'front', app: 'web' }, {}, { selector: { matchLabels: { tier: 'front' } } }), deployment('admin', { tier: 'front', app: 'admin' })],
      expected: [],
    },
    {
      name: 'a Deployment and a ReplicaSet are one family',
      objects: [deployment('web', { app: 'web' }), { ...deployment('web-rs', { app: 'web' }), kind: 'ReplicaSet' }],
      expected: [`warning spec.selector selector app=web also selects the pods of ReplicaSet "web-rs", ${MSG}`, `warning spec.selector selector app=web also selects the pods of Deployment "web", ${MSG}`],
    },
    { name: 'a Deployment and a StatefulSet are different families', objects: [deployment('web', { app: 'web' }), statefulSet('web-db', { app: 'web' })], expected: [] },
    { name: 'the same selectors in two namespaces pass', objects: [deployment('web', { app: 'web' }, {}, { namespace: 'a' }), deployment('web', { app: 'web' }, {}, { namespace: 'b' })], expected: [] },
    {
      name: 'a ReplicaSet its Deployment owns (a cluster dump) is not a rival',
      objects: [
        deployment('web', { app: 'web' }),
        {
          ...deployment('web-5d4f', { app: 'web', 'pod-template-hash': '5d4f' }, {}, { selector: { matchLabels: { app: 'web', 'pod-template-hash': '5d4f' } } }),
          kind: 'ReplicaSet',
          metadata: { name: 'web-5d4f', ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'u', controller: true }] },
        },
      ],
      expected: [],
    },
    { name: 'an object defined twice is left to duplicate-object', objects: [deployment('web', { app: 'web' }), deployment('web', { app: 'web' })], expected: [] },
    {
      name: 'another workload defined twice is named once',
      objects: [deployment('web', { app: 'web' }), deployment('web-2', { app: 'web' }), deployment('web-2', { app: 'web' })],
      expected: [
        `warning spec.selector selector app=web also selects the pods of Deployment "web-2", ${MSG}`,
        `warning spec.selector selector app=web also selects the pods of Deployment "web", ${MSG}`,
        `warning spec.selector selector app=web also selects the pods of Deployment "web", ${MSG}`,
      ],
    },
  ])('$name', ({ objects, expected }) => {
    expect(findings(workloadSelectorsOverlap, objects)).toEqual(expected);
  });

  it('stays a warning with assume-complete (both objects are in the set)', () => {
    const objects = [deployment('web', { app: 'web' }), deployment('web-2', { app: 'web' })];
    expect(findings(workloadSelectorsOverlap, objects, true).map((f) => f.split(' ')[0])).toEqual(['warning', 'warning']);
  });

  it('is positioned on the selector', () => {
    const text = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: a}
spec:
  selector: {matchLabels: {app: agent}}
  template: {metadata: {labels: {app: agent}}, spec: {containers: [{name: a, image: a:1}]}}
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: b}
spec:
  selector: {matchLabels: {app: agent}}
  template: {metadata: {labels: {app: agent}}, spec: {containers: [{name: b, image: b:1}]}}
`;
    expect(summary(findingsOf(workloadSelectorsOverlap, text))).toEqual([
      `workload-selectors-overlap 5:13 selector app=agent also selects the pods of DaemonSet "b", ${MSG}`,
      `workload-selectors-overlap 12:13 selector app=agent also selects the pods of DaemonSet "a", ${MSG}`,
    ]);
  });
});
