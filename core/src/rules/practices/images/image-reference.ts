/** The parts of a container image reference that the rules look at. */
export interface ImageReference {
  /** Registry and repository, e.g. `ghcr.io/org/app`. */
  repository: string;
  tag?: string;
  digest?: string;
}

/**
 * Splits `registry:5000/repo/name:tag@sha256:...` like distribution/reference: the digest follows `@`, the tag
 * follows the last `:` after the last `/` (a `:` before it is a registry port).
 */
export function parseImageReference(image: string): ImageReference {
  const at = image.indexOf('@');
  const named = at >= 0 ? image.slice(0, at) : image;
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const colon = named.lastIndexOf(':');
  const tag = colon > named.lastIndexOf('/') ? named.slice(colon + 1) : undefined;
  const ref: ImageReference = { repository: tag === undefined ? named : named.slice(0, colon) };
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  return ref;
}

/** The pull policy the API server defaults: Always for `latest` or an untagged image without digest, else IfNotPresent. */
export function defaultPullPolicy(ref: ImageReference): 'Always' | 'IfNotPresent' {
  return ref.tag === 'latest' || (ref.tag === undefined && ref.digest === undefined) ? 'Always' : 'IfNotPresent';
}
