import type { Rule } from '../rule.js';
import { checkConfigRefs, keysIn, POD_SPEC_KINDS, type ConfigTargets } from './check-config-refs.js';

/** ConfigMaps every namespace has without a manifest: the root CA bundle published by kube-controller-manager. */
const CLUSTER_PROVIDED = new Set(['kube-root-ca.crt']);

const configMaps: ConfigTargets = {
  kind: 'ConfigMap',
  providedElsewhere: (_index, _namespace, name) => CLUSTER_PROVIDED.has(name),
  keysOf: (target) => keysIn(target.object, 'data', 'binaryData'),
};

/** A pod spec that needs a ConfigMap (or a key of one) the set does not define. */
export const configMapRefNotFound: Rule = {
  meta: {
    id: 'configmap-ref-not-found',
    category: 'references',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'A pod spec references a ConfigMap, or a ConfigMap key, that the set does not define (env valueFrom, envFrom, volumes, projected volumes).',
    rationale:
      'The kubelet will not start a container whose configMapKeyRef, configMapRef or configMap volume points at a missing ConfigMap or key: the pod stays in ' +
      'CreateContainerConfigError or ContainerCreating. References marked `optional: true` are never reported, nor `kube-root-ca.crt` (published into every ' +
      'namespace) nor anything in kube-system, kube-public or kube-node-lease. When the namespace holds no ConfigMap at all in the set, the ConfigMap is likely ' +
      'created elsewhere (a generator, another chart) and a missing one is info; a missing key of a ConfigMap that is in the set is a warning. With assume-complete ' +
      'every finding is an error.',
    howToFix: 'Add the ConfigMap (or the key under data) to the set, fix the name, or mark the reference `optional: true` if the pod can run without it.',
    examples: {
      invalid: 'env:\n  - name: LOG_LEVEL\n    valueFrom:\n      configMapKeyRef: {name: app-config, key: LOG_LEVEL}\n---\nkind: ConfigMap\nmetadata: {name: app-config}\ndata: {log_level: info}',
      valid: 'env:\n  - name: LOG_LEVEL\n    valueFrom:\n      configMapKeyRef: {name: app-config, key: LOG_LEVEL}\n---\nkind: ConfigMap\nmetadata: {name: app-config}\ndata: {LOG_LEVEL: info}',
    },
    peers: ['kube-linter:env-value-from'],
  },
  kinds: POD_SPEC_KINDS,
  check(ctx) {
    checkConfigRefs(ctx, configMaps);
  },
};
