// DefaultTolerationSeconds, from plugin/pkg/admission/defaulttolerationseconds/admission_test.go (TestForgivenessAdmission).
import { describe, expect, it } from 'vitest';
import { admit } from '../../../src/simulate/admission/index.js';
import { pod, spec, state, SHOP } from './builders.js';

const notReady = { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 };
const unreachable = { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 };

describe('DefaultTolerationSeconds', () => {
  it.each([
    { name: 'a pod without tolerations gets both, for 300 seconds', tolerations: undefined, want: [notReady, unreachable] },
    {
      name: 'a pod that tolerates not-ready keeps its own and gets unreachable',
      tolerations: [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 60 }],
      want: [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 60 }, unreachable],
    },
    {
      name: 'a toleration of the key without an effect counts',
      tolerations: [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists' }],
      want: [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists' }, notReady],
    },
    { name: 'a toleration of everything covers both', tolerations: [{ operator: 'Exists' }], want: [{ operator: 'Exists' }] },
    {
      name: 'a NoSchedule toleration of the key does not count',
      tolerations: [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoSchedule' }],
      want: [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoSchedule' }, notReady, unreachable],
    },
  ])('$name', ({ tolerations, want }) => {
    expect(spec(admit(state(SHOP), pod(tolerations === undefined ? {} : { tolerations }), 'CREATE')).tolerations).toEqual(want);
  });
});
