import { describe, expect, it } from 'vitest';
import { antiAffinityMissing } from '../../../src/rules/practices/availability/anti-affinity-missing.js';
import { hpaMinEqualsMax } from '../../../src/rules/practices/availability/hpa-min-equals-max.js';
import { hpaMinReplicas } from '../../../src/rules/practices/availability/hpa-min-replicas.js';
import { pdbMissing } from '../../../src/rules/practices/availability/pdb-missing.js';
import { replicasTooLow } from '../../../src/rules/practices/availability/replicas-too-low.js';
import { replicasWithAutoscaler } from '../../../src/rules/practices/availability/replicas-with-autoscaler.js';
import { findingsOf, summary } from '../helpers.js';
import { deployment, oneContainer } from './builders.js';

const hpa = (min: number | undefined, max = 10, target = 'web'): string =>
  `---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: ${target}}\n${min === undefined ? '' : `  minReplicas: ${min}\n`}  maxReplicas: ${max}\n`;
const pdb = (selector: string): string => `---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {${selector}}\n`;
const spread = (selector: string, extra = ''): string =>
  `affinity:\n  podAntiAffinity:\n    preferredDuringSchedulingIgnoredDuringExecution:\n      - weight: 100\n        podAffinityTerm:\n          topologyKey: kubernetes.io/hostname\n          labelSelector: {matchLabels: {${selector}}}\n${extra}${oneContainer()}`;

describe('replicas-too-low', () => {
  it.each([
    { name: 'one replica is too few', yaml: deployment(oneContainer(), { replicas: 1 }), params: {}, findings: 1 },
    { name: 'unset replicas default to one', yaml: deployment(oneContainer()), params: {}, findings: 1 },
    { name: 'two replicas pass', yaml: deployment(oneContainer(), { replicas: 2 }), params: {}, findings: 0 },
    { name: 'zero is a deliberate scale-down', yaml: deployment(oneContainer(), { replicas: 0 }), params: {}, findings: 0 },
    { name: 'an autoscaled workload is left to its autoscaler', yaml: deployment(oneContainer()) + hpa(1), params: {}, findings: 0 },
    { name: 'minReplicas raises the bar', yaml: deployment(oneContainer(), { replicas: 2 }), params: { minReplicas: 3 }, findings: 1 },
  ])('$name', ({ yaml, params, findings }) => {
    expect(findingsOf(replicasTooLow, yaml, { rules: { 'replicas-too-low': { params } } })).toHaveLength(findings);
  });

  it('points at spec.replicas', () => {
    expect(summary(findingsOf(replicasTooLow, deployment(oneContainer(), { replicas: 1 })))).toEqual(['replicas-too-low 6:13 Deployment runs 1 replica, fewer than 2']);
  });
});

describe('replicas-with-autoscaler', () => {
  it('reports spec.replicas of a workload an HPA scales', () => {
    expect(summary(findingsOf(replicasWithAutoscaler, deployment(oneContainer(), { replicas: 3 }) + hpa(2)))).toEqual([
      'replicas-with-autoscaler 6:3 spec.replicas is set while HorizontalPodAutoscaler "web" scales this Deployment: every apply resets the replica count',
    ]);
  });

  it.each([
    { name: 'no replicas with an HPA passes', yaml: deployment(oneContainer()) + hpa(2) },
    { name: 'replicas without an HPA pass', yaml: deployment(oneContainer(), { replicas: 3 }) },
    { name: 'an HPA of another Deployment does not count', yaml: deployment(oneContainer(), { replicas: 3 }) + hpa(2, 10, 'api') },
  ])('$name', ({ yaml }) => {
    expect(findingsOf(replicasWithAutoscaler, yaml)).toEqual([]);
  });

  it('recognises KEDA ScaledObjects', () => {
    const scaled = `---\napiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {name: web}\n`;
    expect(findingsOf(replicasWithAutoscaler, deployment(oneContainer(), { replicas: 3 }) + scaled)).toHaveLength(1);
  });
});

describe('pdb-missing', () => {
  it.each([
    { name: 'several replicas without a budget are reported', yaml: deployment(oneContainer(), { replicas: 3 }), findings: 1 },
    { name: 'a budget selecting the pods passes', yaml: deployment(oneContainer(), { replicas: 3 }) + pdb('app: web'), findings: 0 },
    { name: 'a budget selecting other pods does not count', yaml: deployment(oneContainer(), { replicas: 3 }) + pdb('app: api'), findings: 1 },
    { name: 'a single replica needs no budget', yaml: deployment(oneContainer(), { replicas: 1 }), findings: 0 },
    { name: 'an autoscaled workload counts its maximum', yaml: deployment(oneContainer()) + hpa(1, 5), findings: 1 },
  ])('$name', ({ yaml, findings }) => {
    expect(findingsOf(pdbMissing, yaml)).toHaveLength(findings);
  });

  it('points at the workload name', () => {
    expect(summary(findingsOf(pdbMissing, deployment(oneContainer(), { replicas: 3 })))).toEqual([
      'pdb-missing 4:9 no PodDisruptionBudget selects the pods of this Deployment: a node drain may evict all its replicas at once',
    ]);
  });
});

describe('anti-affinity-missing', () => {
  it.each([
    { name: 'several replicas without spreading are reported', spec: oneContainer(), params: {}, findings: 1 },
    { name: 'anti-affinity on the own pods passes', spec: spread('app: web'), params: {}, findings: 0 },
    { name: 'anti-affinity on other pods does not count', spec: spread('app: api'), params: {}, findings: 1 },
    { name: 'a term limited to another namespace does not count', spec: spread('app: web').replace('labelSelector', 'namespaces: [other]\n          labelSelector'), params: {}, findings: 1 },
    { name: 'a topology spread constraint on the own pods passes', spec: `topologySpreadConstraints:\n  - {maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {app: web}}}\n${oneContainer()}`, params: {}, findings: 0 },
    { name: 'minReplicas: 4 leaves three replicas alone', spec: oneContainer(), params: { minReplicas: 4 }, findings: 0 },
  ])('$name', ({ spec, params, findings }) => {
    expect(findingsOf(antiAffinityMissing, deployment(spec, { replicas: 3 }), { rules: { 'anti-affinity-missing': { params } } })).toHaveLength(findings);
  });

  it('skips single replicas and points at the pod spec', () => {
    expect(findingsOf(antiAffinityMissing, deployment(oneContainer(), { replicas: 1 }))).toEqual([]);
    expect(summary(findingsOf(antiAffinityMissing, deployment(oneContainer(), { replicas: 3 })))).toEqual([
      'anti-affinity-missing 14:5 3 replicas with no pod anti-affinity or topology spread constraint for their own pods: they may all land on one node',
    ]);
  });
});

describe('HorizontalPodAutoscaler bounds', () => {
  it.each([
    { name: 'minReplicas 1 is low', rule: hpaMinReplicas, yaml: hpa(1), findings: 1 },
    { name: 'unset minReplicas defaults to 1', rule: hpaMinReplicas, yaml: hpa(undefined), findings: 1 },
    { name: 'minReplicas 2 passes', rule: hpaMinReplicas, yaml: hpa(2), findings: 0 },
    { name: 'min equal to max never scales', rule: hpaMinEqualsMax, yaml: hpa(3, 3), findings: 1 },
    { name: 'min below max passes', rule: hpaMinEqualsMax, yaml: hpa(3, 4), findings: 0 },
  ])('$name', ({ rule, yaml, findings }) => {
    expect(findingsOf(rule, yaml)).toHaveLength(findings);
  });

  it('reads minReplicas from the params and points at the field', () => {
    const settings = { rules: { 'hpa-min-replicas': { params: { minReplicas: 3 } } } };
    expect(summary(findingsOf(hpaMinReplicas, hpa(2), settings))).toEqual(['hpa-min-replicas 8:16 HorizontalPodAutoscaler scales down to 2 replicas, fewer than 3']);
    expect(summary(findingsOf(hpaMinEqualsMax, hpa(3, 3)))).toEqual(['hpa-min-equals-max 9:16 minReplicas equals maxReplicas (3): the HorizontalPodAutoscaler never scales']);
  });
});
