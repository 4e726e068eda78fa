import type { Manifest } from '../../load/types.js';
import type { LabelSelector } from '../../model/label-selector.js';
import type { IndexedObject, ObjectIndex } from '../object-index.js';
import { CONTROLLER_LABEL_KEYS, podLabelsOf, selectsPodsOf } from './controller-labels.js';

/**
 * Lookups the reference rules share, built once per linted set (per `ObjectIndex`) and kept in a WeakMap, so a
 * rule looking up its target per object costs O(1) or O(matching candidates) instead of a scan of the set.
 */
export interface ReferenceIndex {
  /** The index entry of a manifest of the set (its effective namespace, labels, pod template). */
  entry(manifest: Manifest): IndexedObject | undefined;
  /** Objects that make pods (Pods and workloads; not the inert `PodTemplate`) in `namespace`: see podLabelsOf. */
  podMakers(namespace: string): readonly IndexedObject[];
  /**
   * The pod makers in `namespace` whose pods `selector` selects (template labels plus controller-added ones).
   * Memoized by namespace and selector: Services, PDBs and policies often repeat a selector.
   */
  podMakersMatching(namespace: string, selector: LabelSelector): readonly IndexedObject[];
  /** True when the set holds at least one object of `kind` in `namespace` (`''` for cluster-scoped kinds). */
  hasKindIn(kind: string, namespace: string): boolean;
  /**
   * True when `namespace` holds custom resources (kinds outside the Kubernetes API groups): an operator may
   * create pods (and Secrets, Services...) for them that no manifest of the set shows.
   */
  hasCustomResources(namespace: string): boolean;
}

/** Built-in API groups: the core group, the unqualified ones (`apps`, `batch`...) and `*.k8s.io`. */
function isBuiltInGroup(group: string): boolean {
  return !group.includes('.') || group.endsWith('.k8s.io');
}

function build(index: ObjectIndex): ReferenceIndex {
  const entries = new Map<Manifest, IndexedObject>();
  const makers = new Map<string, IndexedObject[]>();
  const byLabel = new Map<string, IndexedObject[]>();
  const kindsIn = new Set<string>();
  const customIn = new Set<string>();
  const push = <K>(map: Map<K, IndexedObject[]>, key: K, o: IndexedObject): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [o]);
    else list.push(o);
  };
  for (const o of index.all()) {
    if (!entries.has(o.manifest)) entries.set(o.manifest, o);
    kindsIn.add(`${o.kind}\u0000${o.namespace}`);
    if (!isBuiltInGroup(o.group) && o.namespace !== '') customIn.add(o.namespace);
    const labels = podLabelsOf(o);
    if (labels === undefined) continue;
    push(makers, o.namespace, o);
    for (const [k, v] of Object.entries(labels)) push(byLabel, `${o.namespace}\u0000${k}=${v}`, o);
  }
  const matching = new Map<string, readonly IndexedObject[]>();
  return {
    entry: (manifest) => entries.get(manifest),
    podMakers: (namespace) => makers.get(namespace) ?? [],
    podMakersMatching(namespace, selector) {
      const memoKey = `${namespace}\u0000${JSON.stringify(selector)}`;
      const known = matching.get(memoKey);
      if (known !== undefined) return known;
      // The smallest posting list of the selector's matchLabels narrows the candidates; expressions filter them.
      let candidates: readonly IndexedObject[] = makers.get(namespace) ?? [];
      for (const [k, v] of Object.entries(selector.matchLabels)) {
        if (CONTROLLER_LABEL_KEYS.has(k)) continue;
        const list = byLabel.get(`${namespace}\u0000${k}=${v}`) ?? [];
        if (list.length < candidates.length) candidates = list;
      }
      const found = candidates.filter((o) => selectsPodsOf(selector, o));
      matching.set(memoKey, found);
      return found;
    },
    hasKindIn: (kind, namespace) => kindsIn.has(`${kind}\u0000${namespace}`),
    hasCustomResources: (namespace) => customIn.has(namespace),
  };
}

const cache = new WeakMap<ObjectIndex, ReferenceIndex>();

/** The shared lookups of this linted set (built on first use). */
export function referenceIndex(index: ObjectIndex): ReferenceIndex {
  let r = cache.get(index);
  if (r === undefined) {
    r = build(index);
    cache.set(index, r);
  }
  return r;
}

/** A per-set memo for a rule's own lookup table: `const byTarget = memoPerIndex((index) => ...)`. */
export function memoPerIndex<T>(make: (index: ObjectIndex) => T): (index: ObjectIndex) => T {
  const memo = new WeakMap<ObjectIndex, T>();
  return (index) => {
    let v = memo.get(index);
    if (v === undefined) {
      v = make(index);
      memo.set(index, v);
    }
    return v;
  };
}
