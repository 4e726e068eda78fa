/** Helm's template objects and functions inside a `{{ ... }}` action (on one line). */
const HELM_ACTION =
  /\{\{-?[^}\n]*?(?:\$?\.(?:Values|Release|Chart|Capabilities|Files|Template)\b|\b(?:include|toYaml|tpl|required|nindent|lookup)\b)/;

/**
 * A Helm (Go) template rather than YAML: a `{{ ... }}` action on a non-comment line that uses Helm's objects or
 * functions. Plain `{{ $labels.x }}` / `{{ .Alerts }}` (Prometheus rules, Alertmanager templates, Argo
 * Workflows) are legitimate string content and do not count.
 */
export function isHelmTemplate(text: string): boolean {
  for (let at = text.indexOf('{{'); at >= 0; at = text.indexOf('{{', at + 2)) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    if (/^[ \t]*#/.test(text.slice(lineStart, at + 1))) continue;
    const lineEnd = text.indexOf('\n', at);
    if (HELM_ACTION.test(text.slice(at, lineEnd < 0 ? text.length : lineEnd))) return true;
  }
  return false;
}
