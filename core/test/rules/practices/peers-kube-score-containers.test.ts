// kube-score's test data (../shared/corpus/kube-score-testdata, EXPECTED.md): for each graded row whose check
// we have an equivalent of, our rule fires where kube-score grades WARNING or CRITICAL and stays quiet on OK
// and SKIPPED. Rows about kube-score's own configuration (ignore annotations) and reference checks
// (service-targets-pod, ingress-targets-service, networkpolicy-targets-pod, statefulset-has-servicename,
// horizontalpodautoscaler-has-target, poddisruptionbudget-has-policy) are left to the suppression and
// reference-rule tests. This file: containers (probes, resources, images, security context) and Services.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleSettings } from '../../../src/rules/index.js';
import type { Rule } from '../../../src/rules/index.js';
import { duplicateEnvVar } from '../../../src/rules/practices/containers/duplicate-env-var.js';
import { latestTag } from '../../../src/rules/practices/images/latest-tag.js';
import { pullPolicyNotAlways } from '../../../src/rules/practices/images/pull-policy-not-always.js';
import { exposedService } from '../../../src/rules/practices/networking/exposed-service.js';
import { identicalProbes } from '../../../src/rules/practices/probes/identical-probes.js';
import { readinessProbeMissing } from '../../../src/rules/practices/probes/readiness-probe-missing.js';
import { cpuLimitMissing } from '../../../src/rules/practices/resources/cpu-limit-missing.js';
import { cpuRequestMissing } from '../../../src/rules/practices/resources/cpu-request-missing.js';
import { ephemeralStorageMissing } from '../../../src/rules/practices/resources/ephemeral-storage-missing.js';
import { memoryLimitMissing } from '../../../src/rules/practices/resources/memory-limit-missing.js';
import { memoryRequestMissing } from '../../../src/rules/practices/resources/memory-request-missing.js';
import { requestsNotEqualLimits } from '../../../src/rules/practices/resources/requests-not-equal-limits.js';
import { lowUserGroupId } from '../../../src/rules/practices/security/low-user-group-id.js';
import { privilegedContainer } from '../../../src/rules/practices/security/privileged-container.js';
import { seccompProfileMissing } from '../../../src/rules/practices/security/seccomp-profile-missing.js';
import { writableRootFilesystem } from '../../../src/rules/practices/security/writable-root-filesystem.js';
import { SHARED } from '../../support/shared.js';
import { enable, fixturesPresent, score, scoreCaseName, scoreOutcome, type ScoreCase } from './peer-cases.js';

const DIR = path.join(SHARED, 'corpus', 'kube-score-testdata');
const present = fixturesPresent(DIR, 'kube-score');

/** kube-score's container-resources: CPU and memory requests, memory limit, and the CPU limit unless ignored. */
const RESOURCES: readonly Rule[] = [cpuRequestMissing, memoryRequestMissing, memoryLimitMissing, cpuLimitMissing];
const equalLimits = (resources: string[]): Partial<RuleSettings> => enable('requests-not-equal-limits', { resources });
const probes = score('pod-probes', [readinessProbeMissing]);
const resources = score('container-resources', RESOURCES, enable('cpu-limit-missing'));
const seccomp = score('container-seccomp-profile', [seccompProfileMissing], enable('seccomp-profile-missing'));
const ids = score('container-security-context-user-group-id', [lowUserGroupId], enable('low-user-group-id'));
const pull = score('container-image-pull-policy', [pullPolicyNotAlways], enable('pull-policy-not-always'));
const ephemeral = score('container-ephemeral-storage-request-and-limit', [ephemeralStorageMissing], enable('ephemeral-storage-missing'));
const equal = (peer: string, r: string[]) => score(peer, [requestsNotEqualLimits], equalLimits(r));

const CASES: ScoreCase[] = [
  probes('pod-probes-all-missing.yaml', 'CRITICAL'),
  probes('pod-probes-missing-ready.yaml', 'CRITICAL'),
  probes('pod-probes-targeted-by-service.yaml', 'CRITICAL'),
  probes('pod-probes-targeted-by-service-same-namespace.yaml', 'CRITICAL'),
  probes('pod-probes-targeted-by-service-same-namespace-multi-labels.yaml', 'CRITICAL'),
  probes('pod-probes-targeted-by-service-different-namespace.yaml', 'OK'),
  probes('pod-probes-not-targeted-by-service.yaml', 'OK'),
  probes('pod-probes-not-targeted-by-service-multi-labels.yaml', 'OK'),
  probes('pod-probes-on-different-containers.yaml', 'OK'),
  probes('pod-probes-on-different-containers-init.yaml', 'OK'),
  ...['http', 'tcp', 'exec'].map((h) => score('pod-probes-identical', [identicalProbes])(`pod-probes-identical-${h}.yaml`, 'CRITICAL')),
  resources('pod-test-resources-none.yaml', 'CRITICAL'),
  // Limits without requests: the API server copies the limits into the requests, so nothing is missing.
  resources('pod-test-resources-only-limits.yaml', 'WARNING', false),
  resources('deployment-test-resources.yaml', 'WARNING', false),
  resources('statefulset-test-resources.yaml', 'WARNING', false),
  resources('pod-test-resources-limits-and-requests.yaml', 'OK'),
  score('container-resources', [cpuRequestMissing, memoryRequestMissing, memoryLimitMissing])('pod-test-resources-limits-and-requests-no-cpu-limit.yaml', 'OK'),
  resources('pod-test-resources-limits-and-requests-no-cpu-limit.yaml', 'CRITICAL'),
  score('container-resources', [cpuRequestMissing, memoryRequestMissing])('pod-test-resources-no-limits.yaml', 'OK'),
  equal('container-resource-requests-equal-limits', ['cpu', 'memory'])('pod-test-resources-limits-and-requests.yaml', 'OK'),
  equal('container-memory-requests-equal-limits', ['memory'])('pod-test-resources-limits-and-requests.yaml', 'OK'),
  equal('container-cpu-requests-equal-limits', ['cpu'])('pod-test-resources-limits-and-requests.yaml', 'OK'),
  ...['pod-test-resources-no-limits.yaml', 'pod-test-resources-no-limits-annotation-optional.yaml'].flatMap((f) => [
    equal('container-resource-requests-equal-limits', ['cpu', 'memory'])(f, 'CRITICAL'),
    equal('container-memory-requests-equal-limits', ['memory'])(f, 'CRITICAL'),
    equal('container-cpu-requests-equal-limits', ['cpu'])(f, 'CRITICAL'),
  ]),
  score('container-memory-requests-equal-limits', [requestsNotEqualLimits])('pod-container-memory-requests.yaml', 'SKIPPED'),
  equal('container-memory-requests-equal-limits', ['memory'])('pod-container-memory-requests.yaml', 'CRITICAL'),
  equal('container-memory-requests-equal-limits', ['memory'])('pod-container-memory-requests-annotation-optional.yaml', 'CRITICAL'),
  ephemeral('pod-ephemeral-storage-request-nomatch-limit.yaml', 'OK'),
  ephemeral('pod-ephemeral-storage-missing-limit.yaml', 'CRITICAL'),
  // A limit without a request: the request defaults to the limit.
  ephemeral('pod-ephemeral-storage-missing-request.yaml', 'WARNING', false),
  equal('container-ephemeral-storage-request-equals-limit', ['ephemeral-storage'])('pod-ephemeral-storage-request-matches-limit.yaml', 'OK'),
  equal('container-ephemeral-storage-request-equals-limit', ['ephemeral-storage'])('pod-ephemeral-storage-request-nomatch-limit.yaml', 'CRITICAL'),
  equal('container-ephemeral-storage-request-equals-limit', ['ephemeral-storage'])('pod-ephemeral-storage-request-nomatch-limit-annotation-optional.yaml', 'CRITICAL'),
  score('environment-variable-key-duplication', [duplicateEnvVar])('pod-env-ok.yaml', 'OK'),
  score('environment-variable-key-duplication', [duplicateEnvVar])('pod-env-duplicated.yaml', 'CRITICAL'),
  score('container-image-tag', [latestTag])('pod-image-tag-latest.yaml', 'CRITICAL'),
  score('container-image-tag', [latestTag])('pod-image-tag-fixed.yaml', 'OK'),
  pull('pod-image-pullpolicy-undefined.yaml', 'CRITICAL'),
  pull('pod-image-pullpolicy-undefined-latest-tag.yaml', 'OK'),
  pull('pod-image-pullpolicy-undefined-no-tag.yaml', 'OK'),
  pull('pod-image-pullpolicy-never.yaml', 'CRITICAL'),
  pull('pod-image-pullpolicy-always.yaml', 'OK'),
  pull('kube-score-ignore-annotations.yaml', 'CRITICAL'),
  seccomp('pod-seccomp-no-annotation.yaml', 'WARNING'),
  seccomp('pod-seccomp-securecontext-ok.yaml', 'OK'),
  seccomp('pod-seccomp-container-securecontext-ok.yaml', 'OK'),
  seccomp('pod-seccomp-securecontext-warning.yaml', 'WARNING'),
  seccomp('pod-seccomp-container-securecontext-warning.yaml', 'WARNING'),
  score('container-seccomp-profile', [seccompProfileMissing])('pod-seccomp-no-annotation.yaml', 'SKIPPED'),
  // Seccomp annotations are no longer applied by current Kubernetes (and defaultProfileName was a
  // PodSecurityPolicy annotation that never applied to pods): these pods run Unconfined.
  seccomp('pod-seccomp-annotated.yaml', 'OK', true),
  seccomp('pod-seccomp-annotated-annotation-optional.yaml', 'OK', true),
  ids('pod-security-context-all-good.yaml', 'OK'),
  ids('pod-security-context-low-group-id.yaml', 'CRITICAL'),
  ids('pod-security-context-low-user-id.yaml', 'CRITICAL'),
  ids('pod-security-context-nosecuritycontext.yaml', 'CRITICAL'),
  score('container-security-context-privileged', [privilegedContainer])('pod-security-context-all-good.yaml', 'OK'),
  score('container-security-context-privileged', [privilegedContainer])('pod-security-context-privileged.yaml', 'CRITICAL'),
  score('container-security-context-readonlyrootfilesystem', [writableRootFilesystem])('pod-security-context-all-good.yaml', 'OK'),
  score('container-security-context-readonlyrootfilesystem', [writableRootFilesystem])('pod-security-context-writeablerootfilesystem.yaml', 'CRITICAL'),
  score('container-security-context-readonlyrootfilesystem', [writableRootFilesystem])('pod-security-context-nosecuritycontext.yaml', 'CRITICAL'),
  // kube-score warns on NodePort only; LoadBalancer exposure is ours too (strict, info).
  score('service-type', [exposedService])('service-type-nodeport.yaml', 'WARNING'),
  score('service-type', [exposedService])('service-type-clusterip.yaml', 'OK'),
  score('service-type', [exposedService])('service-type-default.yaml', 'OK'),
  score('service-type', [exposedService])('ignore-annotation-service.yaml', 'WARNING'),
];

describe.skipIf(!present)('kube-score fixtures: containers', () => {
  it.each(CASES.map((c) => ({ ...c, name: scoreCaseName(c) })))('$name', (c) => {
    const { ours, expected } = scoreOutcome(DIR, c);
    expect(ours).toBe(expected);
  });

  it(`agrees with kube-score on ${CASES.filter((c) => c.oursFires === undefined).length} of ${CASES.length} graded rows`, () => {
    expect(CASES.filter((c) => c.oursFires === undefined)).toHaveLength(64);
  });
});
