// InterPodAffinity, cases after upstream pkg/scheduler/framework/plugins/interpodaffinity/filtering_test.go
// (TestRequiredAffinitySingleNode, TestRequiredAffinityMultipleNodes, the namespaceSelector cases) and
// scoring_test.go (TestPreferredAffinity, hard pod affinity symmetric weight).
import { describe, expect, it } from 'vitest';
import type { Obj } from '../../../src/model/fields.js';
import { PLUGIN } from '../../../src/simulate/scheduler/names.js';
import { node, pod, runFilter, runRawScore, runScore } from './builders.js';

const AFFINITY = "[UAR] node(s) didn't match pod affinity rules";
const ANTI = "[U] node(s) didn't match pod anti-affinity rules";
const EXISTING_ANTI = "[U] node(s) didn't satisfy existing pods anti-affinity rules";
const HOST = 'kubernetes.io/hostname';
const ZONE = 'topology.kubernetes.io/zone';

const term = (app: string, topologyKey: string, extra: Obj = {}): Obj => ({ labelSelector: { matchLabels: { app } }, topologyKey, ...extra });
const affinity = (...terms: Obj[]) => ({ podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: terms } });
const anti = (...terms: Obj[]) => ({ podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: terms } });
const preferred = (kind: 'podAffinity' | 'podAntiAffinity', weight: number, t: Obj) => ({ [kind]: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight, podAffinityTerm: t }] } });

/** n1, n2 in z1; n3 in z2. */
const threeNodes = [node({ name: 'n1', zone: 'z1' }), node({ name: 'n2', zone: 'z1' }), node({ name: 'n3', zone: 'z2' })];
const db = (nodeName: string, extra: Parameters<typeof pod>[0] = {}) => pod({ name: `db-${nodeName}`, nodeName, labels: { app: 'db' }, ...extra });
const web = (extra: Parameters<typeof pod>[0] = {}) => pod({ name: 'web', labels: { app: 'web' }, ...extra });
const teamA = { namespaceLabels: (ns: string): Record<string, string> => (ns === 'other' ? { team: 'a' } : {}) };

describe('InterPodAffinity filter', () => {
  it.each([
    { name: 'a pod without terms, with no existing anti-affinity, fits everywhere', existing: [db('n1')], pod: web(), want: { n1: 'ok', n2: 'ok', n3: 'ok' } },
    { name: 'required affinity on hostname needs a matching pod on the node', existing: [db('n1')], pod: web({ affinity: affinity(term('db', HOST)) }), want: { n1: 'ok', n2: AFFINITY, n3: AFFINITY } },
    { name: 'required affinity on zone accepts every node of the zone', existing: [db('n1')], pod: web({ affinity: affinity(term('db', ZONE)) }), want: { n1: 'ok', n2: 'ok', n3: AFFINITY } },
    {
      name: 'the first pod of a group that matches its own term may go anywhere',
      existing: [db('n1')],
      pod: web({ affinity: affinity(term('web', ZONE)) }),
      want: { n1: 'ok', n2: 'ok', n3: 'ok' },
    },
    {
      name: 'the first-pod exception needs the pod to match its own terms',
      existing: [],
      pod: web({ affinity: affinity(term('db', ZONE)) }),
      want: { n1: AFFINITY, n2: AFFINITY, n3: AFFINITY },
    },
    {
      name: 'a term looks only at the pod namespace by default',
      existing: [db('n1', { namespace: 'other' })],
      pod: web({ affinity: affinity(term('db', HOST)) }),
      want: { n1: AFFINITY, n2: AFFINITY, n3: AFFINITY },
    },
    {
      name: 'an empty namespaceSelector looks at every namespace',
      existing: [db('n1', { namespace: 'other' })],
      pod: web({ affinity: affinity(term('db', HOST, { namespaceSelector: {} })) }),
      want: { n1: 'ok', n2: AFFINITY, n3: AFFINITY },
    },
    {
      name: 'a namespaceSelector matches namespaces by their labels',
      existing: [db('n1', { namespace: 'other' })],
      pod: web({ affinity: affinity(term('db', HOST, { namespaceSelector: { matchLabels: { team: 'a' } } })) }),
      want: { n1: 'ok', n2: AFFINITY, n3: AFFINITY },
    },
    {
      name: 'listed namespaces are looked at',
      existing: [db('n3', { namespace: 'other' })],
      pod: web({ affinity: affinity(term('db', HOST, { namespaces: ['other'] })) }),
      want: { n1: AFFINITY, n2: AFFINITY, n3: 'ok' },
    },
    { name: 'required anti-affinity on hostname avoids the node of a matching pod', existing: [db('n1')], pod: web({ affinity: anti(term('db', HOST)) }), want: { n1: ANTI, n2: 'ok', n3: 'ok' } },
    { name: 'required anti-affinity on zone avoids the whole zone', existing: [db('n1')], pod: web({ affinity: anti(term('db', ZONE)) }), want: { n1: ANTI, n2: ANTI, n3: 'ok' } },
    {
      name: 'an existing pod anti-affinity the incoming pod matches keeps it off that node',
      existing: [db('n2', { affinity: anti(term('web', HOST)) })],
      pod: web(),
      want: { n1: 'ok', n2: EXISTING_ANTI, n3: 'ok' },
    },
    {
      name: 'an existing pod anti-affinity in another namespace does not apply',
      existing: [db('n2', { namespace: 'other', affinity: anti(term('web', HOST)) })],
      pod: web(),
      want: { n1: 'ok', n2: 'ok', n3: 'ok' },
    },
    {
      name: 'affinity is checked before anti-affinity',
      existing: [db('n1')],
      pod: web({ affinity: { ...affinity(term('db', ZONE)), ...anti(term('db', HOST)) } }),
      want: { n1: ANTI, n2: 'ok', n3: AFFINITY },
    },
  ])('$name', ({ existing, pod: p, want }) => {
    expect(runFilter(PLUGIN.InterPodAffinity, { nodes: threeNodes, existing, lookups: teamA }, p)).toEqual(want);
  });

  it('requires every affinity topology key on the node, even for the first pod', () => {
    const nodes = [...threeNodes, node({ name: 'n4' })];
    expect(runFilter(PLUGIN.InterPodAffinity, { nodes }, web({ affinity: affinity(term('web', ZONE)) })).n4).toBe(AFFINITY);
  });
});

describe('InterPodAffinity score', () => {
  it.each([
    { name: 'no terms anywhere skips the plugin', existing: [db('n1')], pod: web(), want: 'skip' as const },
    {
      name: 'preferred affinity adds its weight to every node in the matching pod domain',
      existing: [db('n1')],
      pod: web({ affinity: preferred('podAffinity', 5, term('db', ZONE)) }),
      want: { n1: 100, n2: 100, n3: 0 },
    },
    {
      name: 'preferred anti-affinity subtracts its weight',
      existing: [db('n1')],
      pod: web({ affinity: preferred('podAntiAffinity', 5, term('db', HOST)) }),
      want: { n1: 0, n2: 100, n3: 100 },
    },
    {
      name: 'an existing pod preferred affinity to the incoming pod draws it to that domain',
      existing: [db('n2', { affinity: preferred('podAffinity', 10, term('web', HOST)) })],
      pod: web(),
      want: { n1: 0, n2: 100, n3: 0 },
    },
    {
      name: 'an existing pod required affinity counts with hardPodAffinityWeight 1',
      existing: [db('n3', { affinity: affinity(term('web', ZONE)) })],
      pod: web(),
      want: { n1: 0, n2: 0, n3: 100 },
    },
  ])('$name', ({ existing, pod: p, want }) => {
    expect(runScore(PLUGIN.InterPodAffinity, { nodes: threeNodes, existing }, p)).toEqual(want);
  });

  it('sums raw scores per node across terms and pods', () => {
    const existing = [db('n1'), db('n2'), pod({ name: 'cache', nodeName: 'n3', labels: { app: 'cache' }, affinity: preferred('podAntiAffinity', 3, term('web', HOST)) })];
    const p = web({ affinity: { ...preferred('podAffinity', 2, term('db', ZONE)) } });
    expect(runRawScore(PLUGIN.InterPodAffinity, { nodes: threeNodes, existing }, p)).toEqual({ n1: 4, n2: 4, n3: -3 });
  });
});
