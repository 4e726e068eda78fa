import { describe, expect, it } from 'vitest';
import { pvcNotFound } from '../../../src/rules/references/pvc-not-found.js';
import { serviceAccountNotFound } from '../../../src/rules/references/service-account-not-found.js';
import { findingsOf, summary } from '../helpers.js';
import { deployment, findings, serviceAccount, statefulSet } from './builders.js';

const pvc = (name: string) => ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } });
const claiming = (claimName: string) => deployment('web', { app: 'web' }, { volumes: [{ name: 'data', persistentVolumeClaim: { claimName } }] });
const V = 'spec.template.spec.volumes[0].persistentVolumeClaim.claimName';
const db = statefulSet('db', { app: 'db' }, { serviceName: 'db', volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'] } }] });

describe('pvc-not-found', () => {
  it.each([
    { name: 'a claim of the set passes', objects: [pvc('web-data'), claiming('web-data')], expected: [] },
    { name: 'a claim a StatefulSet creates (<claim>-<sts>-<ordinal>) passes', objects: [db, pvc('other'), claiming('data-db-0')], expected: [] },
    {
      name: 'a name like a StatefulSet claim but without an ordinal warns',
      objects: [db, pvc('other'), claiming('data-db-x')],
      expected: [`warning ${V} volume "data": PersistentVolumeClaim "data-db-x" not found in namespace "default"`],
    },
    { name: 'a missing claim warns', objects: [pvc('web-date'), claiming('web-data')], expected: [`warning ${V} volume "data": PersistentVolumeClaim "web-data" not found in namespace "default"`] },
    { name: 'a namespace with no claim at all gives info', objects: [claiming('web-data')], expected: [`info ${V} volume "data": PersistentVolumeClaim "web-data" not found in namespace "default"`] },
  ])('$name', ({ objects, expected }) => {
    expect(findings(pvcNotFound, objects)).toEqual(expected);
  });

  it('is an error with assume-complete', () => {
    expect(findings(pvcNotFound, [claiming('web-data')], true)).toEqual([`error ${V} volume "data": PersistentVolumeClaim "web-data" not found in namespace "default"`]);
  });
});

const runningAs = (spec: Record<string, unknown>, namespace?: string) => deployment('web', { app: 'web' }, spec, namespace === undefined ? {} : { namespace });
const S = 'spec.template.spec';

describe('service-account-not-found', () => {
  it.each([
    { name: 'a ServiceAccount of the set passes', objects: [serviceAccount('builder'), runningAs({ serviceAccountName: 'builder' })], expected: [] },
    { name: 'the default ServiceAccount always exists', objects: [serviceAccount('builder'), runningAs({ serviceAccountName: 'default' })], expected: [] },
    { name: 'no ServiceAccount named means default', objects: [serviceAccount('builder'), runningAs({})], expected: [] },
    {
      name: 'a missing serviceAccountName warns',
      objects: [serviceAccount('build'), runningAs({ serviceAccountName: 'builder' })],
      expected: [`warning ${S}.serviceAccountName ServiceAccount "builder" not found in namespace "default"`],
    },
    {
      name: 'the deprecated serviceAccount field is checked too',
      objects: [serviceAccount('build'), runningAs({ serviceAccount: 'builder' })],
      expected: [`warning ${S}.serviceAccount ServiceAccount "builder" not found in namespace "default"`],
    },
    {
      name: 'a ServiceAccount of another namespace does not count',
      objects: [serviceAccount('builder', 'ci'), serviceAccount('x'), runningAs({ serviceAccountName: 'builder' })],
      expected: [`warning ${S}.serviceAccountName ServiceAccount "builder" not found in namespace "default"`],
    },
    {
      name: 'a namespace with no ServiceAccount at all gives info',
      objects: [runningAs({ serviceAccountName: 'builder' })],
      expected: [`info ${S}.serviceAccountName ServiceAccount "builder" not found in namespace "default"`],
    },
    { name: 'kube-system is never reported', objects: [serviceAccount('x', 'kube-system'), runningAs({ serviceAccountName: 'coredns' }, 'kube-system')], expected: [] },
  ])('$name', ({ objects, expected }) => {
    expect(findings(serviceAccountNotFound, objects)).toEqual(expected);
  });

  it('is an error with assume-complete, even where it would be info', () => {
    expect(findings(serviceAccountNotFound, [runningAs({ serviceAccountName: 'builder' })], true)).toEqual([`error ${S}.serviceAccountName ServiceAccount "builder" not found in namespace "default"`]);
  });

  it('is positioned on the field', () => {
    const text = `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  serviceAccountName: builder
  containers: [{name: web, image: web:1}]
`;
    expect(summary(findingsOf(serviceAccountNotFound, text))).toEqual(['service-account-not-found 5:23 ServiceAccount "builder" not found in namespace "default"']);
  });
});
