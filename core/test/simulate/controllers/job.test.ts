import { describe, expect, it } from 'vitest';
import { getIn, type Obj } from '../../../src/model/fields.js';
import { indexedGenerateName } from '../../../src/simulate/controllers/job-pods.js';
import { jobController } from '../../../src/simulate/controllers/job.js';
import type { SimObject } from '../../../src/simulate/types.js';
import { declared, node, reconcileOnce, runToFixedPoint, template } from './run-to-fixed-point.js';

function job(spec: Obj = {}): SimObject {
  return declared({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'backup' }, spec: { template: template({ app: 'backup' }, { restartPolicy: 'Never' }), ...spec } });
}

const controllers = [jobController];

// Upstream: pkg/controller/job/job_controller.go manageJob (wantActive), pkg/apis/batch/v1/defaults.go
// SetDefaults_Job; job_controller_test.go TestControllerSyncJob ("non-parallel job", "parallel job", "WQ job",
// "suspending a job with satisfied expectations", "indexed job").
describe('jobController: how many pods run', () => {
  it.each([
    { name: 'a Job without parallelism or completions runs one pod', spec: {}, active: 1 },
    { name: 'a work-queue Job (parallelism, no completions) runs parallelism pods', spec: { parallelism: 3 }, active: 3 },
    { name: 'parallelism below completions runs parallelism pods', spec: { parallelism: 2, completions: 5 }, active: 2 },
    { name: 'completions below parallelism runs completions pods', spec: { parallelism: 5, completions: 2 }, active: 2 },
    { name: 'completions alone runs one pod at a time', spec: { completions: 4 }, active: 1 },
    { name: 'a suspended Job runs nothing', spec: { parallelism: 3, suspend: true }, active: 0 },
    { name: 'an Indexed Job runs one pod per pending index up to parallelism', spec: { completionMode: 'Indexed', completions: 4, parallelism: 3 }, active: 3 },
  ])('$name', ({ spec, active }) => {
    const { state } = runToFixedPoint([node('node-1'), job(spec)], { controllers });
    expect(state.list('Pod')).toHaveLength(active);
    expect(getIn(state.get('Job/default/backup')?.object, 'status', 'ready')).toBe(active);
  });
});

describe('jobController: pods and status', () => {
  it('names pods <job>-<5 characters> and gives them the job labels, the tracking finalizer and the restart policy', () => {
    const { state } = runToFixedPoint([node('node-1'), job()], { controllers });
    const pod = state.list('Pod')[0] as SimObject;
    const uid = getIn(state.get('Job/default/backup')?.object, 'metadata', 'uid');
    expect(pod.name).toMatch(/^backup-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(getIn(pod.object, 'metadata', 'labels')).toEqual({ app: 'backup', 'job-name': 'backup', 'batch.kubernetes.io/job-name': 'backup', 'controller-uid': uid, 'batch.kubernetes.io/controller-uid': uid });
    expect(getIn(pod.object, 'metadata', 'finalizers')).toEqual(['batch.kubernetes.io/job-tracking']);
    expect(getIn(pod.object, 'spec', 'restartPolicy')).toBe('Never');
    expect(getIn(pod.object, 'metadata', 'ownerReferences', 0)).toMatchObject({ apiVersion: 'batch/v1', kind: 'Job', name: 'backup', controller: true });
  });

  it('leaves the labels alone with a manual selector', () => {
    const { state } = runToFixedPoint([node('node-1'), job({ manualSelector: true, selector: { matchLabels: { app: 'backup' } } })], { controllers });
    expect(getIn(state.list('Pod')[0]?.object, 'metadata', 'labels')).toEqual({ app: 'backup' });
  });

  it('gives an Indexed Job pod its index as name part, annotation, label, hostname and environment variable', () => {
    const { state } = runToFixedPoint([node('node-1'), job({ completionMode: 'Indexed', completions: 2, parallelism: 2 })], { controllers });
    const pod = state.list('Pod').find((p) => p.name.startsWith('backup-1-')) as SimObject;
    expect(pod.name).toMatch(/^backup-1-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(getIn(pod.object, 'metadata', 'annotations')).toEqual({ 'batch.kubernetes.io/job-completion-index': '1' });
    expect(getIn(pod.object, 'metadata', 'labels', 'batch.kubernetes.io/job-completion-index')).toBe('1');
    expect(getIn(pod.object, 'spec', 'hostname')).toBe('backup-1');
    expect(getIn(pod.object, 'spec', 'containers', 0, 'env')).toEqual([
      { name: 'JOB_COMPLETION_INDEX', valueFrom: { fieldRef: { fieldPath: "metadata.annotations['batch.kubernetes.io/job-completion-index']" } } },
    ]);
  });

  it('cuts a long job name so that <job>-<index>- fits the 58 characters of generateName', () => {
    expect(indexedGenerateName('j'.repeat(60), 12)).toBe(`${'j'.repeat(54)}-12-`);
  });

  it('reports the running pods and the start time; a second sync changes nothing', () => {
    const { state } = runToFixedPoint([node('node-1'), job({ parallelism: 2, completions: 4 })], { controllers });
    expect(getIn(state.get('Job/default/backup')?.object, 'status')).toEqual({ startTime: '2024-05-01T12:00:00Z', active: 2, terminating: 0, uncountedTerminatedPods: {}, ready: 2 });
    expect(reconcileOnce(jobController, state, 'Job/default/backup')).toEqual([]);
  });

  it('suspending a running Job deletes its pods and sets the Suspended condition', () => {
    const { state } = runToFixedPoint([node('node-1'), job({ parallelism: 2 })], { controllers });
    const suspended = state.apply([{ type: 'update', object: { ...job({ parallelism: 2, suspend: true }), object: { ...job({ parallelism: 2, suspend: true }).object, status: getIn(state.get('Job/default/backup')?.object, 'status') } } }]);
    const { state: end, events } = runToFixedPoint(suspended, { controllers });
    expect(end.list('Pod')).toEqual([]);
    expect(getIn(end.get('Job/default/backup')?.object, 'status', 'conditions')).toEqual([
      { type: 'Suspended', status: 'True', lastTransitionTime: '2024-05-01T12:00:00Z', reason: 'JobSuspended', message: 'Job suspended' },
    ]);
    expect(events).toContainEqual({ type: 'Normal', reason: 'Suspended', object: 'Job/default/backup', message: 'Job suspended' });
  });

  it('a succeeded pod counts towards completions', () => {
    const { state } = runToFixedPoint([node('node-1'), job({ completions: 2 })], { controllers });
    const pod = state.list('Pod')[0] as SimObject;
    const done = state.apply([{ type: 'update', object: { ...pod, object: { ...pod.object, status: { phase: 'Succeeded' } } } }]);
    const after = runToFixedPoint(done, { controllers }).state;
    expect(after.list('Pod').map((p) => getIn(p.object, 'status', 'phase'))).toEqual(['Succeeded', 'Running']);
    expect(getIn(after.get('Job/default/backup')?.object, 'status')).toMatchObject({ active: 1, succeeded: 1 });
  });
});
