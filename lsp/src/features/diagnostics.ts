import { lintFile, parseConfig, ruleCatalog, LINT_RULES, type Diagnostic } from '@kubeplan/core';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { toDiagnostic } from '../to-lsp.js';
import { lintOptionsOf } from '../workspace/project.js';
import type { IndexedFile } from '../workspace/workspace-index.js';
import type { Workspace } from '../workspace/workspace.js';

/** Loader findings an editor does not show: "skipped" infos (not a manifest) and unreadable paths. */
const HIDDEN_RULES = new Set(['skipped', 'io-error']);

const cache = new WeakMap<IndexedFile, { generation: number; diagnostics: Diagnostic[] }>();

/** The configuration file's own problems, while it is open. */
function configDiagnostics(f: IndexedFile): Diagnostic[] {
  return parseConfig(f.text, f.file, ruleCatalog(LINT_RULES)).diagnostics;
}

/**
 * Core's findings for one file of the workspace: the file linted on its own against the index of the whole
 * workspace (cross-file references resolve, a keystroke costs one file). Nothing for files that are not
 * Kubernetes manifests, for files the configuration ignores and for Helm templates. Cached per text and
 * workspace generation. A rule that throws is logged and skipped.
 */
export function fileDiagnostics(ws: Workspace, f: IndexedFile): Diagnostic[] {
  if (f.file === ws.project.configFile) return configDiagnostics(f);
  if (!f.kubernetes || ws.isExcluded(f.file)) return [];
  const generation = ws.index.generation;
  const hit = cache.get(f);
  if (hit?.generation === generation) return hit.diagnostics;
  const found = lintFile(
    { file: f.file, text: f.text, loaded: f.loaded, others: ws.index.others(f.file), before: (other) => other < f.file },
    {
      ...lintOptionsOf(ws.project),
      ruleSet: ws.ruleSet,
      onRuleError: (rule, object, err) => {
        const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
        ws.log.error(`rule ${rule} failed on ${object} in ${f.file} and was skipped: ${detail}`);
      },
    },
  );
  const diagnostics = found.filter((d) => !HIDDEN_RULES.has(d.rule));
  cache.set(f, { generation, diagnostics });
  return diagnostics;
}

/** The LSP diagnostics of a file. */
export function documentDiagnostics(ws: Workspace, f: IndexedFile): LspDiagnostic[] {
  return fileDiagnostics(ws, f).map(toDiagnostic);
}
