/**
 * The resource name the API server puts in its messages (`pods`, `deployments.apps`): the plural of the kind,
 * qualified by the API group unless it is the core group (schema.GroupResource.String()).
 */

/** Kinds whose plural the usual rule gets wrong. */
const IRREGULAR: Readonly<Record<string, string>> = { Endpoints: 'endpoints' };

/**
 * meta.UnsafeGuessKindToResource: lower-case the kind, then `-s` → `-ses`, `-y` → `-ies`, else `+s`. That is
 * what every built-in kind's plural is, except Endpoints.
 */
export function pluralOf(kind: string): string {
  const irregular = IRREGULAR[kind];
  if (irregular !== undefined) return irregular;
  const lower = kind.toLowerCase();
  if (lower.endsWith('s')) return `${lower}es`;
  if (lower.endsWith('y')) return `${lower.slice(0, -1)}ies`;
  return `${lower}s`;
}

/** The API group of an apiVersion (`apps/v1` → `apps`, `v1` → ``). */
function groupOf(apiVersion: string): string {
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/** GroupResource.String(): `pods`, `deployments.apps`, `ingresses.networking.k8s.io`. */
export function qualifiedResource(apiVersion: string, kind: string): string {
  const group = groupOf(apiVersion);
  return group === '' ? pluralOf(kind) : `${pluralOf(kind)}.${group}`;
}
