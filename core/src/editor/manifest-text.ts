/** A top-level `apiVersion:` or `kind:` key, or the same keys in a JSON document. */
const KUBE_KEY = /^(?:apiVersion|kind)[ \t]*:|^[ \t]*"(?:apiVersion|kind)"[ \t]*:/m;

/**
 * Whether a file's text is meant as Kubernetes manifests: some document names an apiVersion or a kind. The
 * loader skips what is not a manifest; this tells an editor whether the YAML errors of a file that does not
 * parse belong to a manifest (reported) or to some other YAML (a CI workflow, a compose file: left alone).
 */
export function isManifestText(text: string): boolean {
  return KUBE_KEY.test(text);
}
