/**
 * A Job's spec and pods (pkg/apis/batch/v1/defaults.go SetDefaults_Job; pkg/registry/batch/job/strategy.go
 * generateSelector; pkg/controller/job/job_controller.go manageJob, indexed_job_utils.go): the job-name and
 * controller-uid labels (legacy and `batch.kubernetes.io/` spellings), the job-tracking finalizer, and for
 * Indexed Jobs the completion index as annotation, label, hostname `<job>-<index>` and JOB_COMPLETION_INDEX.
 */
import { asBoolean, asNumber, asObject, asStringMap, getIn, objectItems, type Obj } from '../../model/fields.js';
import type { NameGenerator, SimObject } from '../types.js';
import { MAX_GENERATED_NAME_LENGTH } from './generated-names.js';
import { podFromTemplate, templateSpec } from './pod-from-template.js';
import { controllerRef, uidOf } from './sim-object.js';

export const COMPLETION_INDEX_ANNOTATION = 'batch.kubernetes.io/job-completion-index';
const JOB_TRACKING_FINALIZER = 'batch.kubernetes.io/job-tracking';
const COMPLETION_INDEX_ENV = 'JOB_COMPLETION_INDEX';

export interface JobView {
  /** Defaulted to 1. */
  readonly parallelism: number;
  /** Undefined for a work-queue Job (parallelism set, completions not); 1 when neither is set. */
  readonly completions?: number;
  readonly indexed: boolean;
  readonly suspend: boolean;
  readonly manualSelector: boolean;
  readonly template: Obj;
}

export function readJob(job: SimObject): JobView {
  const spec = asObject(job.object.spec) ?? {};
  const parallelism = asNumber(spec.parallelism);
  const completions = asNumber(spec.completions) ?? (parallelism === undefined ? 1 : undefined);
  return {
    parallelism: parallelism ?? 1,
    ...(completions === undefined ? {} : { completions }),
    indexed: spec.completionMode === 'Indexed',
    suspend: asBoolean(spec.suspend) ?? false,
    manualSelector: asBoolean(spec.manualSelector) ?? false,
    template: asObject(spec.template) ?? {},
  };
}

/** The completion index of an Indexed Job's pod, from its annotation. */
export function completionIndexOf(pod: SimObject): number | undefined {
  const raw = getIn(pod.object, 'metadata', 'annotations', COMPLETION_INDEX_ANNOTATION);
  return typeof raw === 'string' && /^[0-9]+$/.test(raw) ? Number(raw) : undefined;
}

/** podGenerateNameWithIndex: `<job>-<index>-`, the job name cut so the whole fits in 58 characters. */
export function indexedGenerateName(jobName: string, index: number): string {
  const append = `-${index}-`;
  const prefix = jobName + append;
  return prefix.length > MAX_GENERATED_NAME_LENGTH ? jobName.slice(0, MAX_GENERATED_NAME_LENGTH - append.length) + append : prefix;
}

/** generateSelector's template labels, only where the template does not set them itself. */
function selectorLabels(job: SimObject, view: JobView, names: NameGenerator): Record<string, string> {
  if (view.manualSelector) return {};
  const uid = uidOf(job, names);
  const own = asStringMap(getIn(view.template, 'metadata', 'labels')) ?? {};
  const generated: Record<string, string> = { 'job-name': job.name, 'batch.kubernetes.io/job-name': job.name, 'controller-uid': uid, 'batch.kubernetes.io/controller-uid': uid };
  return Object.fromEntries(Object.entries(generated).filter(([k]) => !(k in own)));
}

/** addCompletionIndexEnvVariables: every container and init container learns its index from the annotation. */
function withIndexEnv(spec: Obj): Obj {
  const env = { name: COMPLETION_INDEX_ENV, valueFrom: { fieldRef: { fieldPath: `metadata.annotations['${COMPLETION_INDEX_ANNOTATION}']` } } };
  const addTo = (list: unknown): Obj[] =>
    objectItems(list).map(({ item }) => {
      const vars = objectItems(item.env).map((e) => e.item);
      return vars.some((v) => v.name === COMPLETION_INDEX_ENV) ? item : { ...item, env: [...vars, env] };
    });
  const out = { ...spec };
  for (const field of ['initContainers', 'containers'] as const) if (spec[field] !== undefined) out[field] = addTo(spec[field]);
  return out;
}

/** One pod of the Job; `index` for Indexed Jobs. */
export function jobPod(job: SimObject, view: JobView, name: string, generateName: string, names: NameGenerator, index?: number): Obj {
  const base = { namespace: job.namespace ?? 'default', name, generateName, ownerRef: controllerRef(job, names), finalizers: [JOB_TRACKING_FINALIZER] };
  const labels = selectorLabels(job, view, names);
  if (index === undefined) return podFromTemplate(view.template, { ...base, labels });
  const spec = { ...withIndexEnv(templateSpec(view.template)), hostname: `${job.name}-${index}` };
  const indexLabel = { [COMPLETION_INDEX_ANNOTATION]: String(index) };
  return podFromTemplate(view.template, { ...base, labels: { ...labels, ...indexLabel }, annotations: indexLabel }, spec);
}
