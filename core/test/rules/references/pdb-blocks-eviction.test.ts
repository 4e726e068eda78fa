import { describe, expect, it } from 'vitest';
import { pdbBlocksEviction } from '../../../src/rules/references/pdb-blocks-eviction.js';
import { findingsOf, summary } from '../helpers.js';
import { deployment, findings } from './builders.js';

const pdb = (spec: Record<string, unknown>) => ({ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web' }, spec: { selector: { matchLabels: { app: 'web' } }, ...spec } });
const web = (replicas?: number) => deployment('web', { app: 'web' }, {}, replicas === undefined ? {} : { replicas });
const hpa = (minReplicas?: number) => ({
  apiVersion: 'autoscaling/v2',
  kind: 'HorizontalPodAutoscaler',
  metadata: { name: 'web' },
  spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, maxReplicas: 10, ...(minReplicas === undefined ? {} : { minReplicas }) },
});
const daemonSet = { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent' }, spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'a', image: 'a:1' }] } } } };

describe('pdb-blocks-eviction', () => {
  it.each([
    { name: 'minAvailable below the replicas passes', objects: [web(3), pdb({ minAvailable: 2 })], expected: [] },
    { name: 'maxUnavailable 1 passes', objects: [web(1), pdb({ maxUnavailable: 1 })], expected: [] },
    { name: 'maxUnavailable 10% passes (rounded up to one pod)', objects: [web(3), pdb({ maxUnavailable: '10%' })], expected: [] },
    {
      name: 'maxUnavailable 0 warns whatever it selects',
      objects: [pdb({ maxUnavailable: 0 })],
      expected: ['warning spec.maxUnavailable maxUnavailable 0 allows no voluntary eviction: node drains and upgrades wait until the budget changes'],
    },
    {
      name: 'maxUnavailable 0% warns',
      objects: [web(3), pdb({ maxUnavailable: '0%' })],
      expected: ['warning spec.maxUnavailable maxUnavailable "0%" allows no voluntary eviction: node drains and upgrades wait until the budget changes'],
    },
    {
      name: 'minAvailable equal to the replicas warns',
      objects: [web(2), pdb({ minAvailable: 2 })],
      expected: ['warning spec.minAvailable minAvailable 2 allows no voluntary eviction: it requires 2 of the 2 selected pods to stay up (Deployment "web" replicas 2)'],
    },
    {
      name: 'replicas default to 1',
      objects: [web(), pdb({ minAvailable: 1 })],
      expected: ['warning spec.minAvailable minAvailable 1 allows no voluntary eviction: it requires 1 of the 1 selected pod to stay up (Deployment "web" replicas 1)'],
    },
    {
      name: 'minAvailable 100% warns',
      objects: [web(4), pdb({ minAvailable: '100%' })],
      expected: ['warning spec.minAvailable minAvailable "100%" allows no voluntary eviction: it requires 4 of the 4 selected pods to stay up (Deployment "web" replicas 4)'],
    },
    { name: 'minAvailable 50% of 4 passes', objects: [web(4), pdb({ minAvailable: '50%' })], expected: [] },
    { name: 'replicas of every selected workload add up', objects: [web(1), deployment('web-2', { app: 'web', v: '2' }, {}, { replicas: 1 }), pdb({ minAvailable: 1 })], expected: [] },
    {
      name: 'an HPA floor counts instead of spec.replicas',
      objects: [web(3), hpa(1), pdb({ minAvailable: 1 })],
      expected: ['warning spec.minAvailable minAvailable 1 allows no voluntary eviction: it requires 1 of the 1 selected pod to stay up (Deployment "web" at HorizontalPodAutoscaler "web" minReplicas 1)'],
    },
    { name: 'an HPA floor above minAvailable passes', objects: [web(1), hpa(3), pdb({ minAvailable: 2 })], expected: [] },
    { name: 'a DaemonSet (pod count unknown) is not judged', objects: [daemonSet, pdb({ minAvailable: 1 })], expected: [] },
    { name: 'zero replicas is not judged (nothing to evict)', objects: [web(0), pdb({ minAvailable: 1 })], expected: [] },
    { name: 'a budget that selects nothing is left to pdb-selects-no-pods', objects: [pdb({ minAvailable: 1 })], expected: [] },
  ])('$name', ({ objects, expected }) => {
    expect(findings(pdbBlocksEviction, objects)).toEqual(expected);
  });

  it('is an error with assume-complete', () => {
    expect(findings(pdbBlocksEviction, [web(1), pdb({ minAvailable: 1 })], true).map((f) => f.split(' ')[0])).toEqual(['error']);
  });

  it('is positioned on minAvailable', () => {
    const text = `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: web}
spec:
  minAvailable: 1
  selector: {matchLabels: {app: web}}
---
apiVersion: v1
kind: Pod
metadata: {name: web, labels: {app: web}}
spec: {containers: [{name: web, image: web:1}]}
`;
    expect(summary(findingsOf(pdbBlocksEviction, text))).toEqual([
      'pdb-blocks-eviction 5:17 minAvailable 1 allows no voluntary eviction: it requires 1 of the 1 selected pod to stay up (Pod "web")',
    ]);
  });
});
