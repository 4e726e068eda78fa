import { asString, getIn } from '../../model/fields.js';
import type { Rule } from '../rule.js';
import { referenceSeverity, SYSTEM_NAMESPACES } from './missing.js';

/** The API group of an apiVersion, `core` for the unnamed one. */
function groupOf(apiVersion: string): string {
  return apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.lastIndexOf('/')) : 'core';
}

/** A HorizontalPodAutoscaler whose scaleTargetRef names no object of the set (by kind, name and API group). */
export const hpaTargetNotFound: Rule = {
  meta: {
    id: 'hpa-target-not-found',
    category: 'references',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: "A HorizontalPodAutoscaler's scaleTargetRef names no object of the set, or names it in the wrong API group.",
    rationale:
      'The HPA controller resolves scaleTargetRef by API group, kind and name in the HPA\'s namespace and reads its scale subresource; ' +
      'when nothing matches, the HPA reports FailedGetScale and never scales. Only the group of scaleTargetRef.apiVersion matters (the REST mapper ignores the version), ' +
      'so `extensions/v1beta1` for an `apps` Deployment fails while `apps/v1beta2` would resolve. ' +
      'When the namespace holds no object of the target kind at all, the target is likely defined elsewhere and the finding is info; with assume-complete it is an error.',
    howToFix: 'Set scaleTargetRef.apiVersion, kind and name to those of the workload to scale (e.g. apps/v1, Deployment, its metadata.name), in the HPA\'s namespace.',
    examples: {
      invalid: 'kind: HorizontalPodAutoscaler\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web-app}\n---\nkind: Deployment\nmetadata: {name: web}',
      valid: 'kind: HorizontalPodAutoscaler\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n---\nkind: Deployment\nmetadata: {name: web}',
    },
    peers: ['kube-linter:dangling-horizontalpodautoscaler', 'kube-score:horizontalpodautoscaler-has-target'],
  },
  kinds: ['HorizontalPodAutoscaler'],
  check(ctx) {
    const ref = getIn(ctx.object, 'spec', 'scaleTargetRef');
    const kind = asString(getIn(ref, 'kind'));
    const name = asString(getIn(ref, 'name'));
    if (kind === undefined || name === undefined) return;
    const namespace = ctx.index.namespaceOf(ctx.manifest);
    const target = ctx.index.find(kind, namespace, name);
    if (target === undefined) {
      if (SYSTEM_NAMESPACES.has(namespace)) return;
      ctx.report({
        path: ['spec', 'scaleTargetRef', 'name'],
        message: `scaleTargetRef: ${kind} "${name}" not found in namespace "${namespace}"`,
        severity: referenceSeverity(ctx, ctx.index.inNamespace(kind, namespace).length === 0),
      });
      return;
    }
    const apiVersion = asString(getIn(ref, 'apiVersion'));
    if (apiVersion === undefined || groupOf(apiVersion) === groupOf(target.apiVersion)) return;
    ctx.report({
      path: ['spec', 'scaleTargetRef', 'apiVersion'],
      message: `scaleTargetRef: apiVersion "${apiVersion}" is in API group "${groupOf(apiVersion)}", but ${kind} "${name}" is in "${groupOf(target.apiVersion)}"`,
      severity: referenceSeverity(ctx),
    });
  },
};
