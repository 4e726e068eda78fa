// ServiceAccount, from plugin/pkg/admission/serviceaccount/admission_test.go (TestAssignsDefaultServiceAccountAndBoundTokenWithNoSecretTokens,
// TestFetchesUncachedServiceAccount, TestDeniesInvalidServiceAccount, TestAddImagePullSecrets, TestDoNotAddImagePullSecrets).
import { describe, expect, it } from 'vitest';
import { admit } from '../../../src/simulate/admission/index.js';
import { pod, serviceAccount, spec, state, SHOP } from './builders.js';

describe('ServiceAccount', () => {
  it('runs a pod without a service account as default, which every existing namespace has', () => {
    expect(spec(admit(state(SHOP), pod(), 'CREATE')).serviceAccountName).toBe('default');
  });

  it('admits a pod naming a service account that exists', () => {
    expect(spec(admit(state(SHOP, serviceAccount('builder')), pod({ serviceAccountName: 'builder' }), 'CREATE')).serviceAccountName).toBe('builder');
  });

  it('refuses a pod naming a service account that does not exist', () => {
    expect(admit(state(SHOP), pod({ serviceAccountName: 'builder' }), 'CREATE')).toEqual({
      allowed: false,
      status: 'Forbidden',
      message: 'pods "web" is forbidden: error looking up service account shop/builder: serviceaccount "builder" not found',
    });
  });

  it('looks the service account up in the pod\'s own namespace', () => {
    expect(admit(state(SHOP, serviceAccount('builder', {}, 'other')), pod({ serviceAccountName: 'builder' }), 'CREATE').allowed).toBe(false);
  });

  it('copies the service account\'s image pull secrets to a pod that has none', () => {
    const sa = serviceAccount('default', { imagePullSecrets: [{ name: 'regcred' }] });
    expect(spec(admit(state(SHOP, sa), pod(), 'CREATE')).imagePullSecrets).toEqual([{ name: 'regcred' }]);
    expect(spec(admit(state(SHOP, sa), pod({ imagePullSecrets: [{ name: 'mine' }] }), 'CREATE')).imagePullSecrets).toEqual([{ name: 'mine' }]);
  });

  it('leaves mirror pods alone', () => {
    const mirror = pod({ serviceAccountName: 'missing' }, { annotations: { 'kubernetes.io/config.mirror': 'x' } });
    expect(admit(state(SHOP), mirror, 'CREATE').allowed).toBe(true);
  });

  it('does not check pods on update', () => {
    expect(admit(state(SHOP), pod({ serviceAccountName: 'gone' }), 'UPDATE').allowed).toBe(true);
  });
});
