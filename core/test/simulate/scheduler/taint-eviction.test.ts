// NoExecute taint eviction in the steady state, cases after upstream
// pkg/controller/tainteviction/taint_eviction_test.go (TestCreatePod, TestUpdateNode, getMinTolerationTime).
import { describe, expect, it } from 'vitest';
import type { Obj } from '../../../src/model/fields.js';
import type { Taint } from '../../../src/model/toleration.js';
import { podsToEvict, TAINT_EVICTION_MESSAGE } from '../../../src/simulate/controllers/taint-eviction.js';
import { node, pod } from './builders.js';

const noExecute: Taint = { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' };
const tolerate = (tolerationSeconds?: number): Obj => ({ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', ...(tolerationSeconds === undefined ? {} : { tolerationSeconds }) });

describe('podsToEvict', () => {
  it.each([
    { name: 'a pod not tolerating a NoExecute taint is evicted', taints: [noExecute], tolerations: [], evicted: true },
    { name: 'a pod tolerating it without tolerationSeconds stays for good', taints: [noExecute], tolerations: [tolerate()], evicted: false },
    { name: 'a pod tolerating it for 300 seconds is gone in the steady state', taints: [noExecute], tolerations: [tolerate(300)], evicted: true },
    { name: 'tolerationSeconds 0 evicts at once', taints: [noExecute], tolerations: [tolerate(0)], evicted: true },
    { name: 'NoSchedule taints evict nothing', taints: [{ key: 'k', effect: 'NoSchedule' as const }], tolerations: [], evicted: false },
    { name: 'a node without taints evicts nothing', taints: [], tolerations: [], evicted: false },
    {
      name: 'every NoExecute taint must be tolerated',
      taints: [noExecute, { key: 'other', effect: 'NoExecute' as const }],
      tolerations: [tolerate()],
      evicted: true,
    },
    {
      name: 'the first toleration matching a taint is the one whose time counts',
      taints: [noExecute],
      tolerations: [tolerate(60), { operator: 'Exists' }],
      evicted: true,
    },
  ])('$name', ({ taints, tolerations, evicted }) => {
    const got = podsToEvict([node({ taints })], [pod({ name: 'p', nodeName: 'node-1', tolerations })]);
    expect(got).toEqual(evicted ? [{ namespace: 'default', name: 'p', node: 'node-1', message: TAINT_EVICTION_MESSAGE }] : []);
  });

  it('leaves pending pods and pods on other nodes alone', () => {
    const nodes = [node({ name: 'tainted', taints: [noExecute] }), node({ name: 'fine' })];
    const pods = [pod({ name: 'pending' }), pod({ name: 'elsewhere', nodeName: 'fine' }), pod({ name: 'hit', nodeName: 'tainted' })];
    expect(podsToEvict(nodes, pods).map((e) => e.name)).toEqual(['hit']);
  });

  it('uses the taint eviction controller wording', () => {
    expect(TAINT_EVICTION_MESSAGE).toBe('Taint manager: deleting due to NoExecute taint');
  });
});
