import { describe, expect, it } from 'vitest';
import { serviceSelectsNoPods } from '../../../src/rules/references/service-selects-no-pods.js';
import { findingsOf, summary } from '../helpers.js';
import { deployment, findings, service, statefulSet } from './builders.js';

const web = deployment('web', { app: 'web', tier: 'front' }, {}, { namespace: 'shop' });

describe('service-selects-no-pods', () => {
  it.each([
    { name: 'a selector matching a Deployment template passes', objects: [web, service('web', { selector: { app: 'web' } }, 'shop')], expected: [] },
    {
      name: 'a selector with a label value no template has warns',
      objects: [web, service('web', { selector: { app: 'website' } }, 'shop')],
      expected: ['warning spec.selector Service "web" selects no pods: no pod template in namespace "shop" has labels app=website'],
    },
    {
      name: 'a matching template in another namespace does not count',
      objects: [web, deployment('api', { app: 'api' }), service('web', { selector: { app: 'web' } })],
      expected: ['warning spec.selector Service "web" selects no pods: no pod template in namespace "default" has labels app=web'],
    },
    { name: 'a Service without selector (Endpoints-backed) is not checked', objects: [web, service('db', { ports: [{ port: 5432 }] }, 'shop')], expected: [] },
    { name: 'an empty selector is not checked', objects: [web, service('db', { selector: {} }, 'shop')], expected: [] },
    { name: 'an ExternalName Service is not checked', objects: [web, service('ext', { type: 'ExternalName', externalName: 'a.example.com', selector: { app: 'x' } }, 'shop')], expected: [] },
    {
      name: 'a namespace with no pod template at all gives info (the workloads are likely elsewhere)',
      objects: [service('web', { selector: { app: 'web' } }, 'shop')],
      expected: ['info spec.selector Service "web" selects no pods: no pod template in namespace "shop" has labels app=web'],
    },
    {
      name: 'a namespace holding custom resources gives info (an operator may create the pods)',
      objects: [web, { apiVersion: 'monitoring.coreos.com/v1', kind: 'Prometheus', metadata: { name: 'k8s', namespace: 'shop' } }, service('prometheus', { selector: { prometheus: 'k8s' } }, 'shop')],
      expected: ['info spec.selector Service "prometheus" selects no pods: no pod template in namespace "shop" has labels prometheus=k8s'],
    },
    {
      name: 'a per-pod Service of a StatefulSet (statefulset.kubernetes.io/pod-name) selects its pod',
      objects: [statefulSet('redis', { app: 'redis' }), service('redis-0', { selector: { app: 'redis', 'statefulset.kubernetes.io/pod-name': 'redis-0' } })],
      expected: [],
    },
    {
      name: 'labels the Job controller adds (job-name) match any value',
      objects: [{ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'migrate' }, spec: { template: { metadata: { labels: { app: 'migrate' } }, spec: { restartPolicy: 'Never', containers: [{ name: 'm', image: 'm:1' }] } } } }, service('migrate', { selector: { 'job-name': 'migrate' } })],
      expected: [],
    },
    {
      name: 'a pod-name label of another StatefulSet selects nothing',
      objects: [statefulSet('redis', { app: 'redis' }), service('redis-0', { selector: { app: 'redis', 'statefulset.kubernetes.io/pod-name': 'cache-0' } })],
      expected: ['warning spec.selector Service "redis-0" selects no pods: no pod template in namespace "default" has labels app=redis,statefulset.kubernetes.io/pod-name=cache-0'],
    },
  ])('$name', ({ objects, expected }) => {
    expect(findings(serviceSelectsNoPods, objects)).toEqual(expected);
  });

  it('is an error with assume-complete, even where it would be info', () => {
    expect(findings(serviceSelectsNoPods, [service('web', { selector: { app: 'web' } }, 'shop')], true)).toEqual([
      'error spec.selector Service "web" selects no pods: no pod template in namespace "shop" has labels app=web',
    ]);
  });

  it('is positioned on the selector', () => {
    const text = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
---
apiVersion: v1
kind: Pod
metadata:
  name: api
  labels: {app: api}
spec:
  containers: [{name: api, image: api:1}]
`;
    expect(summary(findingsOf(serviceSelectsNoPods, text))).toEqual([
      'service-selects-no-pods 7:5 Service "web" selects no pods: no pod template in namespace "default" has labels app=web',
    ]);
  });
});
