// Priority, from plugin/pkg/admission/priority/admission_test.go (TestPodAdmission: default class, no default,
// non-existing class, system classes in any namespace, priority and preemptionPolicy provided) and
// pkg/apis/scheduling/types.go (SystemPriorityClasses).
import { describe, expect, it } from 'vitest';
import { admit } from '../../../src/simulate/admission/index.js';
import { ns, pod, priorityClass, spec, state, SHOP } from './builders.js';

describe('Priority', () => {
  it.each([
    { name: 'a pod without a class and no default class gets priority 0', classes: [], podSpec: {}, want: { priority: 0, preemptionPolicy: 'PreemptLowerPriority' } },
    {
      name: 'a pod without a class gets the global default class, named on the pod',
      classes: [priorityClass('normal', 1000, { globalDefault: true })],
      podSpec: {},
      want: { priorityClassName: 'normal', priority: 1000 },
    },
    {
      name: 'the lowest of several global defaults wins',
      classes: [priorityClass('b', 2000, { globalDefault: true }), priorityClass('a', 500, { globalDefault: true })],
      podSpec: {},
      want: { priorityClassName: 'a', priority: 500 },
    },
    {
      name: 'a named class gives its value and preemption policy',
      classes: [priorityClass('batch', 100, { preemptionPolicy: 'Never' })],
      podSpec: { priorityClassName: 'batch' },
      want: { priority: 100, preemptionPolicy: 'Never' },
    },
    { name: 'system-node-critical is built in', classes: [], podSpec: { priorityClassName: 'system-node-critical' }, want: { priority: 2000001000 } },
    { name: 'system-cluster-critical is built in', classes: [], podSpec: { priorityClassName: 'system-cluster-critical' }, want: { priority: 2000000000 } },
    { name: 'a priority equal to the computed one may be written', classes: [priorityClass('batch', 100)], podSpec: { priorityClassName: 'batch', priority: 100 }, want: { priority: 100 } },
  ])('$name', ({ classes, podSpec, want }) => {
    expect(spec(admit(state(SHOP, ...classes), pod(podSpec), 'CREATE'))).toMatchObject(want);
  });

  it('allows the system classes outside kube-system (the namespace restriction went away in 1.17)', () => {
    expect(admit(state(ns('apps')), pod({ priorityClassName: 'system-node-critical' }, { namespace: 'apps' }), 'CREATE').allowed).toBe(true);
  });

  it.each([
    { name: 'a class that does not exist refuses the pod', podSpec: { priorityClassName: 'high' }, want: 'no PriorityClass with name high was found' },
    {
      name: 'a written priority that differs from the class refuses the pod',
      podSpec: { priorityClassName: 'batch', priority: 5 },
      want: 'the integer value of priority (5) must not be provided in pod spec; priority admission controller computed 100 from the given PriorityClass name',
    },
    {
      name: 'a written preemption policy that differs from the class refuses the pod',
      podSpec: { priorityClassName: 'batch', preemptionPolicy: 'Never' },
      want: 'the string value of PreemptionPolicy (Never) must not be provided in pod spec; priority admission controller computed PreemptLowerPriority from the given PriorityClass name',
    },
  ])('$name', ({ podSpec, want }) => {
    expect(admit(state(SHOP, priorityClass('batch', 100)), pod(podSpec), 'CREATE')).toEqual({ allowed: false, status: 'Forbidden', message: `pods "web" is forbidden: ${want}` });
  });
});
