// NamespaceLifecycle, from staging/src/k8s.io/apiserver/pkg/admission/plugin/namespace/lifecycle/admission_test.go
// (TestAdmissionNamespaceDoesNotExist, TestAdmissionNamespaceTerminating, TestAdmissionNamespaceForceLiveLookup).
import { describe, expect, it } from 'vitest';
import { admit } from '../../../src/simulate/admission/index.js';
import { ns, pod, state, SHOP } from './builders.js';

const configMap = (namespace: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace } });

describe('NamespaceLifecycle', () => {
  it('refuses a namespaced object in a namespace that does not exist', () => {
    expect(admit(state(ns('other')), pod(), 'CREATE')).toEqual({ allowed: false, status: 'NotFound', message: 'namespaces "shop" not found' });
  });

  it('admits into a namespace created earlier in the same plan', () => {
    expect(admit(state(SHOP), configMap('shop'), 'CREATE').allowed).toBe(true);
  });

  it('does not assume the well-known namespaces exist', () => {
    expect(admit(state(), configMap('default'), 'CREATE')).toMatchObject({ allowed: false, message: 'namespaces "default" not found' });
  });

  it('lets Namespaces and cluster-scoped objects through', () => {
    expect(admit(state(), ns('new'), 'CREATE').allowed).toBe(true);
    expect(admit(state(), { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'r' } }, 'CREATE').allowed).toBe(true);
  });

  it('refuses new content in a terminating namespace, with the resource in the message', () => {
    expect(admit(state(ns('shop', { phase: 'Terminating' })), configMap('shop'), 'CREATE')).toEqual({
      allowed: false,
      status: 'Forbidden',
      message: 'configmaps "cfg" is forbidden: unable to create new content in namespace shop because it is being terminated',
    });
  });

  it('still allows updates in a terminating namespace', () => {
    expect(admit(state(ns('shop', { phase: 'Terminating' })), configMap('shop'), 'UPDATE').allowed).toBe(true);
  });
});
