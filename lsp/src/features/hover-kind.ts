import { DeprecationTable, parseKubeVersion, type KindInfo } from '@kubeplan/core';
import type { Workspace } from '../workspace/workspace.js';

/** The first sentence (or line) of a schema description: summaries stay short. */
export function firstSentence(text: string): string {
  const line = text.split('\n')[0] ?? '';
  const m = /^(.*?\.)(\s|$)/.exec(line);
  return m?.[1] ?? line;
}

function kindLines(info: KindInfo, description: string | undefined): string[] {
  const scope = info.namespaced === undefined ? '' : info.namespaced ? ' · namespaced' : ' · cluster-scoped';
  const source = info.source === 'builtin' ? '' : ` · from ${info.source === 'crd' ? 'CRD' : 'schema'} ${info.origin ?? ''}`;
  const lines = [`**${info.kind}** \`${info.apiVersion}\`${scope}${source}`];
  if (description !== undefined && description !== '') lines.push('', description);
  return lines;
}

/**
 * The hover of `apiVersion` and `kind`: the kind's description from the schema, its scope, and whether the
 * apiVersion is deprecated or removed at the target Kubernetes version (with what to migrate to).
 */
export function kindHover(ws: Workspace, apiVersion: string | undefined, kind: string | undefined): string | undefined {
  if (kind === undefined) return undefined;
  const { registry, validator } = ws.project;
  const info = apiVersion === undefined ? registry.kindsFor(kind)[0] : registry.lookup(apiVersion, kind);
  const lines: string[] = [];
  if (info !== undefined) {
    const description = info.model === undefined ? undefined : registry.model(info.model)?.description;
    lines.push(...kindLines(info, description));
  } else {
    const served = registry.kindsFor(kind).map((k) => `\`${k.apiVersion}\``);
    lines.push(`**${kind}** \`${apiVersion ?? '?'}\` is not served by Kubernetes ${validator.kubeVersion}${served.length > 0 ? `; served as ${served.join(', ')}` : ''}.`);
  }
  const version = parseKubeVersion(validator.kubeVersion);
  const status = apiVersion === undefined || version === undefined ? undefined : new DeprecationTable(version).status(apiVersion, kind);
  if (status !== undefined && status.status !== 'served') {
    const e = status.entry;
    const when = status.status === 'removed' ? `removed in ${e.removedIn ?? '?'}` : `deprecated since ${e.deprecatedIn ?? '?'}${e.removedIn === undefined ? '' : `, removed in ${e.removedIn}`}`;
    const to = e.replacement === undefined ? '' : `; use \`${e.replacement}\`${e.replacementKind === undefined ? '' : ` ${e.replacementKind}`}`;
    lines.push('', `⚠ \`${apiVersion} ${kind}\` is ${when}${to}.${e.note === undefined ? '' : ` ${e.note}.`}`);
  } else if (info !== undefined) {
    lines.push('', `Served by Kubernetes ${validator.kubeVersion}.`);
  }
  return lines.join('\n');
}
