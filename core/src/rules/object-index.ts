import type { KubeObject, Manifest } from '../load/types.js';
import { asObject, asString, asStringMap } from '../model/fields.js';
import type { LabelSelector } from '../model/label-selector.js';
import type { PodTemplateRef } from '../model/pod-template.js';
import { CONTROLLER_LABEL_KEYS, podLabelsOf, selectsPodsOf } from './controller-labels.js';
import type { PodFacts } from './pod-facts.js';

/** One object of the linted set, with what cross-object rules look up. */
export interface IndexedObject {
  manifest: Manifest;
  object: KubeObject;
  apiVersion: string;
  /** `''` for the core group. */
  group: string;
  kind: string;
  name: string;
  /** The effective namespace (the default one when none is written); `''` for cluster-scoped kinds. */
  namespace: string;
  labels: Record<string, string>;
  /** The pod template of a workload (or the Pod itself). */
  podTemplate?: PodTemplateRef;
  /** The same template with its containers, as `RuleContext.pod` gives it. */
  pod?: PodFacts;
}

/** Tells whether a kind is namespaced; `undefined` when unknown (treated as namespaced). */
export type ScopeLookup = (apiVersion: string, kind: string) => boolean | undefined;

function push<K>(map: Map<K, IndexedObject[]>, k: K, o: IndexedObject): void {
  const list = map.get(k);
  if (list === undefined) map.set(k, [o]);
  else list.push(o);
}

/** The objects that make pods, by namespace, and by namespace, key and value of their pod labels. */
interface PodMakers {
  byNamespace: Map<string, IndexedObject[]>;
  byLabel: Map<string, Map<string, Map<string, IndexedObject[]>>>;
}

/** Up to this many candidates, a selector is matched against them directly rather than memoized. */
const FILTER_AT_ONCE = 8;

/**
 * The linted set, indexed by kind/namespace/name, by kind and by manifest, with pod templates resolved once. Built
 * lazily by the rule engine only when a cross-object rule asks for it; the groupings by namespace and by pod label
 * are built on their first use, so that a rule looking up its targets per object costs O(1) or O(candidates)
 * instead of a scan of the set (10,000-object runs).
 */
export class ObjectIndex {
  private readonly objects: IndexedObject[] = [];
  /** kind → namespace → name: lookups by three strings of the objects, without building a key string. */
  private readonly byKey = new Map<string, Map<string, Map<string, IndexedObject>>>();
  private readonly byKindMap = new Map<string, IndexedObject[]>();
  private readonly byManifest = new Map<Manifest, IndexedObject>();
  private readonly byKindAndNamespace = new Map<string, Map<string, IndexedObject[]>>();
  private podMakerIndex: PodMakers | undefined;
  /** Results of podMakersMatching over many candidates, by namespace and selector: Services, PDBs and policies often repeat a selector. */
  private readonly matching = new Map<string, readonly IndexedObject[]>();

  constructor(
    manifests: readonly Manifest[],
    private readonly defaultNamespace: string,
    isNamespaced: ScopeLookup,
    podOf: (manifest: Manifest) => PodFacts | undefined,
  ) {
    for (const manifest of manifests) {
      const o = manifest.object;
      const apiVersion = asString(o.apiVersion);
      const kind = asString(o.kind);
      const meta = asObject(o.metadata);
      const name = asString(meta?.name) ?? asString(meta?.generateName) ?? '';
      if (apiVersion === undefined || kind === undefined) continue;
      const namespaced = isNamespaced(apiVersion, kind) ?? true;
      const pod = podOf(manifest);
      const entry: IndexedObject = {
        manifest,
        object: o,
        apiVersion,
        group: apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.lastIndexOf('/')) : '',
        kind,
        name,
        namespace: namespaced ? (asString(meta?.namespace) ?? defaultNamespace) : '',
        labels: asStringMap(meta?.labels) ?? {},
        podTemplate: pod?.template,
        pod,
      };
      this.objects.push(entry);
      this.addKey(entry);
      if (!this.byManifest.has(manifest)) this.byManifest.set(manifest, entry);
      push(this.byKindMap, kind, entry);
    }
  }

  /** The first object with a kind, namespace and name is the one found. */
  private addKey(entry: IndexedObject): void {
    let byNamespace = this.byKey.get(entry.kind);
    if (byNamespace === undefined) this.byKey.set(entry.kind, (byNamespace = new Map()));
    let byName = byNamespace.get(entry.namespace);
    if (byName === undefined) byNamespace.set(entry.namespace, (byName = new Map()));
    if (!byName.has(entry.name)) byName.set(entry.name, entry);
  }

  all(): readonly IndexedObject[] {
    return this.objects;
  }

  byKind(kind: string): readonly IndexedObject[] {
    return this.byKindMap.get(kind) ?? [];
  }

  /** The object of this kind, namespace (`''` for cluster-scoped) and name, if it is in the set. */
  find(kind: string, namespace: string, name: string): IndexedObject | undefined {
    return this.byKey.get(kind)?.get(namespace)?.get(name);
  }

  /** The entry for a manifest of the set. */
  entryOf(manifest: Manifest): IndexedObject | undefined {
    return this.byManifest.get(manifest);
  }

  /**
   * The effective namespace of a manifest of the set (`''` for cluster-scoped kinds). An object the index leaves
   * out (no string apiVersion) is taken as namespaced: its own namespace, or the default one.
   */
  namespaceOf(manifest: Manifest): string {
    return this.entryOf(manifest)?.namespace ?? asString(asObject(manifest.object.metadata)?.namespace) ?? this.defaultNamespace;
  }

  /** The objects of `kind` in `namespace` (`''` for cluster-scoped kinds), in input order. */
  inNamespace(kind: string, namespace: string): readonly IndexedObject[] {
    let byNamespace = this.byKindAndNamespace.get(kind);
    if (byNamespace === undefined) {
      byNamespace = new Map();
      for (const o of this.byKind(kind)) push(byNamespace, o.namespace, o);
      this.byKindAndNamespace.set(kind, byNamespace);
    }
    return byNamespace.get(namespace) ?? [];
  }

  /** The objects that make pods in `namespace` (Pods and workloads; not the inert `PodTemplate`): see podLabelsOf. */
  podMakers(namespace: string): readonly IndexedObject[] {
    return this.podMakerGroups().byNamespace.get(namespace) ?? [];
  }

  /**
   * The pod makers in `namespace` whose pods `selector` selects: their template labels plus the labels their
   * controller adds (see selectsPodsOf).
   */
  podMakersMatching(namespace: string, selector: LabelSelector): readonly IndexedObject[] {
    const { byNamespace, byLabel } = this.podMakerGroups();
    // The smallest posting list of the selector's matchLabels narrows the candidates; expressions filter them.
    let candidates: readonly IndexedObject[] = byNamespace.get(namespace) ?? [];
    const labels = byLabel.get(namespace);
    for (const [k, v] of Object.entries(selector.matchLabels)) {
      if (CONTROLLER_LABEL_KEYS.has(k)) continue;
      const list = labels?.get(k)?.get(v) ?? [];
      if (list.length < candidates.length) candidates = list;
    }
    // A few candidates are filtered at once; many (a selector of expressions only) are filtered once per selector.
    if (candidates.length <= FILTER_AT_ONCE) return candidates.filter((o) => selectsPodsOf(selector, o));
    const memoKey = `${namespace}\u0000${JSON.stringify(selector)}`;
    const known = this.matching.get(memoKey);
    if (known !== undefined) return known;
    const found = candidates.filter((o) => selectsPodsOf(selector, o));
    this.matching.set(memoKey, found);
    return found;
  }

  private podMakerGroups(): PodMakers {
    if (this.podMakerIndex !== undefined) return this.podMakerIndex;
    const groups: PodMakers = { byNamespace: new Map(), byLabel: new Map() };
    for (const o of this.objects) {
      const labels = podLabelsOf(o);
      if (labels === undefined) continue;
      push(groups.byNamespace, o.namespace, o);
      let byKey = groups.byLabel.get(o.namespace);
      if (byKey === undefined) groups.byLabel.set(o.namespace, (byKey = new Map()));
      for (const [k, v] of Object.entries(labels)) {
        let byValue = byKey.get(k);
        if (byValue === undefined) byKey.set(k, (byValue = new Map()));
        push(byValue, v, o);
      }
    }
    return (this.podMakerIndex = groups);
  }
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
