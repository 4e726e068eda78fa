import { asString } from '../../model/fields.js';
import type { Rule } from '../rule.js';
import { POD_SPEC_KINDS } from './check-config-refs.js';
import { referenceSeverity, SYSTEM_NAMESPACES } from './missing.js';

/** A pod spec that runs as a ServiceAccount the set does not define. */
export const serviceAccountNotFound: Rule = {
  meta: {
    id: 'service-account-not-found',
    category: 'references',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'A pod spec names a ServiceAccount (serviceAccountName, or the deprecated serviceAccount) that the set does not define.',
    rationale:
      'The ServiceAccount admission plugin rejects pods whose ServiceAccount does not exist (`error looking up service account ...`), so the workload controller ' +
      'creates no pod and reports FailedCreate. The `default` ServiceAccount exists in every namespace and is never reported, nor are ServiceAccounts in ' +
      'kube-system, kube-public and kube-node-lease. When the namespace holds no ServiceAccount at all in the set, the account is likely created elsewhere ' +
      '(another chart, the platform team) and the finding is info; with assume-complete it is an error.',
    howToFix: 'Add the ServiceAccount to the set (same namespace) or fix serviceAccountName; use serviceAccountName rather than the deprecated serviceAccount.',
    examples: {
      invalid: 'kind: Deployment\nspec:\n  template:\n    spec:\n      serviceAccountName: builder\n---\nkind: ServiceAccount\nmetadata: {name: build}',
      valid: 'kind: Deployment\nspec:\n  template:\n    spec:\n      serviceAccountName: builder\n---\nkind: ServiceAccount\nmetadata: {name: builder}',
    },
    peers: ['kube-linter:non-existent-service-account'],
  },
  kinds: POD_SPEC_KINDS,
  check(ctx) {
    const entry = ctx.index.entryOf(ctx.manifest);
    if (entry?.podTemplate === undefined || SYSTEM_NAMESPACES.has(entry.namespace)) return;
    const { namespace, podTemplate } = entry;
    // serviceAccountName wins when both are written (the API server copies it into serviceAccount).
    const field = asString(podTemplate.spec.serviceAccountName) !== undefined ? 'serviceAccountName' : 'serviceAccount';
    const name = asString(podTemplate.spec[field]);
    if (name === undefined || name === '' || name === 'default' || ctx.index.find('ServiceAccount', namespace, name) !== undefined) return;
    ctx.report({
      path: [...podTemplate.specPath, field],
      message: `ServiceAccount "${name}" not found in namespace "${namespace}"`,
      severity: referenceSeverity(ctx, ctx.index.inNamespace('ServiceAccount', namespace).length === 0),
    });
  },
};
