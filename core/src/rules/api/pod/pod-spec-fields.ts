import { asArray, asNumber, asObject, asString, objectItems } from '../../../model/fields.js';
import { isDns1123Subdomain, isQualifiedName } from '../../../model/names.js';
import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import type { Rule } from '../../rule.js';
import { duplicate, fail, failEach, forbidden, goPath, invalid, notSupported, podSpecContext, required } from './field-errors.js';
import { podSpecOf } from './pod-spec-of.js';

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
export const podSpecFields: Rule = {
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
  kinds: WORKLOAD_KINDS,
  check(rawCtx) {
    const ctx = podSpecContext(rawCtx);
    const template = podSpecOf(ctx.object);
    if (template === undefined) return;
    const { spec, specPath } = template;
    const deadline = asNumber(spec.activeDeadlineSeconds);
    if (deadline !== undefined && (deadline < 1 || deadline > MAX_INT32)) {
      fail(ctx, [...specPath, 'activeDeadlineSeconds'], invalid(deadline, `must be between 1 and ${MAX_INT32}, inclusive`));
    }
    for (const field of OBJECT_NAMES) {
      const name = asString(spec[field]);
      if (name === undefined || name === '') continue;
      const errs = isDns1123Subdomain(name);
      if (errs.length > 0) failEach(ctx, [...specPath, field], name, errs);
    }
    const runtimeClass = asString(spec.runtimeClassName);
    if (runtimeClass !== undefined) {
      const errs = isDns1123Subdomain(runtimeClass);
      if (errs.length > 0) failEach(ctx, [...specPath, 'runtimeClassName'], runtimeClass, errs);
    }
    for (const { item, index } of objectItems(spec.readinessGates)) {
      const condition = asString(item.conditionType);
      const errs = condition === undefined ? [] : isQualifiedName(condition);
      if (errs.length > 0) failEach(ctx, [...specPath, 'readinessGates', index, 'conditionType'], condition as string, errs);
    }
    const gates = new Set<string>();
    for (const { item, index } of objectItems(spec.schedulingGates)) {
      const name = asString(item.name);
      if (name === undefined) continue;
      // Upstream names the gate itself (`schedulingGates[0]`), not its name field.
      const msgPath = goPath([...specPath, 'schedulingGates', index]);
      const errs = isQualifiedName(name);
      if (errs.length > 0) failEach(ctx, [...specPath, 'schedulingGates', index, 'name'], name, errs, { msgPath });
      if (gates.has(name)) fail(ctx, [...specPath, 'schedulingGates', index, 'name'], duplicate(name), { msgPath });
      gates.add(name);
    }
    if (ctx.object.kind === 'Pod' && asString(spec.nodeName) && (asArray(spec.schedulingGates)?.length ?? 0) > 0) {
      fail(ctx, [...specPath, 'nodeName'], forbidden('cannot be set until all schedulingGates have been cleared'));
    }
    const os = asObject(spec.os);
    const osName = asString(os?.name);
    if (osName === '') fail(ctx, [...specPath, 'os', 'name'], required('cannot be empty'));
    else if (osName !== undefined && osName !== 'linux' && osName !== 'windows') {
      fail(ctx, [...specPath, 'os', 'name'], notSupported(osName, ['linux', 'windows']), { msgPath: goPath([...specPath, 'os']) });
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
};
