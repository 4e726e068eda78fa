import type { KubeObject } from '../../../load/types.js';
import { asArray, asObject, asStringMap, getIn, objectItems } from '../../../model/fields.js';
import type { Rule } from '../../rule.js';
import { fieldErrors, json, type Path } from '../field-errors.js';
import { checkLabels, checkLabelSelector } from '../label-checks.js';
import { groupOf } from './api-groups.js';

/** Kinds whose validation checks LabelSelectors, with their API group. */
const SELECTOR_KINDS: ReadonlyMap<string, string> = new Map([
  ['Deployment', 'apps'],
  ['ReplicaSet', 'apps'],
  ['StatefulSet', 'apps'],
  ['DaemonSet', 'apps'],
  ['Job', 'batch'],
  ['PodDisruptionBudget', 'policy'],
  ['PersistentVolumeClaim', ''],
  ['NetworkPolicy', 'networking.k8s.io'],
  ['ClusterRole', 'rbac.authorization.k8s.io'],
]);

/** The LabelSelectors of an object that its validation function checks, with their paths. */
function selectorsOf(object: KubeObject): { sel: unknown; path: Path }[] {
  const group = SELECTOR_KINDS.get(object.kind as string);
  if (group === undefined || groupOf(object) !== group) return [];
  const spec = asObject(object.spec);
  switch (object.kind) {
    case 'NetworkPolicy': {
      const out: { sel: unknown; path: Path }[] = [{ sel: spec?.podSelector, path: ['spec', 'podSelector'] }];
      for (const [dir, peers] of [['ingress', 'from'], ['egress', 'to']] as const) {
        for (const { item: rule, index: r } of objectItems(spec?.[dir])) {
          for (const { item: peer, index: p } of objectItems(rule[peers])) {
            for (const field of ['podSelector', 'namespaceSelector']) out.push({ sel: peer[field], path: ['spec', dir, r, peers, p, field] });
          }
        }
      }
      return out;
    }
    case 'ClusterRole':
      return objectItems(getIn(object, 'aggregationRule', 'clusterRoleSelectors')).map(({ item, index }) => ({
        sel: item,
        path: ['aggregationRule', 'clusterRoleSelectors', index],
      }));
    default:
      return [{ sel: spec?.selector, path: ['spec', 'selector'] }];
  }
}

const NON_EMPTY = new Map([
  ['Deployment', 'deployment'],
  ['ReplicaSet', 'deployment'], // sic: ValidateReplicaSetSpec reuses the Deployment wording
  ['StatefulSet', 'statefulset'],
  ['DaemonSet', 'daemonset'],
]);

/**
 * Label selectors: staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go ValidateLabelSelector
 * (In/NotIn need values, Exists/DoesNotExist take none, keys are qualified names, values label values) wherever
 * a built-in kind validates one; apps/v1 workloads also reject an empty selector (pkg/apis/apps/validation
 * ValidateDeploymentSpec & co.), Services validate their selector map (ValidateService → ValidateLabels), and a
 * ReplicationController needs a selector once defaulted from its template (ValidateNonEmptySelector).
 */
export const labelSelectorInvalid: Rule = {
  meta: {
    id: 'label-selector-invalid',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A label selector the API server rejects: empty on a workload, In/NotIn without values, Exists with values, bad keys or values.',
    rationale:
      'staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go ValidateLabelSelectorRequirement, and ' +
      'pkg/apis/apps/validation ValidateDeploymentSpec/ValidateStatefulSetSpec/ValidateDaemonSetSpec ("empty selector is invalid for …").',
    howToFix: 'Give workloads a non-empty selector; list values for In/NotIn and none for Exists/DoesNotExist.',
    examples: {
      invalid: 'spec:\n  selector:\n    matchExpressions:\n      - {key: app, operator: In}',
      valid: 'spec:\n  selector:\n    matchExpressions:\n      - {key: app, operator: In, values: [web]}',
    },
  },
  check(ctx) {
    const { object } = ctx;
    const errs = fieldErrors(ctx);
    for (const { sel, path } of selectorsOf(object)) checkLabelSelector(errs, path, sel);
    const group = groupOf(object);
    const kind = object.kind as string;
    const noun = group === 'apps' ? NON_EMPTY.get(kind) : undefined;
    const selector = asObject(getIn(object, 'spec', 'selector'));
    // A selector written with unknown fields (a bare label map) is the schema validator's finding.
    const onlyKnown = selector !== undefined && Object.keys(selector).every((k) => k === 'matchLabels' || k === 'matchExpressions');
    if (noun && selector && onlyKnown && Object.keys(asObject(selector.matchLabels) ?? {}).length + (asArray(selector.matchExpressions)?.length ?? 0) === 0) {
      errs.invalid(['spec', 'selector'], json(selector), `empty selector is invalid for ${noun}`);
    }
    if (group === '' && kind === 'Service') checkLabels(errs, ['spec', 'selector'], selector);
    if (group === '' && kind === 'ReplicationController' && asObject(object.spec)) {
      // SetDefaults_ReplicationController copies the template labels into an empty selector.
      const own = asStringMap(getIn(object, 'spec', 'selector')) ?? {};
      const template = asStringMap(getIn(object, 'spec', 'template', 'metadata', 'labels')) ?? {};
      if (Object.keys(own).length === 0 && Object.keys(template).length === 0) errs.required(['spec', 'selector']);
    }
  },
};
