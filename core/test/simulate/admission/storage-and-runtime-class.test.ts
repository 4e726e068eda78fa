// DefaultStorageClass and RuntimeClass, from plugin/pkg/admission/storage/storageclass/setdefault/admission_test.go
// (TestAdmission) and plugin/pkg/admission/runtimeclass/admission_test.go (TestSetOverhead, TestSetScheduling, TestValidate).
import { describe, expect, it } from 'vitest';
import type { Obj } from '../../../src/model/fields.js';
import { admit } from '../../../src/simulate/admission/index.js';
import { claim, pod, spec, state, SHOP } from './builders.js';

const storageClass = (name: string, isDefault: boolean, creationTimestamp?: string): Obj => ({
  apiVersion: 'storage.k8s.io/v1',
  kind: 'StorageClass',
  metadata: { name, ...(creationTimestamp ? { creationTimestamp } : {}), ...(isDefault ? { annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } } : {}) },
  provisioner: 'x',
});
const runtime = (name: string, extra: Obj): Obj => ({ apiVersion: 'node.k8s.io/v1', kind: 'RuntimeClass', metadata: { name }, handler: name, ...extra });

describe('DefaultStorageClass', () => {
  it.each([
    { name: 'a claim without a class gets the default one', classes: [storageClass('slow', false), storageClass('fast', true)], claimSpec: {}, want: 'fast' },
    { name: 'an empty class name asks for no class and stays empty', classes: [storageClass('fast', true)], claimSpec: { storageClassName: '' }, want: '' },
    { name: 'a named class is kept', classes: [storageClass('fast', true)], claimSpec: { storageClassName: 'slow' }, want: 'slow' },
    { name: 'without a default class nothing is set', classes: [storageClass('slow', false)], claimSpec: {}, want: undefined },
    {
      name: 'the newest of several default classes wins',
      classes: [storageClass('old', true, '2024-01-01T00:00:00Z'), storageClass('new', true, '2025-01-01T00:00:00Z')],
      claimSpec: {},
      want: 'new',
    },
  ])('$name', ({ classes, claimSpec, want }) => {
    expect(spec(admit(state(SHOP, ...classes), claim('data', '1Gi', claimSpec), 'CREATE')).storageClassName).toBe(want);
  });
});

describe('RuntimeClass', () => {
  const gvisor = runtime('gvisor', { overhead: { podFixed: { cpu: '250m', memory: '120Mi' } }, scheduling: { nodeSelector: { sandbox: 'gvisor' }, tolerations: [{ key: 'sandbox', operator: 'Exists' }] } });

  it('sets the overhead and merges the node selector and tolerations', () => {
    const s = spec(admit(state(SHOP, gvisor), pod({ runtimeClassName: 'gvisor', nodeSelector: { zone: 'a' } }), 'CREATE'));
    expect(s.overhead).toEqual({ cpu: '250m', memory: '120Mi' });
    expect(s.nodeSelector).toEqual({ zone: 'a', sandbox: 'gvisor' });
    expect(s.tolerations).toContainEqual({ key: 'sandbox', operator: 'Exists' });
  });

  it.each([
    { name: 'a missing RuntimeClass refuses the pod', podSpec: { runtimeClassName: 'kata' }, want: 'pod rejected: RuntimeClass "kata" not found' },
    {
      name: 'a node selector that contradicts the class refuses the pod',
      podSpec: { runtimeClassName: 'gvisor', nodeSelector: { sandbox: 'kata' } },
      want: 'conflict: runtimeClass.scheduling.nodeSelector[sandbox] = gvisor; pod.spec.nodeSelector[sandbox] = kata',
    },
    {
      name: 'an overhead of its own that differs refuses the pod',
      podSpec: { runtimeClassName: 'gvisor', overhead: { cpu: '1' } },
      want: "pod rejected: Pod's Overhead doesn't match RuntimeClass's defined Overhead",
    },
  ])('$name', ({ podSpec, want }) => {
    expect(admit(state(SHOP, gvisor), pod(podSpec), 'CREATE')).toEqual({ allowed: false, status: 'Forbidden', message: `pods "web" is forbidden: ${want}` });
  });
});
