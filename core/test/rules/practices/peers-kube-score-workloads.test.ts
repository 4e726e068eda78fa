// kube-score's test data (../shared/corpus/kube-score-testdata, EXPECTED.md): for each graded row whose check
// we have an equivalent of, our rule fires where kube-score grades WARNING or CRITICAL and stays quiet on OK
// and SKIPPED. Rows about kube-score's own configuration (ignore annotations) and reference checks
// (service-targets-pod, ingress-targets-service, networkpolicy-targets-pod, statefulset-has-servicename,
// horizontalpodautoscaler-has-target, poddisruptionbudget-has-policy) are left to the suppression and
// reference-rule tests. This file: workloads (spreading, replicas, autoscaling, budgets, network policies, readiness).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleSettings } from '../../../src/rules/index.js';
import { antiAffinityMissing } from '../../../src/rules/practices/availability/anti-affinity-missing.js';
import { cronjobStartingDeadline } from '../../../src/rules/practices/availability/cronjob-starting-deadline.js';
import { hpaMinReplicas } from '../../../src/rules/practices/availability/hpa-min-replicas.js';
import { pdbMissing } from '../../../src/rules/practices/availability/pdb-missing.js';
import { replicasTooLow } from '../../../src/rules/practices/availability/replicas-too-low.js';
import { replicasWithAutoscaler } from '../../../src/rules/practices/availability/replicas-with-autoscaler.js';
import { strategyNotRollingUpdate } from '../../../src/rules/practices/availability/strategy-not-rolling-update.js';
import { noNetworkPolicy } from '../../../src/rules/practices/networking/no-network-policy.js';
import { readinessProbeMissing } from '../../../src/rules/practices/probes/readiness-probe-missing.js';
import { SHARED } from '../../support/shared.js';
import { enable, fixturesPresent, score, scoreCaseName, scoreOutcome, type ScoreCase } from './peer-cases.js';

const DIR = path.join(SHARED, 'corpus', 'kube-score-testdata');
const present = fixturesPresent(DIR, 'kube-score');

const params = (id: string, p: Record<string, unknown>): Partial<RuleSettings> => ({ rules: { [id]: { params: p } } });
const antiAffinity = score('deployment-has-host-podantiaffinity', [antiAffinityMissing]);
const stsAntiAffinity = score('statefulset-has-host-podantiaffinity', [antiAffinityMissing]);
const probes = score('pod-probes', [readinessProbeMissing]);
const replicas = (min: number) => score('deployment-replicas', [replicasTooLow], params('replicas-too-low', { minReplicas: min }));
const hpa = (min: number) => score('horizontalpodautoscaler-replicas', [hpaMinReplicas], params('hpa-min-replicas', { minReplicas: min }));
const netpol = score('pod-networkpolicy', [noNetworkPolicy], enable('no-network-policy', { policyTypes: ['Ingress', 'Egress'] }));
const pdb = score('deployment-has-poddisruptionbudget', [pdbMissing]);
const stsPdb = score('statefulset-has-poddisruptionbudget', [pdbMissing]);
const strategy = score('deployment-strategy', [strategyNotRollingUpdate], enable('strategy-not-rolling-update'));

const CASES: ScoreCase[] = [
  antiAffinity('deployment-host-antiaffinity-preffered.yaml', 'OK'),
  antiAffinity('deployment-host-antiaffinity-preffered-selector-no-match.yaml', 'WARNING'),
  antiAffinity('deployment-host-antiaffinity-preffered-selector-expression.yaml', 'OK'),
  antiAffinity('deployment-host-antiaffinity-required.yaml', 'OK'),
  antiAffinity('deployment-host-antiaffinity-not-set.yaml', 'WARNING'),
  antiAffinity('deployment-host-antiaffinity-1-replica.yaml', 'SKIPPED'),
  stsAntiAffinity('statefulset-host-antiaffinity-preffered.yaml', 'OK'),
  stsAntiAffinity('statefulset-host-antiaffinity-required.yaml', 'OK'),
  stsAntiAffinity('statefulset-host-antiaffinity-not-set.yaml', 'WARNING'),
  stsAntiAffinity('statefulset-host-antiaffinity-1-replica.yaml', 'SKIPPED'),
  // An unset replicas is one replica (the API default); kube-score treats it as several.
  stsAntiAffinity('statefulset-host-antiaffinity-undefined-replicas.yaml', 'WARNING', false),
  score('deployment-targeted-by-hpa-does-not-have-replicas-configured', [replicasWithAutoscaler])('deployment-with-hpa-has-replicas.yaml', 'CRITICAL'),
  score('deployment-targeted-by-hpa-does-not-have-replicas-configured', [replicasWithAutoscaler])('deployment-with-hpa-not-has-replicas.yaml', 'OK'),
  ...['batchv1beta1', 'batchv1'].flatMap((v) => [
    score('cronjob-has-deadline', [cronjobStartingDeadline])(`cronjob-${v}-deadline-set.yaml`, 'OK'),
    score('cronjob-has-deadline', [cronjobStartingDeadline])(`cronjob-${v}-deadline-not-set.yaml`, 'CRITICAL'),
    probes(`cronjob-${v}-deadline-not-set.yaml`, 'OK'),
  ]),
  strategy('service-target-deployment.yaml', 'OK'),
  strategy('service-not-target-deployment.yaml', 'SKIPPED'),
  strategy('service-target-deployment-not-rolling.yaml', 'WARNING'),
  strategy('service-target-deployment-strategy-not-set.yaml', 'OK'),
  replicas(2)('service-target-deployment.yaml', 'OK'),
  // kube-score asks only Deployments a Service targets for replicas; a single replica of a worker is as fragile.
  replicas(2)('service-not-target-deployment.yaml', 'SKIPPED', true),
  replicas(2)('service-target-deployment-replica-1.yaml', 'WARNING'),
  replicas(1)('service-target-deployment-replica-1.yaml', 'OK'),
  replicas(5)('service-target-deployment-replica-1.yaml', 'WARNING'),
  replicas(2)('hpa-target-deployment.yaml', 'SKIPPED'),
  hpa(2)('hpa-min-replicas-ok.yaml', 'OK'),
  hpa(2)('hpa-min-replicas-nok.yaml', 'WARNING'),
  hpa(5)('hpa-min-replicas-nok.yaml', 'WARNING'),
  hpa(1)('hpa-min-replicas-nok.yaml', 'OK'),
  netpol('networkpolicy-not-matching.yaml', 'CRITICAL'),
  netpol('networkpolicy-matching.yaml', 'OK'),
  netpol('networkpolicy-matching-only-ingress.yaml', 'WARNING'),
  netpol('networkpolicy-matching-only-egress.yaml', 'WARNING'),
  ...['deployment', 'statefulset', 'cronjob'].flatMap((k) => [netpol(`networkpolicy-${k}-matching.yaml`, 'OK'), netpol(`networkpolicy-${k}-not-matching-selector.yaml`, 'CRITICAL')]),
  netpol('networkpolicy-targets-all-pods.yaml', 'OK'),
  pdb('deployment-poddisruptionbudget-v1beta1-matches.yaml', 'OK'),
  pdb('deployment-poddisruptionbudget-v1beta1-expression-matches.yaml', 'OK'),
  pdb('deployment-poddisruptionbudget-v1-matches.yaml', 'OK'),
  stsPdb('statefulset-poddisruptionbudget-v1beta1-matches.yaml', 'OK'),
  stsPdb('statefulset-poddisruptionbudget-v1beta1-expression-matches.yaml', 'OK'),
  // These workloads run one replica (replicas unset): a budget cannot protect a single pod (it either blocks
  // every drain or allows the eviction), so we only ask workloads with several replicas for one.
  ...[
    'deployment-poddisruptionbudget-v1beta1-expression-no-match.yaml',
    'deployment-poddisruptionbudget-v1beta1-no-match.yaml',
    'deployment-poddisruptionbudget-v1-no-match.yaml',
    'deployment-poddisruptionbudget-v1-different-namespace.yaml',
  ].map((f) => pdb(f, 'CRITICAL', false)),
  ...['statefulset-poddisruptionbudget-v1beta1-expression-no-match.yaml', 'statefulset-poddisruptionbudget-v1beta1-no-match.yaml'].map((f) => stsPdb(f, 'CRITICAL', false)),
];

describe.skipIf(!present)('kube-score fixtures: workloads', () => {
  it.each(CASES.map((c) => ({ ...c, name: scoreCaseName(c) })))('$name', (c) => {
    const { ours, expected } = scoreOutcome(DIR, c);
    expect(ours).toBe(expected);
  });

  it(`agrees with kube-score on ${CASES.filter((c) => c.oursFires === undefined).length} of ${CASES.length} graded rows`, () => {
    expect(CASES.filter((c) => c.oursFires === undefined)).toHaveLength(47);
  });
});
