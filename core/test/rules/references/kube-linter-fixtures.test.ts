// Our reference rules on kube-linter's e2e fixtures (../shared/corpus/kube-linter-tests/checks), against the report
// counts its bats tests assert (EXPECTED.md) and the objects those reports are about.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../src/rules/index.js';
import { configMapRefNotFound } from '../../../src/rules/references/configmap-ref-not-found.js';
import { hpaTargetNotFound } from '../../../src/rules/references/hpa-target-not-found.js';
import { ingressBackendNotFound } from '../../../src/rules/references/ingress-backend-not-found.js';
import { networkPolicyPeerSelectsNoPods } from '../../../src/rules/references/networkpolicy-peer-selects-no-pods.js';
import { networkPolicySelectsNoPods } from '../../../src/rules/references/networkpolicy-selects-no-pods.js';
import { pdbBlocksEviction } from '../../../src/rules/references/pdb-blocks-eviction.js';
import { pdbSelectsNoPods } from '../../../src/rules/references/pdb-selects-no-pods.js';
import { secretRefNotFound } from '../../../src/rules/references/secret-ref-not-found.js';
import { serviceAccountNotFound } from '../../../src/rules/references/service-account-not-found.js';
import { serviceSelectsNoPods } from '../../../src/rules/references/service-selects-no-pods.js';
import { SHARED } from '../../support/shared.js';
import { check } from '../helpers.js';

const DIR = path.join(SHARED, 'corpus', 'kube-linter-tests');
const present = existsSync(path.join(DIR, 'EXPECTED.md'));
if (!present) console.warn(`skipping kube-linter fixture tests for the reference rules: ${DIR} is absent`);

interface Case {
  check: string;
  file: string;
  rules: Rule[];
  /** `rule object severity` of each of our findings, in order. */
  ours: string[];
  /** Set where we deliberately report another number than kube-linter (the comment says why). */
  reports?: number;
}

const CASES: Case[] = [
  {
    check: 'dangling-service',
    file: 'dangling-service.yml',
    rules: [serviceSelectsNoPods],
    // Info, not warning: the namespace holds an OpenShift DeploymentConfig, a custom resource whose controller makes
    // pods the set does not show (the dont-fire Deployment, whose template has labels but no spec, still counts).
    ours: ['service-selects-no-pods Service/app1 info', 'service-selects-no-pods Service/app2 info'],
  },
  {
    check: 'dangling-ingress',
    file: 'dangling-ingress.yml',
    rules: [ingressBackendNotFound],
    ours: ['ingress-backend-not-found Ingress/missing-service warning', 'ingress-backend-not-found Ingress/bad-port warning'],
  },
  { check: 'dangling-horizontalpodautoscaler', file: 'dangling-hpa.yml', rules: [hpaTargetNotFound], ours: ['hpa-target-not-found HorizontalPodAutoscaler/hpa1 warning'] },
  // The file holds no pod template at all, so the set is likely partial: info rather than warning.
  { check: 'dangling-networkpolicy', file: 'dangling-networkpolicy.yml', rules: [networkPolicySelectsNoPods], ours: ['networkpolicy-selects-no-pods NetworkPolicy/app info'] },
  {
    check: 'dangling-networkpolicypeer-podselector',
    file: 'dangling-networkpolicypeer-podselector.yml',
    rules: [networkPolicyPeerSelectsNoPods],
    ours: ['networkpolicy-peer-selects-no-pods NetworkPolicy/app info'],
  },
  {
    check: 'env-value-from',
    file: 'env-var-value-from.yml',
    rules: [configMapRefNotFound, secretRefNotFound],
    ours: [
      'secret-ref-not-found Deployment/should-fire-secret warning',
      'configmap-ref-not-found Deployment/should-fire-configmap warning',
      'configmap-ref-not-found Deployment/should-fire-missing-configmap warning',
      'secret-ref-not-found Deployment/should-fire-missing-secret warning',
    ],
  },
  {
    check: 'non-existent-service-account',
    file: 'non-existent-service-account.yml',
    rules: [serviceAccountNotFound],
    // kube-linter also reports the OpenShift DeploymentConfig; its pod template is not one kubeplan reads
    // (apps.openshift.io is not a Kubernetes API), so we report the Deployment only.
    reports: 1,
    ours: ['service-account-not-found Deployment/app warning'],
  },
  {
    check: 'pdb-min-available',
    file: 'pdb-min-available.yaml',
    rules: [pdbBlocksEviction, pdbSelectsNoPods],
    // baz2 and baz3 block eviction: foo2 and foo3 run 1 replica at the floor of an HPA (minReplicas 1) and a KEDA
    // ScaledObject (minReplicaCount 1). kube-linter also blames baz for Deployment foo, matching selector to
    // selector; foo has no pod template, so baz protects no pod at all: we say that instead (pdb-selects-no-pods),
    // at info since namespace bar then shows no pod template at all.
    ours: [
      'pdb-selects-no-pods PodDisruptionBudget/bar/baz info',
      'pdb-blocks-eviction PodDisruptionBudget/bar2/baz2 warning',
      'pdb-blocks-eviction PodDisruptionBudget/bar3/baz3 warning',
    ],
  },
  {
    check: 'pdb-max-unavailable',
    file: 'pdb-max-unavailable.yaml',
    rules: [pdbBlocksEviction],
    ours: ['pdb-blocks-eviction PodDisruptionBudget/bar/foo warning'],
  },
];

/** kube-linter's report count for a check: the asserted number, else the number of listed messages. */
function expectedReports(check: string): number {
  const row = readFileSync(path.join(DIR, 'EXPECTED.md'), 'utf8')
    .split('\n')
    .find((l) => l.includes(`\`--include ${check}\``));
  if (row === undefined) throw new Error(`no EXPECTED.md row for ${check}`);
  const cells = row.split('|').map((c) => c.trim());
  const reports = Number(cells[4]);
  return Number.isInteger(reports) ? reports : (cells[5]?.match(/\[\d+\]/g) ?? []).length;
}

describe.skipIf(!present)('reference rules on kube-linter fixtures', () => {
  it.each(CASES)('$check: $file', ({ check: id, file, rules, ours, reports }) => {
    const found = check(readFileSync(path.join(DIR, 'checks', file), 'utf8'), rules);
    expect(found.map((d) => `${d.rule} ${d.object ?? ''} ${d.severity}`)).toEqual(ours);
    expect(found).toHaveLength(reports ?? expectedReports(id));
  });

  it('names the missing target and the key like kube-linter does', () => {
    const found = check(readFileSync(path.join(DIR, 'checks', 'env-var-value-from.yml'), 'utf8'), [configMapRefNotFound, secretRefNotFound]);
    expect(found.map((d) => d.message)).toEqual([
      'secretKeyRef: Secret "secretsquirrels" has no key "chimpmunk"',
      'configMapKeyRef: ConfigMap "testconfig" has no key "configkey-wrong"',
      'configMapKeyRef: ConfigMap "missingconfig" not found in namespace "default"',
      'secretKeyRef: Secret "missingsecret" not found in namespace "default"',
    ]);
  });
});
