import { describe, expect, it } from 'vitest';
import { cronjobConcurrencyPolicy } from '../../../src/rules/practices/availability/cronjob-concurrency-policy.js';
import { cronjobStartingDeadline } from '../../../src/rules/practices/availability/cronjob-starting-deadline.js';
import { jobTtlMissing } from '../../../src/rules/practices/availability/job-ttl-missing.js';
import { nakedPod } from '../../../src/rules/practices/availability/naked-pod.js';
import { priorityClassName } from '../../../src/rules/practices/availability/priority-class-name.js';
import { strategyNotRollingUpdate } from '../../../src/rules/practices/availability/strategy-not-rolling-update.js';
import { findingsOf, summary } from '../helpers.js';
import { indent, oneContainer, pod } from './builders.js';

const template = indent(`template:\n  spec:\n    restartPolicy: Never\n${indent(oneContainer(), 4)}`, 2);
const job = (spec: string, annotations = ''): string =>
  `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: once\n${annotations === '' ? '' : `  annotations: {${annotations}}\n`}spec:\n${spec === '' ? '' : `  ${spec}\n`}${template}\n`;
const cronJob = (spec: string): string =>
  `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: "0 3 * * *"\n${spec === '' ? '' : `  ${spec}\n`}  jobTemplate:\n    spec:\n${indent(template, 4)}\n`;
const workload = (kind: string, strategy: string): string =>
  `apiVersion: apps/v1\nkind: ${kind}\nmetadata:\n  name: web\nspec:\n  ${strategy}\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n${indent(oneContainer(), 6)}\n`;
const on = (id: string, params: Record<string, unknown> = {}) => ({ rules: { [id]: { level: 'info' as const, params } } });

describe('strategy-not-rolling-update (opt-in)', () => {
  it.each([
    { name: 'a Recreate Deployment is reported', yaml: workload('Deployment', 'strategy: {type: Recreate}'), findings: 1 },
    { name: 'a RollingUpdate Deployment passes', yaml: workload('Deployment', 'strategy: {type: RollingUpdate}'), findings: 0 },
    { name: 'a StatefulSet updating OnDelete is reported', yaml: workload('StatefulSet', 'updateStrategy: {type: OnDelete}'), findings: 1 },
    { name: 'a Deployment with no strategy rolls', yaml: workload('Deployment', 'minReadySeconds: 5'), findings: 0 },
  ])('$name', ({ yaml, findings }) => {
    expect(findingsOf(strategyNotRollingUpdate, yaml, on('strategy-not-rolling-update'))).toHaveLength(findings);
  });

  it('says what the strategy does', () => {
    expect(summary(findingsOf(strategyNotRollingUpdate, workload('Deployment', 'strategy: {type: Recreate}'), on('strategy-not-rolling-update')))).toEqual([
      'strategy-not-rolling-update 6:20 Deployment uses the Recreate strategy: every pod stops before the new version starts',
    ]);
  });
});

describe('CronJobs', () => {
  it.each([
    { name: 'no deadline is reported', rule: cronjobStartingDeadline, spec: '', findings: 1 },
    { name: 'a deadline passes', rule: cronjobStartingDeadline, spec: 'startingDeadlineSeconds: 300', findings: 0 },
    { name: 'no concurrencyPolicy is reported', rule: cronjobConcurrencyPolicy, spec: '', findings: 1 },
    { name: 'an explicit Allow is a decision', rule: cronjobConcurrencyPolicy, spec: 'concurrencyPolicy: Allow', findings: 0 },
  ])('$name', ({ rule, spec, findings }) => {
    expect(findingsOf(rule, cronJob(spec), on(rule.meta.id))).toHaveLength(findings);
  });

  it('points at the CronJob spec', () => {
    expect(summary(findingsOf(cronjobStartingDeadline, cronJob('')))).toEqual(['cronjob-starting-deadline 5:1 CronJob has no startingDeadlineSeconds: missed runs start however late they are']);
  });
});

describe('job-ttl-missing', () => {
  it.each([
    { name: 'a standalone Job without TTL is reported', yaml: job(''), findings: 1 },
    { name: 'a TTL passes', yaml: job('ttlSecondsAfterFinished: 600'), findings: 0 },
    { name: 'a Helm hook with a delete policy is deleted by Helm', yaml: job('', '"helm.sh/hook": post-install, "helm.sh/hook-delete-policy": hook-succeeded'), findings: 0 },
    { name: 'an Argo CD hook with a delete policy is deleted by Argo CD', yaml: job('', '"argocd.argoproj.io/hook-delete-policy": HookSucceeded'), findings: 0 },
    { name: 'CronJobs clean up through their history limits', yaml: cronJob(''), findings: 0 },
  ])('$name', ({ yaml, findings }) => {
    expect(findingsOf(jobTtlMissing, yaml)).toHaveLength(findings);
  });

  it('points at the Job spec', () => {
    expect(summary(findingsOf(jobTtlMissing, job('')))).toEqual(['job-ttl-missing 5:1 Job has no ttlSecondsAfterFinished: it and its pods stay after it finishes']);
  });
});

describe('priority-class-name (opt-in)', () => {
  it.each([
    { name: 'no class is reported', spec: oneContainer(), params: {}, findings: ['priority-class-name 5:1 the pod has no priorityClassName: it is preempted before pods that have one'] },
    { name: 'any class passes without an allowed list', spec: `priorityClassName: batch\n${oneContainer()}`, params: {}, findings: [] },
    { name: 'a class outside the allowed list is reported', spec: `priorityClassName: batch\n${oneContainer()}`, params: { allowed: ['high', 'low'] }, findings: ['priority-class-name 6:22 priorityClassName "batch" is not one of the allowed classes: high, low'] },
  ])('$name', ({ spec, params, findings }) => {
    expect(summary(findingsOf(priorityClassName, pod(spec), on('priority-class-name', params)))).toEqual(findings);
  });
});

describe('naked-pod', () => {
  it.each([
    { name: 'a bare Pod is reported', metadata: '', findings: ['naked-pod 2:7 Pod is not managed by a controller: nothing recreates it if its node fails or it is evicted'] },
    { name: 'a Pod with an owner passes', metadata: 'ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: web-1, uid: "1"}]', findings: [] },
    { name: 'a Helm test hook passes', metadata: 'annotations: {"helm.sh/hook": test}', findings: [] },
  ])('$name', ({ metadata, findings }) => {
    expect(summary(findingsOf(nakedPod, pod(oneContainer(), metadata)))).toEqual(findings);
  });
});
