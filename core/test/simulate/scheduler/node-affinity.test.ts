// NodeAffinity, cases after upstream pkg/scheduler/framework/plugins/nodeaffinity/node_affinity_test.go
// (TestNodeAffinity for Filter and the PreFilter node-name result, TestNodeAffinityPriority for Score).
import { describe, expect, it } from 'vitest';
import { PLUGIN } from '../../../src/simulate/scheduler/names.js';
import { node, pod, runFilter, runScore, type PodSpec } from './builders.js';

const MISMATCH = "[UAR] node(s) didn't match Pod's node affinity/selector";
type Req = { key: string; operator: string; values?: string[] };
const required = (...terms: { matchExpressions?: Req[]; matchFields?: Req[] }[]) => ({ nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms } } });
const preferred = (...prefs: { weight: number; matchExpressions: Req[] }[]) => ({
  nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: prefs.map(({ weight, matchExpressions }) => ({ weight, preference: { matchExpressions } })) },
});
const byName = (...names: string[]) => required({ matchFields: [{ key: 'metadata.name', operator: 'In', values: names }] });

describe('NodeAffinity filter', () => {
  it.each<{ name: string; spec: PodSpec; labels: Record<string, string>; want: string }>([
    { name: 'a pod without selector or affinity fits any node', spec: {}, labels: {}, want: 'ok' },
    { name: 'a nodeSelector the node lacks does not fit', spec: { nodeSelector: { foo: 'bar' } }, labels: {}, want: MISMATCH },
    { name: 'a nodeSelector the node carries fits', spec: { nodeSelector: { foo: 'bar' } }, labels: { foo: 'bar' }, want: 'ok' },
    { name: 'In matches one of the values', spec: { affinity: required({ matchExpressions: [{ key: 'foo', operator: 'In', values: ['x', 'bar'] }] }) }, labels: { foo: 'bar' }, want: 'ok' },
    { name: 'NotIn matches a node without the label', spec: { affinity: required({ matchExpressions: [{ key: 'foo', operator: 'NotIn', values: ['bar'] }] }) }, labels: {}, want: 'ok' },
    { name: 'DoesNotExist rejects a node with the label', spec: { affinity: required({ matchExpressions: [{ key: 'foo', operator: 'DoesNotExist' }] }) }, labels: { foo: 'x' }, want: MISMATCH },
    { name: 'Gt compares as integers', spec: { affinity: required({ matchExpressions: [{ key: 'cores', operator: 'Gt', values: ['8'] }] }) }, labels: { cores: '16' }, want: 'ok' },
    { name: 'Lt rejects a larger value', spec: { affinity: required({ matchExpressions: [{ key: 'cores', operator: 'Lt', values: ['8'] }] }) }, labels: { cores: '16' }, want: MISMATCH },
    {
      name: 'terms are ORed',
      spec: { affinity: required({ matchExpressions: [{ key: 'a', operator: 'Exists' }] }, { matchExpressions: [{ key: 'b', operator: 'Exists' }] }) },
      labels: { b: '1' },
      want: 'ok',
    },
    { name: 'matchFields NotIn excludes the named node', spec: { affinity: required({ matchFields: [{ key: 'metadata.name', operator: 'NotIn', values: ['node-1'] }] }) }, labels: {}, want: MISMATCH },
    { name: 'matchFields In admits the named node', spec: { affinity: required({ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node-1'] }] }) }, labels: {}, want: 'ok' },
    {
      name: 'the nodeSelector and the terms are ANDed',
      spec: { nodeSelector: { foo: 'bar' }, affinity: required({ matchExpressions: [{ key: 'b', operator: 'Exists' }] }) },
      labels: { b: '1' },
      want: MISMATCH,
    },
  ])('$name', ({ spec, labels, want }) => {
    expect(runFilter(PLUGIN.NodeAffinity, { nodes: [node({ labels })] }, pod(spec))['node-1']).toBe(want);
  });
});

describe('NodeAffinity PreFilter node names (matchFields metadata.name In)', () => {
  const three = [node({ name: 'a' }), node({ name: 'b' }), node({ name: 'c' })];
  it.each([
    { name: 'a term naming a node restricts the scan to it', affinity: byName('b'), want: { a: 'absent', b: 'ok', c: 'absent' } },
    {
      name: 'terms naming nodes are united',
      affinity: required({ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['a'] }] }, { matchFields: [{ key: 'metadata.name', operator: 'In', values: ['c'] }] }),
      want: { a: 'ok', b: 'absent', c: 'ok' },
    },
    {
      name: 'a term without a name allows every node',
      affinity: required({ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['a'] }] }, { matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'Exists' }] }),
      want: { a: 'ok', b: 'ok', c: 'ok' },
    },
  ])('$name', ({ affinity, want }) => {
    expect(runFilter(PLUGIN.NodeAffinity, { nodes: three }, pod({ affinity }))).toEqual(want);
  });
});

describe('NodeAffinity score (summed weights of matching preferred terms, normalised)', () => {
  const machines = [node({ name: 'm1', labels: { foo: 'bar' } }), node({ name: 'm2', labels: { key: 'value' } }), node({ name: 'm3', labels: { foo: 'bar', key: 'value' } })];
  it.each([
    { name: 'a pod without preferred terms skips scoring', spec: {}, want: 'skip' as const },
    {
      name: 'nodes matching no term score 0 and the best scores 100',
      spec: { affinity: preferred({ weight: 2, matchExpressions: [{ key: 'foo', operator: 'In', values: ['bar'] }] }) },
      want: { m1: 100, m2: 0, m3: 100 },
    },
    {
      name: 'weights add up over the terms a node matches',
      spec: {
        affinity: preferred(
          { weight: 2, matchExpressions: [{ key: 'foo', operator: 'In', values: ['bar'] }] },
          { weight: 4, matchExpressions: [{ key: 'key', operator: 'In', values: ['value'] }] },
        ),
      },
      want: { m1: 33, m2: 66, m3: 100 },
    },
    {
      name: 'a term with weight 0 is dropped',
      spec: { affinity: preferred({ weight: 0, matchExpressions: [{ key: 'foo', operator: 'Exists' }] }, { weight: 1, matchExpressions: [{ key: 'key', operator: 'Exists' }] }) },
      want: { m1: 0, m2: 100, m3: 100 },
    },
  ])('$name', ({ spec, want }) => {
    expect(runScore(PLUGIN.NodeAffinity, { nodes: machines }, pod(spec))).toEqual(want);
  });
});
