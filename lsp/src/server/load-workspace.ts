import { registerCrds, type Manifest } from '@kubeplan/core';
import type { KubeplanSettings } from '../settings.js';
import { loadProject } from '../workspace/project.js';
import { inChartTemplates, scanWorkspace } from '../workspace/scan-workspace.js';
import { isManifestFileName } from '../workspace/uris.js';
import type { IndexedFile } from '../workspace/workspace-index.js';
import { Workspace, type Logger } from '../workspace/workspace.js';
import { faultyRuleSet } from './fault-injection.js';

function hasCrd(manifests: readonly Manifest[]): boolean {
  return manifests.some((m) => m.object.kind === 'CustomResourceDefinition');
}

/** Indexes a text as a file's content, registering the CRDs it defines (they type the other files' objects). */
export function indexText(ws: Workspace, file: string, text: string, version: number | undefined): IndexedFile {
  const skipped = ws.isExcluded(file) || ws.treeSkipped.has(file) || (isManifestFileName(file) && inChartTemplates(file));
  const entry = ws.index.set(file, text, version, skipped);
  if (hasCrd(entry.loaded.manifests)) registerCrds(ws.project.registry, entry.loaded.manifests);
  return entry;
}

/**
 * Builds the workspace: the project (configuration, settings, cluster), then every manifest file of the
 * workspace folders, loaded with the CLI's loader (the caller puts open documents in place of their files).
 * Problems with the configuration are logged, never thrown.
 */
export async function loadWorkspace(roots: readonly string[], settings: KubeplanSettings, log: Logger): Promise<Workspace> {
  const started = performance.now();
  const project = await loadProject(roots, settings);
  for (const p of project.problems) log.warn(p);
  const ws = new Workspace(project, log);
  const faulty = faultyRuleSet(process.env.KUBEPLAN_LSP_FAULTY_RULE);
  if (faulty !== undefined) {
    ws.ruleSet = faulty;
    log.warn(`fault injection: rule ${process.env.KUBEPLAN_LSP_FAULTY_RULE ?? ''} throws on every object`);
  }
  const scan = await scanWorkspace(roots, project.exclude);
  ws.treeSkipped = scan.treeSkipped;
  for (const input of scan.inputs) ws.index.set(input.file, input.text, undefined);
  // CRDs once for the whole scan: each file's objects are validated against them when linted.
  registerCrds(project.registry, ws.index.manifests());
  log.info(`indexed ${ws.index.size} files (${ws.index.manifests().length} objects) in ${Math.round(performance.now() - started)} ms`);
  return ws;
}
