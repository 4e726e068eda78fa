// Table-driven tests of required node affinity, cases from upstream
// staging/src/k8s.io/component-helpers/scheduling/corev1/nodeaffinity/nodeaffinity_test.go
// (TestPodMatchesNodeSelectorAndAffinityTerms, TestNodeSelectorMatch, TestNodeSelectorRequirementsAsSelector).
import { describe, expect, it } from 'vitest';
import { matchesRequiredNodeAffinity, requiredNodeAffinity } from '../../src/model/node-affinity.js';

type Requirement = { key: string; operator: string; values?: string[] };
type Term = { matchExpressions?: Requirement[]; matchFields?: Requirement[] };
const required = (...nodeSelectorTerms: Term[]) => ({ nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms } } });
const node = (labels: Record<string, string> = {}, name = 'node_1') => ({ name, labels });

describe('matchesRequiredNodeAffinity (GetRequiredNodeAffinity(pod).Match)', () => {
  it.each([
    { name: 'a pod with no selector matches any node', spec: {}, node: node(), want: true },
    { name: 'a nodeSelector label the node lacks does not match', spec: { nodeSelector: { foo: 'bar' } }, node: node(), want: false },
    { name: 'the same labels match', spec: { nodeSelector: { foo: 'bar' } }, node: node({ foo: 'bar' }), want: true },
    { name: 'node labels that are a superset match', spec: { nodeSelector: { foo: 'bar' } }, node: node({ foo: 'bar', baz: 'blah' }), want: true },
    { name: 'node labels that are a subset do not match', spec: { nodeSelector: { foo: 'bar', baz: 'blah' } }, node: node({ foo: 'bar' }), want: false },
    { name: 'In matches a listed value', spec: { affinity: required({ matchExpressions: [{ key: 'foo', operator: 'In', values: ['bar', 'value2'] }] }) }, node: node({ foo: 'bar' }), want: true },
    { name: 'Gt compares label values as integers', spec: { affinity: required({ matchExpressions: [{ key: 'kernel-version', operator: 'Gt', values: ['0204'] }] }) }, node: node({ 'kernel-version': '0206' }), want: true },
    { name: 'Lt needs the label to parse as an integer', spec: { affinity: required({ matchExpressions: [{ key: 'cores', operator: 'Lt', values: ['8'] }] }) }, node: node({ cores: 'four' }), want: false },
    { name: 'NotIn matches another value', spec: { affinity: required({ matchExpressions: [{ key: 'mem-type', operator: 'NotIn', values: ['DDR', 'DDR2'] }] }) }, node: node({ 'mem-type': 'DDR3' }), want: true },
    { name: 'NotIn matches a node without the label', spec: { affinity: required({ matchExpressions: [{ key: 'mem-type', operator: 'NotIn', values: ['DDR'] }] }) }, node: node(), want: true },
    { name: 'Exists matches any value', spec: { affinity: required({ matchExpressions: [{ key: 'GPU', operator: 'Exists' }] }) }, node: node({ GPU: 'NVIDIA-GRID-K1' }), want: true },
    { name: 'DoesNotExist does not match a node with the label', spec: { affinity: required({ matchExpressions: [{ key: 'GPU', operator: 'DoesNotExist' }] }) }, node: node({ GPU: 'x' }), want: false },
    { name: 'affinity that does not match the labels does not match', spec: { affinity: required({ matchExpressions: [{ key: 'foo', operator: 'In', values: ['value1', 'value2'] }] }) }, node: node({ foo: 'bar' }), want: false },
    { name: 'no terms at all match nothing', spec: { affinity: required() }, node: node({ foo: 'bar' }), want: false },
    { name: 'a term with empty matchExpressions matches nothing', spec: { affinity: required({ matchExpressions: [] }) }, node: node({ foo: 'bar' }), want: false },
    { name: 'a node affinity without required terms matches any node', spec: { affinity: { nodeAffinity: {} } }, node: node({ foo: 'bar' }), want: true },
    { name: 'expressions of a term are ANDed and may all hold', spec: { affinity: required({ matchExpressions: [{ key: 'GPU', operator: 'Exists' }, { key: 'GPU', operator: 'NotIn', values: ['AMD', 'INTER'] }] }) }, node: node({ GPU: 'NVIDIA-GRID-K1' }), want: true },
    { name: 'expressions of a term are ANDed and one may fail', spec: { affinity: required({ matchExpressions: [{ key: 'GPU', operator: 'Exists' }, { key: 'GPU', operator: 'In', values: ['AMD', 'INTER'] }] }) }, node: node({ GPU: 'NVIDIA-GRID-K1' }), want: false },
    {
      name: 'terms are ORed',
      spec: { affinity: required({ matchExpressions: [{ key: 'foo', operator: 'In', values: ['bar', 'value2'] }] }, { matchExpressions: [{ key: 'diffkey', operator: 'In', values: ['wrong'] }] }) },
      node: node({ foo: 'bar' }),
      want: true,
    },
    { name: 'nodeSelector and affinity both satisfied match', spec: { nodeSelector: { foo: 'bar' }, affinity: required({ matchExpressions: [{ key: 'foo', operator: 'Exists' }] }) }, node: node({ foo: 'bar' }), want: true },
    { name: 'affinity satisfied but not the nodeSelector does not match', spec: { nodeSelector: { foo: 'bar' }, affinity: required({ matchExpressions: [{ key: 'foo', operator: 'Exists' }] }) }, node: node({ foo: 'barrrrrr' }), want: false },
    { name: 'an invalid value in a term matches nothing', spec: { affinity: required({ matchExpressions: [{ key: 'foo', operator: 'NotIn', values: ['invalid value: ___@#$%^'] }] }) }, node: node({ foo: 'bar' }), want: false },
    { name: 'Exists with values is a parse error and matches nothing', spec: { affinity: required({ matchExpressions: [{ key: 'foo', operator: 'Exists', values: ['bar'] }] }) }, node: node({ foo: 'bar' }), want: false },
    { name: 'matchFields In matches the node name', spec: { affinity: required({ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node_1'] }] }) }, node: node({}, 'node_1'), want: true },
    { name: 'matchFields In does not match another node', spec: { affinity: required({ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node_1'] }] }) }, node: node({}, 'node_2'), want: false },
    { name: 'matchFields NotIn excludes the named node', spec: { affinity: required({ matchFields: [{ key: 'metadata.name', operator: 'NotIn', values: ['node_1'] }] }) }, node: node({}, 'node_1'), want: false },
    {
      name: 'two terms where matchFields fails but matchExpressions matches',
      spec: { affinity: required({ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node_1'] }] }, { matchExpressions: [{ key: 'foo', operator: 'In', values: ['bar'] }] }) },
      node: node({ foo: 'bar' }, 'node_2'),
      want: true,
    },
    {
      name: 'one term where matchFields fails and matchExpressions matches',
      spec: { affinity: required({ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node_1'] }], matchExpressions: [{ key: 'foo', operator: 'In', values: ['bar'] }] }) },
      node: node({ foo: 'bar' }, 'node_2'),
      want: false,
    },
    {
      name: 'one term where both matchFields and matchExpressions match',
      spec: { affinity: required({ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node_1'] }], matchExpressions: [{ key: 'foo', operator: 'In', values: ['bar'] }] }) },
      node: node({ foo: 'bar' }, 'node_1'),
      want: true,
    },
    { name: 'matchFields with two values is a parse error', spec: { affinity: required({ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['host_1', 'host_2'] }] }) }, node: node({}, 'host_1'), want: false },
  ])('$name', ({ spec, node: n, want }) => {
    expect(matchesRequiredNodeAffinity(requiredNodeAffinity(spec), n)).toBe(want);
  });

  it('keeps the parse errors of a term, so that callers can leave invalid pods to validation', () => {
    const affinity = requiredNodeAffinity({ affinity: required({ matchExpressions: [{ key: 'invalid key', operator: 'In', values: ['v'] }] }, { matchExpressions: [{ key: 'a', operator: 'Gt', values: ['x'] }] }) });
    expect(affinity.terms?.map((t) => t.errors.length > 0)).toEqual([true, true]);
    expect(affinity.terms?.[1]?.errors).toContain("for 'Gt', 'Lt' operators, the value must be an integer");
  });

  it('leaves out empty terms but keeps their index for the others', () => {
    const affinity = requiredNodeAffinity({ affinity: required({}, { matchExpressions: [{ key: 'a', operator: 'Exists' }] }) });
    expect(affinity.terms?.map((t) => t.index)).toEqual([1]);
  });
});
