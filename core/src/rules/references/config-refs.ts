import type { PathSegment } from '../../load/json-path.js';
import { asObject, asString, getIn, objectItems, type Obj } from '../../model/fields.js';
import type { PodFacts } from '../pod-facts.js';

export type ConfigKind = 'ConfigMap' | 'Secret';

/** One reference from a pod spec to a ConfigMap or Secret (and maybe to one of its keys). */
export interface ConfigRef {
  kind: ConfigKind;
  name: string;
  namePath: readonly PathSegment[];
  /** Set for key references (configMapKeyRef, secretKeyRef, volume items). */
  key?: { name: string; path: readonly PathSegment[] };
  /** `optional: true`: the pod starts without it. */
  optional: boolean;
  /** Where, for the message: `configMapKeyRef`, `envFrom`, `volume "config"`. */
  via: string;
}

function ref(kind: ConfigKind, source: Obj, nameKey: string, path: readonly PathSegment[], via: string): ConfigRef | undefined {
  const name = asString(source[nameKey]);
  if (name === undefined || name === '') return undefined;
  return { kind, name, namePath: [...path, nameKey], optional: source.optional === true, via };
}

/** The volume's ConfigMap/Secret and, for each `items[].key`, a key reference to it. */
function volumeRefs(kind: ConfigKind, raw: unknown, nameKey: string, path: readonly PathSegment[], via: string): ConfigRef[] {
  const source = asObject(raw);
  const whole = source === undefined ? undefined : ref(kind, source, nameKey, path, via);
  if (source === undefined || whole === undefined) return [];
  const keys = objectItems(source.items).flatMap(({ item, index }) => {
    const key = asString(item.key);
    return key === undefined ? [] : [{ ...whole, key: { name: key, path: [...path, 'items', index, 'key'] } }];
  });
  return [whole, ...keys];
}

const KEY_REFS = [['ConfigMap', 'configMapKeyRef'], ['Secret', 'secretKeyRef']] as const;
const FROM_REFS = [['ConfigMap', 'configMapRef'], ['Secret', 'secretRef']] as const;

/**
 * Every ConfigMap and Secret reference of a pod spec: env valueFrom (configMapKeyRef, secretKeyRef), envFrom
 * (configMapRef, secretRef) of every container, and volumes (configMap, secret, projected sources), with paths.
 * The ConfigMap and Secret rules read them through `RuleContext.shared`, so they are read once per object.
 */
export function configRefsOf(pod: PodFacts): ConfigRef[] {
  const out: (ConfigRef | undefined)[] = [];
  for (const c of pod.allContainers) {
    for (const { item: env, index } of objectItems(c.container.env)) {
      const valueFrom = asObject(env.valueFrom);
      if (valueFrom === undefined) continue;
      for (const [kind, key] of KEY_REFS) {
        const source = asObject(valueFrom[key]);
        if (source === undefined) continue;
        const name = asString(source.name);
        if (name === undefined || name === '') continue;
        const base = [...c.path, 'env', index, 'valueFrom', key];
        const r: ConfigRef = { kind, name, namePath: [...base, 'name'], optional: source.optional === true, via: key };
        const keyName = asString(source.key);
        if (keyName !== undefined) r.key = { name: keyName, path: [...base, 'key'] };
        out.push(r);
      }
    }
    for (const { item: from, index } of objectItems(c.container.envFrom)) {
      for (const [kind, key] of FROM_REFS) {
        const source = asObject(from[key]);
        if (source !== undefined) out.push(ref(kind, source, 'name', [...c.path, 'envFrom', index, key], 'envFrom'));
      }
    }
  }
  const { spec, specPath } = pod.template;
  for (const { item: volume, index } of objectItems(spec.volumes)) {
    const path = [...specPath, 'volumes', index];
    const via = `volume "${asString(volume.name) ?? index}"`;
    out.push(...volumeRefs('ConfigMap', volume.configMap, 'name', [...path, 'configMap'], via));
    out.push(...volumeRefs('Secret', volume.secret, 'secretName', [...path, 'secret'], via));
    for (const { item: source, index: s } of objectItems(getIn(volume, 'projected', 'sources'))) {
      const base = [...path, 'projected', 'sources', s];
      out.push(...volumeRefs('ConfigMap', source.configMap, 'name', [...base, 'configMap'], via));
      out.push(...volumeRefs('Secret', source.secret, 'name', [...base, 'secret'], via));
    }
  }
  return out.filter((r): r is ConfigRef => r !== undefined);
}
