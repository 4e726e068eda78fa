import { asArray, asNumber, asObject, asString, objectItems } from '../../../model/fields.js';
import { isDns1123Subdomain, isQualifiedName } from '../../../model/names.js';
import { goPath } from '../field-errors.js';
import { podSpecRule } from './pod-spec-rule.js';

const MAX_INT32 = 2147483647;
/** Pod-spec fields that name other objects, all DNS-1123 subdomains (ValidatePodSpec, ValidateRuntimeClassName). */
const OBJECT_NAMES = ['serviceAccountName', 'nodeName', 'priorityClassName'] as const;

/**
 * Pod-level fields: pkg/apis/core/validation/validation.go ValidatePodSpec (activeDeadlineSeconds 1-2147483647;
 * serviceAccountName, nodeName, priorityClassName and runtimeClassName object names; validateReadinessGates and
 * validateSchedulingGates qualified names, gates unique; validateOS), ValidatePodCreate (a Pod cannot be bound to a
 * node while scheduling gates remain), and the warning of pkg/api/pod/warnings.go for a negative
 * terminationGracePeriodSeconds. Controllers' own restartPolicy/activeDeadlineSeconds rules are the `*-spec-invalid`
 * rules'.
 */
export const podSpecFields = podSpecRule({
  meta: {
    id: 'pod-spec-fields',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A pod-level field the API server rejects: activeDeadlineSeconds below 1, an invalid service account, node, priority or runtime class name, or invalid readiness or scheduling gates.',
    rationale:
      'kube-apiserver rejects it: pkg/apis/core/validation/validation.go ValidatePodSpec, validateReadinessGates, validateSchedulingGates, ' +
      'validateOS and ValidatePodCreate; a negative terminationGracePeriodSeconds is accepted with a warning (pkg/api/pod/warnings.go).',
    howToFix: 'Use activeDeadlineSeconds of at least 1, lowercase DNS names for the objects a pod names, and qualified names (`example.com/gate`) for gates.',
    examples: {
      invalid: 'activeDeadlineSeconds: 0\nserviceAccountName: Builder',
      valid: 'activeDeadlineSeconds: 600\nserviceAccountName: builder',
    },
  },
  check({ ctx, errs, template: { spec, specPath } }) {
    const deadline = asNumber(spec.activeDeadlineSeconds);
    if (deadline !== undefined && (deadline < 1 || deadline > MAX_INT32)) {
      errs.invalid([...specPath, 'activeDeadlineSeconds'], deadline, `must be between 1 and ${MAX_INT32}, inclusive`);
    }
    for (const field of OBJECT_NAMES) {
      const name = asString(spec[field]);
      if (name === undefined || name === '') continue;
      errs.invalidEach([...specPath, field], name, isDns1123Subdomain(name));
    }
    const runtimeClass = asString(spec.runtimeClassName);
    if (runtimeClass !== undefined) {
      errs.invalidEach([...specPath, 'runtimeClassName'], runtimeClass, isDns1123Subdomain(runtimeClass));
    }
    for (const { item, index } of objectItems(spec.readinessGates)) {
      const condition = asString(item.conditionType);
      if (condition !== undefined) errs.invalidEach([...specPath, 'readinessGates', index, 'conditionType'], condition, isQualifiedName(condition));
    }
    const gates = new Set<string>();
    for (const { item, index } of objectItems(spec.schedulingGates)) {
      const name = asString(item.name);
      if (name === undefined) continue;
      // Upstream names the gate itself (`schedulingGates[0]`), not its name field.
      const gate = [...specPath, 'schedulingGates', index];
      errs.invalidEach(gate, name, isQualifiedName(name), { at: [...gate, 'name'] });
      if (gates.has(name)) errs.duplicate(gate, name, { at: [...gate, 'name'] });
      gates.add(name);
    }
    if (ctx.object.kind === 'Pod' && asString(spec.nodeName) && (asArray(spec.schedulingGates)?.length ?? 0) > 0) {
      errs.forbidden([...specPath, 'nodeName'], 'cannot be set until all schedulingGates have been cleared');
    }
    const os = asObject(spec.os);
    const osName = asString(os?.name);
    if (osName === '') errs.required([...specPath, 'os', 'name'], 'cannot be empty');
    else if (osName !== undefined && osName !== 'linux' && osName !== 'windows') {
      errs.notSupported([...specPath, 'os'], osName, ['linux', 'windows'], { at: [...specPath, 'os', 'name'] });
    }
    const grace = asNumber(spec.terminationGracePeriodSeconds);
    if (grace !== undefined && grace < 0) {
      ctx.report({
        path: [...specPath, 'terminationGracePeriodSeconds'],
        message: `${goPath([...specPath, 'terminationGracePeriodSeconds'])}: must be >= 0; negative values are invalid and will be treated as 1`,
        severity: 'warning',
      });
    }
  },
});
