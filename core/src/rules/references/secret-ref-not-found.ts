import { asString, getIn } from '../../model/fields.js';
import { memoPerIndex, type ObjectIndex } from '../object-index.js';
import type { Rule } from '../rule.js';
import { checkConfigRefs, keysIn, nameAt, POD_SPEC_KINDS, type ConfigTargets } from './check-config-refs.js';
import { secretsMayBeCreatedIn } from './secret-creators.js';

/**
 * Secrets that custom resources of the set make: cert-manager Certificates (spec.secretName), Bitnami
 * SealedSecrets (their own name) and External Secrets (spec.target.name, default their name).
 */
const produced = memoPerIndex((index: ObjectIndex): Set<string> => {
  const out = new Set<string>();
  const add = (namespace: string, name: string): void => void out.add(`${namespace}\u0000${name}`);
  for (const o of index.byKind('Certificate')) {
    const name = asString(getIn(o.object, 'spec', 'secretName'));
    if (o.group === 'cert-manager.io' && name !== undefined) add(o.namespace, name);
  }
  for (const o of index.byKind('SealedSecret')) if (o.group === 'bitnami.com') add(o.namespace, nameAt(o, 'spec', 'template', 'metadata', 'name'));
  for (const o of index.byKind('ExternalSecret')) if (o.group === 'external-secrets.io') add(o.namespace, nameAt(o, 'spec', 'target', 'name'));
  return out;
});

const secrets: ConfigTargets = {
  kind: 'Secret',
  providedElsewhere: (index, namespace, name) => produced(index).has(`${namespace}\u0000${name}`),
  madeAtRuntime: secretsMayBeCreatedIn,
  // The token controller fills the data of service-account-token Secrets.
  keysOf: (target) => (getIn(target.object, 'type') === 'kubernetes.io/service-account-token' ? undefined : keysIn(target.object, 'data', 'stringData')),
};

/** A pod spec that needs a Secret (or a key of one) the set does not define. */
export const secretRefNotFound: Rule = {
  meta: {
    id: 'secret-ref-not-found',
    category: 'references',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'A pod spec references a Secret, or a Secret key, that the set does not define (env valueFrom, envFrom, volumes, projected volumes).',
    rationale:
      'The kubelet will not start a container whose secretKeyRef, secretRef or secret volume points at a missing Secret or key: the pod stays in ' +
      'CreateContainerConfigError or ContainerCreating. Secrets are often kept out of manifests on purpose, so: references marked `optional: true` are never reported; ' +
      'Secrets made by cert-manager Certificates, SealedSecrets or ExternalSecrets of the set count as present (their keys are not checked); keys of ' +
      'service-account-token Secrets (filled in by the token controller) are not checked; nothing in kube-system, kube-public or kube-node-lease is reported; and ' +
      'a missing Secret is info when the namespace holds no Secret at all in the set, or when a workload of the set may create Secrets there at runtime (its ' +
      'ServiceAccount is bound to a role of the set allowing `create` on secrets: certificate generators, init jobs, operators). With assume-complete every finding is an error. ' +
      'A separate rule from configmap-ref-not-found so that teams who manage Secrets outside Git can turn it off alone.',
    howToFix: 'Add the Secret (or the key under data/stringData) to the set, or the resource that creates it, fix the name, or mark the reference `optional: true`.',
    examples: {
      invalid: 'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: db, key: password}\n---\nkind: Secret\nmetadata: {name: db}\nstringData: {pass: x}',
      valid: 'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: db, key: password}\n---\nkind: Secret\nmetadata: {name: db}\nstringData: {password: x}',
    },
    peers: ['kube-linter:env-value-from'],
  },
  kinds: POD_SPEC_KINDS,
  check(ctx) {
    checkConfigRefs(ctx, secrets);
  },
};
