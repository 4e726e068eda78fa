// Table-driven tests of toleration matching, cases from upstream
// staging/src/k8s.io/api/core/v1/toleration_test.go (TestTolerationToleratesTaint) plus the empty-key and
// empty-effect rules of Toleration.ToleratesTaint's doc comment (toleration.go).
import { describe, expect, it } from 'vitest';
import { formatToleration, parseTaint, parseToleration, toleratesTaint, type Taint, type Toleration } from '../../src/model/toleration.js';

const taint = (key: string, effect: Taint['effect'], value?: string): Taint => ({ key, effect, ...(value === undefined ? {} : { value }) });
const tol = (t: Toleration): Toleration => t;

describe('toleratesTaint (Toleration.ToleratesTaint)', () => {
  it.each([
    { name: 'same key and effect with Exists tolerates a taint without a value', t: tol({ key: 'foo', operator: 'Exists', effect: 'NoSchedule' }), taint: taint('foo', 'NoSchedule'), want: true },
    { name: 'same key and effect with Exists tolerates a taint with a value', t: tol({ key: 'foo', operator: 'Exists', effect: 'NoSchedule' }), taint: taint('foo', 'NoSchedule', 'bar'), want: true },
    { name: 'an empty key with Exists tolerates any key of that effect', t: tol({ operator: 'Exists', effect: 'NoSchedule' }), taint: taint('foo', 'NoSchedule', 'bar'), want: true },
    { name: 'an empty key and effect with Exists tolerates everything', t: tol({ operator: 'Exists' }), taint: taint('anything', 'NoExecute', 'x'), want: true },
    { name: 'same key, effect and value with Equal is tolerated', t: tol({ key: 'foo', operator: 'Equal', value: 'bar', effect: 'NoSchedule' }), taint: taint('foo', 'NoSchedule', 'bar'), want: true },
    { name: 'no operator means Equal', t: tol({ key: 'foo', value: 'bar', effect: 'NoSchedule' }), taint: taint('foo', 'NoSchedule', 'bar'), want: true },
    { name: 'different values with Equal are not tolerated', t: tol({ key: 'foo', operator: 'Equal', value: 'value1', effect: 'NoSchedule' }), taint: taint('foo', 'NoSchedule', 'value2'), want: false },
    { name: 'Equal without a value matches only a taint without one', t: tol({ key: 'foo', operator: 'Equal', effect: 'NoSchedule' }), taint: taint('foo', 'NoSchedule', 'bar'), want: false },
    { name: 'different effects are not tolerated', t: tol({ key: 'foo', operator: 'Equal', value: 'bar', effect: 'NoSchedule' }), taint: taint('foo', 'NoExecute', 'bar'), want: false },
    { name: 'an empty effect matches every effect', t: tol({ key: 'foo', operator: 'Exists' }), taint: taint('foo', 'PreferNoSchedule'), want: true },
    { name: 'a different key is not tolerated', t: tol({ key: 'foo', operator: 'Exists' }), taint: taint('bar', 'NoSchedule'), want: false },
    { name: 'Gt with a smaller taint value is not tolerated', t: tol({ key: 'node.kubernetes.io/sla', operator: 'Gt', value: '950', effect: 'NoSchedule' }), taint: taint('node.kubernetes.io/sla', 'NoSchedule', '800'), want: false },
    { name: 'Gt with a larger taint value is tolerated', t: tol({ key: 'node.kubernetes.io/sla', operator: 'Gt', value: '750', effect: 'NoSchedule' }), taint: taint('node.kubernetes.io/sla', 'NoSchedule', '950'), want: true },
    { name: 'Lt with a larger taint value is not tolerated', t: tol({ key: 'node.kubernetes.io/sla', operator: 'Lt', value: '800', effect: 'NoSchedule' }), taint: taint('node.kubernetes.io/sla', 'NoSchedule', '950'), want: false },
    { name: 'Lt with a smaller taint value is tolerated', t: tol({ key: 'node.kubernetes.io/sla', operator: 'Lt', value: '950', effect: 'NoSchedule' }), taint: taint('node.kubernetes.io/sla', 'NoSchedule', '800'), want: true },
    { name: 'Gt with an equal value is not tolerated', t: tol({ key: 'node.kubernetes.io/sla', operator: 'Gt', value: '950', effect: 'NoSchedule' }), taint: taint('node.kubernetes.io/sla', 'NoSchedule', '950'), want: false },
    { name: 'Gt with a non-numeric taint value is not tolerated', t: tol({ key: 'node.kubernetes.io/sla', operator: 'Gt', value: '950', effect: 'NoSchedule' }), taint: taint('node.kubernetes.io/sla', 'NoSchedule', 'high'), want: false },
    { name: 'Gt compares negative numbers', t: tol({ key: 'test-key', operator: 'Gt', value: '-100', effect: 'NoSchedule' }), taint: taint('test-key', 'NoSchedule', '-200'), want: false },
    { name: 'Gt compares large int64 values exactly', t: tol({ key: 'test-key', operator: 'Gt', value: '9223372036854775806', effect: 'NoSchedule' }), taint: taint('test-key', 'NoSchedule', '100'), want: false },
    { name: 'a value beyond int64 does not parse', t: tol({ key: 'k', operator: 'Lt', value: '9223372036854775808', effect: 'NoSchedule' }), taint: taint('k', 'NoSchedule', '1'), want: false },
    { name: 'an unknown operator tolerates nothing', t: tol({ key: 'foo', operator: 'Matches', effect: 'NoSchedule' }), taint: taint('foo', 'NoSchedule'), want: false },
  ])('$name', ({ t, taint: tt, want }) => {
    expect(toleratesTaint(t, tt)).toBe(want);
  });
});

describe('reading and printing tolerations and taints', () => {
  it('reads a taint, and leaves out one without a key or with an unknown effect', () => {
    expect(parseTaint({ key: 'a', value: 'b', effect: 'NoSchedule' })).toEqual({ key: 'a', value: 'b', effect: 'NoSchedule' });
    expect(parseTaint({ key: 'a', value: '', effect: 'NoExecute' })).toEqual({ key: 'a', effect: 'NoExecute' });
    expect(parseTaint({ effect: 'NoSchedule' })).toBeUndefined();
    expect(parseTaint({ key: 'a', effect: 'Sometimes' })).toBeUndefined();
  });

  it('reads a toleration, treating empty strings as absent', () => {
    expect(parseToleration({ key: '', operator: 'Exists', effect: '' })).toEqual({ operator: 'Exists' });
    expect(parseToleration('x')).toBeUndefined();
  });

  it.each([
    { name: 'Equal prints key=value:effect', t: tol({ key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' }), want: 'dedicated=gpu:NoSchedule' },
    { name: 'Exists adds op=Exists', t: tol({ key: 'dedicated', operator: 'Exists', effect: 'NoSchedule' }), want: 'dedicated:NoSchedule op=Exists' },
    { name: 'a toleration of everything prints op=Exists alone', t: tol({ operator: 'Exists' }), want: 'op=Exists' },
  ])('$name, as kubectl describe does', ({ t, want }) => {
    expect(formatToleration(t)).toBe(want);
  });
});
