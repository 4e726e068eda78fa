import { asString, getIn, objectItems } from '../../model/fields.js';
import { memoPerIndex, type ObjectIndex } from '../object-index.js';
import type { Rule } from '../rule.js';
import { POD_SPEC_KINDS } from './check-config-refs.js';
import { referenceSeverity, SYSTEM_NAMESPACES } from './missing.js';

/** `namespace/<claim>-<statefulset>` of the PVCs StatefulSets create from volumeClaimTemplates (before `-<ordinal>`). */
const claimStems = memoPerIndex((index: ObjectIndex): Set<string> => {
  const out = new Set<string>();
  for (const sts of index.byKind('StatefulSet')) {
    for (const { item } of objectItems(getIn(sts.object, 'spec', 'volumeClaimTemplates'))) {
      const claim = asString(getIn(item, 'metadata', 'name'));
      if (claim !== undefined) out.add(`${sts.namespace}/${claim}-${sts.name}`);
    }
  }
  return out;
});

/** True when a StatefulSet of the set creates a PVC of this name (`<claim>-<statefulset>-<ordinal>`). */
function madeByStatefulSet(index: ObjectIndex, namespace: string, name: string): boolean {
  const m = /^(.+)-\d+$/.exec(name);
  return m !== null && claimStems(index).has(`${namespace}/${m[1] as string}`);
}

/** A pod volume that claims a PersistentVolumeClaim the set does not define. */
export const pvcNotFound: Rule = {
  meta: {
    id: 'pvc-not-found',
    category: 'references',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'A pod volume names a PersistentVolumeClaim (claimName) that the set does not define.',
    rationale:
      'The scheduler will not place a pod whose persistentVolumeClaim volume names a missing claim (`persistentvolumeclaim "data" not found`): it stays Pending. ' +
      'Claims that StatefulSets of the set create from volumeClaimTemplates (`<claim>-<statefulset>-<ordinal>`) count as present, and claims in kube-system, ' +
      'kube-public and kube-node-lease are never reported. When the namespace holds no PersistentVolumeClaim at all in the set, the claim is likely provisioned ' +
      'elsewhere and the finding is info; with assume-complete it is an error.',
    howToFix: 'Add the PersistentVolumeClaim to the set (same namespace), fix claimName, or use a StatefulSet volumeClaimTemplate or an ephemeral volume.',
    examples: {
      invalid: 'volumes:\n  - name: data\n    persistentVolumeClaim: {claimName: web-data}\n---\nkind: PersistentVolumeClaim\nmetadata: {name: web-date}',
      valid: 'volumes:\n  - name: data\n    persistentVolumeClaim: {claimName: web-data}\n---\nkind: PersistentVolumeClaim\nmetadata: {name: web-data}',
    },
    peers: [],
  },
  kinds: POD_SPEC_KINDS,
  check(ctx) {
    const entry = ctx.index.entryOf(ctx.manifest);
    if (entry?.podTemplate === undefined || SYSTEM_NAMESPACES.has(entry.namespace)) return;
    const { namespace, podTemplate } = entry;
    for (const { item: volume, index } of objectItems(podTemplate.spec.volumes)) {
      const claim = asString(getIn(volume, 'persistentVolumeClaim', 'claimName'));
      if (claim === undefined || ctx.index.find('PersistentVolumeClaim', namespace, claim) !== undefined || madeByStatefulSet(ctx.index, namespace, claim)) continue;
      ctx.report({
        path: [...podTemplate.specPath, 'volumes', index, 'persistentVolumeClaim', 'claimName'],
        message: `volume "${asString(volume.name) ?? index}": PersistentVolumeClaim "${claim}" not found in namespace "${namespace}"`,
        severity: referenceSeverity(ctx, ctx.index.inNamespace('PersistentVolumeClaim', namespace).length === 0),
      });
    }
  },
};
