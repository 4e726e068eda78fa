import { describe, expect, it } from 'vitest';
import { pdbSelectsNoPods } from '../../../src/rules/references/pdb-selects-no-pods.js';
import { findingsOf, summary } from '../helpers.js';
import { deployment, findings } from './builders.js';

const pdb = (spec: Record<string, unknown>, apiVersion = 'policy/v1') => ({ apiVersion, kind: 'PodDisruptionBudget', metadata: { name: 'web' }, spec: { minAvailable: 1, ...spec } });
const web = deployment('web', { app: 'web' }, {}, { replicas: 3 });

describe('pdb-selects-no-pods', () => {
  it.each([
    { name: 'a selector matching a template passes', objects: [web, pdb({ selector: { matchLabels: { app: 'web' } } })], expected: [] },
    { name: 'a matchExpressions selector matching a template passes', objects: [web, pdb({ selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['web', 'api'] }] } })], expected: [] },
    {
      name: 'a selector matching no template warns',
      objects: [web, pdb({ selector: { matchLabels: { app: 'api' } } })],
      expected: ['warning spec.selector PodDisruptionBudget "web" selects no pods: no pod template in namespace "default" has labels app=api'],
    },
    {
      name: 'an expression selector says "matches"',
      objects: [web, pdb({ selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['api'] }] } })],
      expected: ['warning spec.selector PodDisruptionBudget "web" selects no pods: no pod template in namespace "default" matches app in (api)'],
    },
    { name: 'an empty selector in policy/v1 selects every pod of the namespace', objects: [web, pdb({ selector: {} })], expected: [] },
    {
      name: 'an empty selector in policy/v1beta1 selects nothing',
      objects: [web, pdb({ selector: {} }, 'policy/v1beta1')],
      expected: ['warning spec.selector PodDisruptionBudget "web" selects no pods: an empty selector selects nothing in policy/v1beta1'],
    },
    { name: 'a missing selector selects nothing', objects: [web, pdb({})], expected: ['warning spec.selector PodDisruptionBudget "web" selects no pods: it has no selector'] },
    {
      name: 'a namespace with no pod template gives info',
      objects: [pdb({ selector: { matchLabels: { app: 'web' } } })],
      expected: ['info spec.selector PodDisruptionBudget "web" selects no pods: no pod template in namespace "default" has labels app=web'],
    },
  ])('$name', ({ objects, expected }) => {
    expect(findings(pdbSelectsNoPods, objects)).toEqual(expected);
  });

  it('is an error with assume-complete', () => {
    expect(findings(pdbSelectsNoPods, [pdb({ selector: { matchLabels: { app: 'web' } } })], true)).toEqual([
      'error spec.selector PodDisruptionBudget "web" selects no pods: no pod template in namespace "default" has labels app=web',
    ]);
  });

  it('is positioned on the selector', () => {
    const text = `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: web}
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app: web}
`;
    expect(summary(findingsOf(pdbSelectsNoPods, text))).toEqual([
      'pdb-selects-no-pods 7:5 PodDisruptionBudget "web" selects no pods: no pod template in namespace "default" has labels app=web',
    ]);
  });
});
