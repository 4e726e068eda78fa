/**
 * What controller validation checks in the pod template beyond the pod spec itself: the restart policy the
 * controller can run (after SetDefaults_PodSpec turns an empty one into Always) and activeDeadlineSeconds.
 */
import type { KubeObject } from '../../../load/types.js';
import { getIn } from '../../../model/fields.js';
import type { FieldErrors, Path } from '../field-errors.js';

/** Values the schema validator accepts for restartPolicy; any other value is its finding, not ours. */
const KNOWN_POLICIES = new Set(['Always', 'OnFailure', 'Never']);

/**
 * Long-running controllers (pkg/apis/apps/validation ValidatePodTemplateSpecForReplicaSet/-StatefulSet,
 * ValidateDaemonSetSpec; pkg/apis/core/validation ValidatePodTemplateSpecForRC): restartPolicy must be Always,
 * activeDeadlineSeconds is forbidden. `noun` is the kind named in the message.
 */
export function checkAlwaysRestarts(errs: FieldErrors, object: KubeObject, templatePath: Path, noun: string): void {
  const spec = getIn(object, ...(templatePath as string[]), 'spec');
  if (spec === undefined || spec === null || typeof spec !== 'object') return;
  const policy = getIn(spec, 'restartPolicy');
  if (typeof policy === 'string' && policy !== 'Always' && KNOWN_POLICIES.has(policy)) {
    errs.notSupported([...templatePath, 'spec', 'restartPolicy'], policy, ['Always']);
  }
  const deadline = getIn(spec, 'activeDeadlineSeconds');
  if (deadline !== undefined && deadline !== null) {
    errs.forbidden([...templatePath, 'spec', 'activeDeadlineSeconds'], `activeDeadlineSeconds in ${noun} is not Supported`);
  }
}

/**
 * Jobs (pkg/apis/batch/validation validateJobSpec): restartPolicy must be OnFailure or Never; an empty one
 * defaults to Always and is reported as missing; with a podFailurePolicy only Never is allowed.
 */
export function checkJobRestarts(errs: FieldErrors, jobSpec: unknown, jobSpecPath: Path): void {
  const podSpec = getIn(jobSpec, 'template', 'spec');
  if (podSpec === undefined || podSpec === null || typeof podSpec !== 'object') return;
  const path: Path = [...jobSpecPath, 'template', 'spec', 'restartPolicy'];
  const policy = getIn(podSpec, 'restartPolicy') ?? '';
  if (policy === '' || policy === 'Always') {
    errs.required(path, 'valid values: "OnFailure", "Never"');
  } else if (policy === 'OnFailure' && getIn(jobSpec, 'podFailurePolicy') != null) {
    errs.invalid(path, policy, 'only "Never" is supported when podFailurePolicy is specified');
  }
}
