import { asString, getIn } from '../../model/fields.js';
import { formatSelector, isEmptySelector, selectorFromMap } from '../../model/label-selector.js';
import { podLabelsOf, selectsPodsOf } from '../controller-labels.js';
import type { Rule } from '../rule.js';
import { referenceSeverity, SYSTEM_NAMESPACES } from './missing.js';

/** A StatefulSet whose governing Service (spec.serviceName) is missing, not headless, or does not select its pods. */
export const statefulSetHeadlessServiceNotFound: Rule = {
  meta: {
    id: 'statefulset-headless-service-not-found',
    category: 'references',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: "A StatefulSet's spec.serviceName names no headless Service of the set that selects its pods.",
    rationale:
      'A StatefulSet\'s pods get their stable DNS names (`<pod>.<serviceName>.<namespace>.svc`) from the governing Service named by spec.serviceName, which must be ' +
      'headless (`clusterIP: None`) and select the pods, in the StatefulSet\'s namespace. Otherwise peers cannot find each other (databases, ZooKeeper, Kafka fail to ' +
      'form a cluster). A headless Service without a selector (endpoints managed by hand) is accepted. When the namespace holds no Service at all in the set, a missing ' +
      'one is info; with assume-complete every finding is an error. StatefulSets without serviceName are not checked.',
    howToFix: 'Add a Service named like spec.serviceName in the same namespace, with `clusterIP: None` and a selector matching the pod template labels.',
    examples: {
      invalid: 'kind: StatefulSet\nmetadata: {name: db}\nspec:\n  serviceName: db\n---\nkind: Service\nmetadata: {name: db}\nspec:\n  selector: {app: db}',
      valid: 'kind: StatefulSet\nmetadata: {name: db}\nspec:\n  serviceName: db\n---\nkind: Service\nmetadata: {name: db}\nspec:\n  clusterIP: None\n  selector: {app: db}',
    },
    peers: ['kube-score:statefulset-has-servicename'],
  },
  kinds: ['StatefulSet'],
  check(ctx) {
    const entry = ctx.index.entryOf(ctx.manifest);
    const serviceName = asString(getIn(ctx.object, 'spec', 'serviceName'));
    if (entry === undefined || serviceName === undefined || serviceName === '') return;
    const { namespace } = entry;
    const path = ['spec', 'serviceName'];
    const service = ctx.index.find('Service', namespace, serviceName);
    if (service === undefined) {
      if (SYSTEM_NAMESPACES.has(namespace)) return;
      ctx.report({ path, message: `serviceName: Service "${serviceName}" not found in namespace "${namespace}"`, severity: referenceSeverity(ctx, ctx.index.inNamespace('Service', namespace).length === 0) });
      return;
    }
    if (getIn(service.object, 'spec', 'clusterIP') !== 'None') {
      ctx.report({ path, message: `serviceName: Service "${serviceName}" is not headless (spec.clusterIP is not None), so the pods get no stable DNS names`, severity: referenceSeverity(ctx) });
      return;
    }
    const selector = selectorFromMap(getIn(service.object, 'spec', 'selector'));
    if (selector === undefined || isEmptySelector(selector) || podLabelsOf(entry) === undefined || selectsPodsOf(selector, entry)) return;
    ctx.report({
      path,
      message: `serviceName: Service "${serviceName}" does not select the pods of this StatefulSet (its selector ${formatSelector(selector)} does not match the template labels)`,
      severity: referenceSeverity(ctx),
    });
  },
};
