/**
 * A cheap look at a document before the server is started for it: Kubernetes manifests name an `apiVersion`
 * and a `kind` at the top level (YAML) or as keys (JSON). Only the first 64 KiB are looked at.
 */
const YAML_KEYS = [/^apiVersion\s*:/m, /^kind\s*:/m];
const JSON_KEYS = [/"apiVersion"\s*:/, /"kind"\s*:/];

export function looksLikeManifest(text: string, languageId: string): boolean {
  const head = text.slice(0, 64 * 1024);
  const keys = languageId === 'json' ? JSON_KEYS : YAML_KEYS;
  return keys.every((k) => k.test(head));
}
