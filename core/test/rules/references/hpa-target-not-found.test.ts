import { describe, expect, it } from 'vitest';
import { hpaTargetNotFound } from '../../../src/rules/references/hpa-target-not-found.js';
import { findingsOf, summary } from '../helpers.js';
import { deployment, findings, statefulSet } from './builders.js';

const hpa = (ref: Record<string, unknown>, namespace?: string) => ({
  apiVersion: 'autoscaling/v2',
  kind: 'HorizontalPodAutoscaler',
  metadata: { name: 'web', ...(namespace === undefined ? {} : { namespace }) },
  spec: { scaleTargetRef: ref, minReplicas: 2, maxReplicas: 5 },
});
const web = deployment('web', { app: 'web' });

describe('hpa-target-not-found', () => {
  it.each([
    { name: 'a target of that kind, name and group passes', objects: [web, hpa({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' })], expected: [] },
    { name: 'another version of the same group passes (only the group is resolved)', objects: [web, hpa({ apiVersion: 'apps/v1beta2', kind: 'Deployment', name: 'web' })], expected: [] },
    {
      name: 'a missing name warns when the namespace has objects of that kind',
      objects: [web, hpa({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web-app' })],
      expected: ['warning spec.scaleTargetRef.name scaleTargetRef: Deployment "web-app" not found in namespace "default"'],
    },
    {
      name: 'the same name of another kind does not count',
      objects: [web, statefulSet('db', { app: 'db' }), hpa({ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web' })],
      expected: ['warning spec.scaleTargetRef.name scaleTargetRef: StatefulSet "web" not found in namespace "default"'],
    },
    {
      name: 'the wrong API group warns',
      objects: [web, hpa({ apiVersion: 'extensions/v1beta1', kind: 'Deployment', name: 'web' })],
      expected: ['warning spec.scaleTargetRef.apiVersion scaleTargetRef: apiVersion "extensions/v1beta1" is in API group "extensions", but Deployment "web" is in "apps"'],
    },
    {
      name: 'a namespace with no object of the target kind gives info',
      objects: [web, hpa({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', name: 'web' })],
      expected: ['info spec.scaleTargetRef.name scaleTargetRef: Rollout "web" not found in namespace "default"'],
    },
    { name: 'a target in kube-system is never reported missing', objects: [hpa({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'coredns' }, 'kube-system')], expected: [] },
  ])('$name', ({ objects, expected }) => {
    expect(findings(hpaTargetNotFound, objects)).toEqual(expected);
  });

  it('is an error with assume-complete', () => {
    expect(findings(hpaTargetNotFound, [hpa({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' })], true)).toEqual([
      'error spec.scaleTargetRef.name scaleTargetRef: Deployment "web" not found in namespace "default"',
    ]);
  });

  it('is positioned on the target name', () => {
    const text = `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: web}
spec:
  maxReplicas: 3
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
`;
    expect(summary(findingsOf(hpaTargetNotFound, text))).toEqual(['hpa-target-not-found 9:11 scaleTargetRef: Deployment "web" not found in namespace "default"']);
  });
});
