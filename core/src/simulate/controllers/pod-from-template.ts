/**
 * controller.GetPodFromTemplate (pkg/controller/controller_utils.go): a pod made from a workload's pod template
 * — the template's labels, annotations and finalizers, a copy of its spec, and the controller's owner
 * reference. Each controller then adds what is its own (the StatefulSet's identity, the Job's index...).
 */
import { asArray, asObject, asStringMap, getIn, type Obj } from '../../model/fields.js';

export interface PodIdentity {
  readonly namespace: string;
  readonly name: string;
  /** The `generateName` the name was made from (absent for StatefulSet pods, which are named outright). */
  readonly generateName?: string;
  readonly ownerRef: Obj;
  /** Labels set on top of the template's. */
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
  readonly finalizers?: readonly string[];
}

/** A deep copy of the template's pod spec, for the controller to adjust. */
export function templateSpec(template: Readonly<Obj> | undefined): Obj {
  return structuredClone(asObject(template?.spec) ?? {});
}

/** The pod object, phase Pending as the API server creates it (the engine's scheduler binds it). */
export function podFromTemplate(template: Readonly<Obj> | undefined, id: PodIdentity, spec: Obj = templateSpec(template)): Obj {
  const labels = { ...asStringMap(getIn(template, 'metadata', 'labels')), ...id.labels };
  const annotations = { ...asStringMap(getIn(template, 'metadata', 'annotations')), ...id.annotations };
  const templateFinalizers = (asArray(getIn(template, 'metadata', 'finalizers')) ?? []).filter((f): f is string => typeof f === 'string');
  const finalizers = [...templateFinalizers, ...(id.finalizers ?? []).filter((f) => !templateFinalizers.includes(f))];
  const metadata: Obj = {
    name: id.name,
    ...(id.generateName === undefined ? {} : { generateName: id.generateName }),
    namespace: id.namespace,
    ...(Object.keys(labels).length === 0 ? {} : { labels }),
    ...(Object.keys(annotations).length === 0 ? {} : { annotations }),
    ...(finalizers.length === 0 ? {} : { finalizers }),
    ownerReferences: [id.ownerRef],
  };
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec, status: { phase: 'Pending' } };
}
