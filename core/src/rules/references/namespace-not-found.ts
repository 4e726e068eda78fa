import { asString, getIn } from '../../model/fields.js';
import type { Rule } from '../rule.js';
import { BUILT_IN_NAMESPACES, referenceSeverity } from './missing.js';

/** An object in a namespace the set does not create, when the set creates namespaces. */
export const namespaceNotFound: Rule = {
  meta: {
    id: 'namespace-not-found',
    category: 'references',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'An object names a namespace that is not one of the Namespace objects of the set (checked only when the set defines some).',
    rationale:
      'Creating an object in a namespace that does not exist fails (`namespaces "shop" not found`), and a typo in metadata.namespace sends an object where nothing ' +
      'else of the application lives. Many sets create none of their namespaces (they are made by `kubectl create namespace`, Argo CD or Helm `--create-namespace`), ' +
      'so the rule only runs when the set defines at least one Namespace; default, kube-system, kube-public and kube-node-lease always exist, and objects that ' +
      'write no namespace (they go to the default one) are not checked. With assume-complete the finding is an error.',
    howToFix: 'Add the Namespace object to the set, or fix metadata.namespace.',
    examples: {
      invalid: 'kind: Namespace\nmetadata: {name: shop}\n---\nkind: Deployment\nmetadata: {name: web, namespace: shpo}',
      valid: 'kind: Namespace\nmetadata: {name: shop}\n---\nkind: Deployment\nmetadata: {name: web, namespace: shop}',
    },
    peers: [],
  },
  check(ctx) {
    if (ctx.index.byKind('Namespace').length === 0) return;
    const written = asString(getIn(ctx.object, 'metadata', 'namespace'));
    if (written === undefined || written === '' || BUILT_IN_NAMESPACES.has(written)) return;
    // Cluster-scoped objects ignore metadata.namespace.
    if (ctx.index.entryOf(ctx.manifest)?.namespace === '') return;
    if (ctx.index.find('Namespace', '', written) !== undefined) return;
    ctx.report({ path: ['metadata', 'namespace'], message: `Namespace "${written}" not found: the set defines Namespaces, but not this one`, severity: referenceSeverity(ctx) });
  },
};
