import { asObject, asString } from '../../../model/fields.js';
import type { Rule } from '../../rule.js';

export const defaultNamespace: Rule = {
  meta: {
    id: 'default-namespace',
    category: 'metadata',
    defaultSeverity: 'info',
    preset: 'strict',
    summary: 'A namespaced object lands in the "default" namespace (written, or by naming no namespace).',
    rationale:
      'The default namespace is shared by everything applied without thought: quotas, NetworkPolicies and RBAC cannot be scoped to one application there, and names collide.',
    howToFix: 'Set metadata.namespace to the application\'s namespace (or apply with -n / a kustomize namespace and lint with --namespace).',
    examples: { invalid: 'metadata:\n  name: web', valid: 'metadata:\n  name: web\n  namespace: shop' },
    peers: ['kube-linter:use-namespace'],
  },
  check(ctx) {
    const meta = asObject(ctx.object.metadata);
    const written = asString(meta?.namespace);
    if ((written ?? ctx.defaultNamespace) !== 'default' || typeof ctx.object.kind !== 'string') return;
    // A kind of unknown scope counts as namespaced, as the index counts it.
    const apiVersion = asString(ctx.object.apiVersion);
    if (apiVersion !== undefined && ctx.isNamespaced(apiVersion, ctx.object.kind) === false) return;
    ctx.report(
      written === undefined
        ? { path: ['metadata', 'namespace'], message: 'the object names no namespace: it lands in "default"' }
        : { path: ['metadata', 'namespace'], message: 'the object is in the "default" namespace' },
    );
  },
};
