import { existsSync } from 'node:fs';
import path from 'node:path';
import { readInputs, type InputText } from '@kubeplan/core';

/** What a scan of the workspace folders found: the texts to index, and the files left out whole by their place. */
export interface WorkspaceScan {
  inputs: InputText[];
  /** Helm chart templates and kustomize patches (the loader's tree skips). */
  treeSkipped: Set<string>;
}

/**
 * Reads every manifest file under the workspace folders, as `kubeplan lint <folder>` does: `.yaml`, `.yml`,
 * `.json`; hidden folders (`.git`) and `node_modules` skipped, the configuration's `ignore.paths` left out.
 */
export async function scanWorkspace(roots: readonly string[], exclude: readonly string[]): Promise<WorkspaceScan> {
  if (roots.length === 0) return { inputs: [], treeSkipped: new Set() };
  const { inputs, result } = await readInputs(roots, { exclude: [...exclude] });
  const treeSkipped = new Set(result.skipped.filter((s) => s.reason === 'helm-template' || s.reason === 'patch').map((s) => s.file));
  return { inputs, treeSkipped };
}

/** Whether a file sits in a Helm chart's `templates/` folder (a chart folder has a Chart.yaml). */
export function inChartTemplates(file: string): boolean {
  const parts = file.split(path.sep);
  for (let i = parts.length - 2; i > 0; i--) {
    if (parts[i] !== 'templates') continue;
    const chart = parts.slice(0, i).join(path.sep);
    if (existsSync(path.join(chart, 'Chart.yaml')) || existsSync(path.join(chart, 'Chart.yml'))) return true;
  }
  return false;
}
