import { WORKLOAD_KINDS, type PodTemplateRef } from '../../../model/pod-template.js';
import type { PodFacts } from '../../pod-facts.js';
import type { Finding, Rule, RuleContext, RuleMeta } from '../../rule.js';
import { fieldErrors, type FieldErrors } from '../field-errors.js';

/** What a pod-spec check is given: the pod template of the object, and where to report. */
export interface PodSpecCheck {
  /** The rule context; for a StatefulSet its findings are warnings (see podSpecContext). */
  ctx: RuleContext;
  /** Field errors on `ctx`, softening template placeholders only in syntax checks (`invalidEach`). */
  errs: FieldErrors;
  template: PodTemplateRef;
  /** The same template with its containers (`RuleContext.pod`). */
  pod: PodFacts;
}

const STATEFUL_SET_NOTE = ' (StatefulSet templates are not validated on create: the StatefulSet is accepted, but the Pods it creates are rejected)';

/**
 * The context pod-spec rules report through. StatefulSet pod templates are the exception to API validation:
 * pkg/apis/apps/validation/validation.go ValidatePodTemplateSpecForStatefulSet leaves ValidatePodSpec out, so the
 * StatefulSet is stored and its problems surface when the controller's Pods are refused. Those findings are
 * downgraded to warnings and say so.
 */
function podSpecContext(ctx: RuleContext): RuleContext {
  if (ctx.object.kind !== 'StatefulSet') return ctx;
  const wrapped = Object.create(ctx) as RuleContext;
  const report = (f: Finding): void => ctx.report({ ...f, severity: f.severity === 'info' ? 'info' : 'warning', message: f.message + STATEFUL_SET_NOTE });
  Object.defineProperty(wrapped, 'report', { value: report });
  return wrapped;
}

/**
 * A pod-spec validation rule: it runs on every workload kind (WORKLOAD_KINDS) whose pod spec is written, and
 * reports through podSpecContext.
 */
export function podSpecRule(rule: { meta: RuleMeta; check(c: PodSpecCheck): void }): Rule {
  return {
    meta: rule.meta,
    kinds: WORKLOAD_KINDS,
    check(rawCtx) {
      const pod = rawCtx.pod;
      if (pod === undefined) return;
      const ctx = podSpecContext(rawCtx);
      rule.check({ ctx, errs: fieldErrors(ctx, { placeholders: 'syntax-checks' }), template: pod.template, pod });
    },
  };
}
