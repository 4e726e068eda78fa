import type { KubeObject } from '../../../load/types.js';
import { asNumber, asObject, getIn, type Obj } from '../../../model/fields.js';
import { parseLabelSelector, selectorMatches } from '../../../model/label-selector.js';
import { isDns1123Label } from '../../../model/names.js';
import type { Rule } from '../../rule.js';
import { checkNonNegative, fieldErrors, goPath, json, type FieldErrors, type Path } from '../field-errors.js';
import { groupOf } from './api-groups.js';
import { domainPrefixedPathErrors } from './formats.js';
import { checkJobRestarts } from './template-checks.js';

/** pkg/apis/batch/validation limits for Indexed Jobs. */
const MAX_PARALLELISM_INDEXED = 100_000;
const MAX_FAILED_INDEXES = 100_000;
const MAX_MANAGED_BY = 63;

const COUNTS = ['parallelism', 'completions', 'activeDeadlineSeconds', 'backoffLimit', 'ttlSecondsAfterFinished', 'backoffLimitPerIndex', 'maxFailedIndexes'];

/**
 * pkg/apis/batch/validation/validation.go validateJobSpec, shared by Jobs and CronJob job templates: counts ≥ 0,
 * Indexed-only fields, managedBy, and the template's restartPolicy (OnFailure or Never).
 */
export function checkJobSpec(errs: FieldErrors, spec: Obj, path: Path): void {
  for (const field of COUNTS) checkNonNegative(errs, spec[field], [...path, field]);
  const indexed = spec.completionMode === 'Indexed';
  const completions = asNumber(spec.completions);
  const parallelism = asNumber(spec.parallelism);
  const maxFailed = asNumber(spec.maxFailedIndexes);
  if (maxFailed !== undefined && spec.backoffLimitPerIndex == null) errs.required([...path, 'backoffLimitPerIndex'], 'when maxFailedIndexes is specified');
  if (typeof spec.managedBy === 'string') {
    for (const e of domainPrefixedPathErrors(spec.managedBy)) errs.invalid([...path, 'managedBy'], e.value, e.detail);
    if (spec.managedBy.length > MAX_MANAGED_BY) errs.raw([...path, 'managedBy'], `${goPath([...path, 'managedBy'])}: Too long: may not be longer than ${MAX_MANAGED_BY}`);
  }
  if (indexed) {
    // SetDefaults_Job sets completions to 1 only when parallelism is unset too.
    if (completions === undefined && parallelism !== undefined) errs.required([...path, 'completions'], 'when completion mode is Indexed');
    if (parallelism !== undefined && parallelism > MAX_PARALLELISM_INDEXED) {
      errs.invalid([...path, 'parallelism'], parallelism, `must be less than or equal to ${MAX_PARALLELISM_INDEXED} when completion mode is Indexed`);
    }
    if (maxFailed !== undefined && completions !== undefined && maxFailed > completions) errs.invalid([...path, 'maxFailedIndexes'], maxFailed, 'must be less than or equal to completions');
    if (maxFailed !== undefined && maxFailed > MAX_FAILED_INDEXES) errs.invalid([...path, 'maxFailedIndexes'], maxFailed, `must be less than or equal to ${MAX_FAILED_INDEXES}`);
  } else {
    for (const field of ['backoffLimitPerIndex', 'maxFailedIndexes']) {
      if (typeof spec[field] === 'number') errs.invalid([...path, field], json(spec[field]), 'requires indexed completion mode');
    }
    if (asObject(spec.successPolicy)) errs.invalid([...path, 'successPolicy'], json(spec.successPolicy), 'requires indexed completion mode');
  }
  checkJobRestarts(errs, spec, path);
}

/** Labels the Job strategy generates (batch.ControllerUidLabel & co.); the uid is unknown until creation. */
function generatedLabels(name: string): Record<string, string> {
  const uid = '\u0000uid';
  return { 'controller-uid': uid, 'job-name': name, 'batch.kubernetes.io/controller-uid': uid, 'batch.kubernetes.io/job-name': name };
}

function checkJob(errs: FieldErrors, object: KubeObject, spec: Obj): void {
  const name = getIn(object, 'metadata', 'name');
  const selector = parseLabelSelector(spec.selector);
  // Without manualSelector the strategy adds controller-uid to the selector; anything else must select the
  // generated labels too (validateGeneratedSelector).
  if (spec.manualSelector !== true && selector && typeof name === 'string' && !selectorMatches(selector, generatedLabels(name))) {
    errs.invalid(['spec', 'selector'], json(spec.selector), '`selector` not auto-generated');
  }
  const completions = asNumber(spec.completions);
  if (spec.completionMode === 'Indexed' && completions !== undefined && completions > 0 && typeof name === 'string') {
    const hostname = `${name}-${completions - 1}`;
    if (isDns1123Label(hostname).length > 0) {
      errs.invalid(['metadata', 'name'], name, `will not able to create pod with invalid DNS label: ${hostname}`);
    }
  }
}

/**
 * Job spec: pkg/apis/batch/validation/validation.go ValidateJob → validateGeneratedSelector, ValidateJobSpec and
 * validateJobSpec. The pod template itself is the pod-spec rules'.
 */
export const jobSpecInvalid: Rule = {
  meta: {
    id: 'job-spec-invalid',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A Job the API server rejects: restartPolicy not OnFailure/Never, negative counts, Indexed-only fields on a NonIndexed Job, a hand-written selector.',
    rationale:
      'pkg/apis/batch/validation/validation.go validateJobSpec: the template restartPolicy must be OnFailure or Never (an unset one ' +
      'defaults to Always), parallelism/completions/backoffLimit… ≥ 0, backoffLimitPerIndex and maxFailedIndexes need completionMode Indexed; ' +
      'validateGeneratedSelector rejects a selector without manualSelector.',
    howToFix: 'Set `restartPolicy: Never` (or OnFailure) in the pod template and let the API server generate the selector.',
    examples: {
      invalid: 'kind: Job\nspec:\n  template:\n    spec:\n      containers: [{name: run, image: busybox}]',
      valid: 'kind: Job\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: run, image: busybox}]',
    },
    peers: ['kube-linter:restart-policy'],
  },
  kinds: ['Job'],
  check(ctx) {
    const { object } = ctx;
    const spec = asObject(object.spec);
    if (groupOf(object) !== 'batch' || !spec) return;
    const errs = fieldErrors(ctx);
    checkJobSpec(errs, spec, ['spec']);
    checkJob(errs, object, spec);
  },
};
