import type { Manifest } from '../load/types.js';
import { podTemplateOf } from '../model/pod-template.js';
import { ObjectIndex, type ScopeLookup } from '../rules/object-index.js';
import { PodFacts } from '../rules/pod-facts.js';

/**
 * The object index the rules use, over an editor's whole workspace: names by kind and namespace, pod
 * templates, and which workloads a selector selects (hovers, navigation and completion look things up in it).
 */
export function indexWorkspace(manifests: readonly Manifest[], defaultNamespace: string, isNamespaced: ScopeLookup): ObjectIndex {
  const pods = new Map<Manifest, PodFacts | undefined>();
  return new ObjectIndex(manifests, defaultNamespace, isNamespaced, (m) => {
    if (!pods.has(m)) {
      const template = podTemplateOf(m.object);
      pods.set(m, template === undefined ? undefined : new PodFacts(template));
    }
    return pods.get(m);
  });
}
