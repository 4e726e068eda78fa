import type { KubeObject, Manifest } from '../load/types.js';
import { asObject, asString, asStringMap } from '../model/fields.js';
import { selectorMatches, type LabelSelector } from '../model/label-selector.js';
import { podTemplateOf, type PodTemplateRef } from '../model/pod-template.js';

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
}

/** Tells whether a kind is namespaced; `undefined` when unknown (treated as namespaced). */
export type ScopeLookup = (apiVersion: string, kind: string) => boolean | undefined;

function key(kind: string, namespace: string, name: string): string {
  return `${kind}\u0000${namespace}\u0000${name}`;
}

/**
 * The linted set, indexed by kind/namespace/name and by kind, with pod templates resolved once. Built lazily
 * by the rule engine only when a cross-object rule asks for it.
 */
export class ObjectIndex {
  private readonly objects: IndexedObject[] = [];
  private readonly byKey = new Map<string, IndexedObject>();
  private readonly byKindMap = new Map<string, IndexedObject[]>();

  constructor(manifests: readonly Manifest[], defaultNamespace: string, isNamespaced: ScopeLookup) {
    for (const manifest of manifests) {
      const o = manifest.object;
      const apiVersion = asString(o.apiVersion);
      const kind = asString(o.kind);
      const meta = asObject(o.metadata);
      const name = asString(meta?.name) ?? asString(meta?.generateName) ?? '';
      if (apiVersion === undefined || kind === undefined) continue;
      const namespaced = isNamespaced(apiVersion, kind) ?? true;
      const entry: IndexedObject = {
        manifest,
        object: o,
        apiVersion,
        group: apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.lastIndexOf('/')) : '',
        kind,
        name,
        namespace: namespaced ? (asString(meta?.namespace) ?? defaultNamespace) : '',
        labels: asStringMap(meta?.labels) ?? {},
        podTemplate: podTemplateOf(o),
      };
      this.objects.push(entry);
      if (!this.byKey.has(key(kind, entry.namespace, name))) this.byKey.set(key(kind, entry.namespace, name), entry);
      const list = this.byKindMap.get(kind) ?? [];
      list.push(entry);
      this.byKindMap.set(kind, list);
    }
  }

  all(): readonly IndexedObject[] {
    return this.objects;
  }

  byKind(kind: string): readonly IndexedObject[] {
    return this.byKindMap.get(kind) ?? [];
  }

  /** The object of this kind, namespace (`''` for cluster-scoped) and name, if it is in the set. */
  find(kind: string, namespace: string, name: string): IndexedObject | undefined {
    return this.byKey.get(key(kind, namespace, name));
  }

  /** The entry for a manifest of the set. */
  entryOf(manifest: Manifest): IndexedObject | undefined {
    return this.objects.find((o) => o.manifest === manifest);
  }

  /** Objects with a pod template whose labels match `selector`, in `namespace`. */
  podTemplatesMatching(namespace: string, selector: LabelSelector): IndexedObject[] {
    return this.objects.filter((o) => o.podTemplate !== undefined && o.namespace === namespace && selectorMatches(selector, o.podTemplate.labels));
  }
}
