/**
 * The commands' behaviour, over injected services (editor, planner, git, the Plan view), so the wiring is
 * tested without VS Code. extension.ts registers each one with `vscode.commands.registerCommand`.
 */
import path from 'node:path';
import type { JsonPlanDocument } from '@kubeplan/core';
import type { EditorHost } from '../host/editor-host.js';
import { KUBE_VERSIONS, RULE_DOCS_BASE, type CommandName } from './command-ids.js';
import { objectAt, podToExplain } from './object-at.js';

/** `kubeplan.plan`'s answer (lsp/src/features/plan-command.ts). */
export interface PlanResult {
  document: JsonPlanDocument;
  markdown: string;
  ms: number;
}

export interface Planner {
  /** The server's plan of the workspace. */
  planWorkspace(): Promise<PlanResult>;
  /** A plan of `folder` against a git revision (core's CLI: the server's command takes no base yet). */
  planAgainst(base: string, folder: string): Promise<JsonPlanDocument>;
  /** How the scheduler decided a pod (`namespace/name`), as markdown. */
  explain(pod: string, folder: string): Promise<string>;
}

export interface CommandDeps {
  host: EditorHost;
  planner: Planner;
  gitRefs(cwd: string): Promise<string[]>;
  /** Opens (or updates) the Plan view, highlighting `focus` (`Kind/namespace/name`). */
  showPlan(doc: JsonPlanDocument, focus?: string): void;
}

export type CommandHandlers = Record<CommandName, (...args: unknown[]) => Promise<void>>;

function focusOf(arg: unknown): string | undefined {
  if (arg !== null && typeof arg === 'object' && 'object' in arg && typeof arg.object === 'string') return arg.object;
  return undefined;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function createCommands(deps: CommandDeps): CommandHandlers {
  const { host, planner } = deps;
  const guarded = (name: string, run: (...args: unknown[]) => Promise<void>) => async (...args: unknown[]): Promise<void> => {
    try {
      await run(...args);
    } catch (e) {
      host.error(`kubeplan: ${name} failed: ${message(e)}`);
    }
  };
  const folderOrError = (): string | undefined => {
    const folder = host.workspaceFolder();
    if (folder === undefined) host.error('kubeplan: open a folder first.');
    return folder;
  };

  const planWorkspace = async (arg?: unknown): Promise<void> => {
    const result = await planner.planWorkspace();
    deps.showPlan(result.document, focusOf(arg));
  };

  return {
    planWorkspace: guarded('plan', planWorkspace),
    refreshCluster: guarded('plan', planWorkspace),
    planAgainstBranch: guarded('plan against a branch', async () => {
      const folder = folderOrError();
      if (folder === undefined) return;
      const refs = await deps.gitRefs(folder);
      if (refs.length === 0) return host.error('kubeplan: no git branches found in this folder.');
      const base = await host.pick(refs.map((r) => ({ label: r, value: r })), 'Plan the changes against which branch or tag?');
      if (base === undefined) return;
      deps.showPlan(await planner.planAgainst(base, folder));
    }),
    explainScheduling: guarded('explain', async () => {
      const cursor = host.cursor();
      if (cursor === undefined) return host.info('kubeplan: open a manifest and put the cursor on a Pod or workload.');
      const folder = host.workspaceFolder() ?? path.dirname(cursor.file);
      const { document } = await planner.planWorkspace();
      const object = objectAt(document, cursor.file, cursor.line, folder);
      if (object === undefined) return host.info('kubeplan: no Kubernetes object at the cursor.');
      deps.showPlan(document, object.owner);
      const pod = podToExplain(document, object.owner);
      if (pod === undefined) return host.info(`kubeplan: ${object.owner} has no pods in the plan.`);
      await host.showMarkdown(await planner.explain(pod, folder));
    }),
    selectClusterFile: guarded('select cluster file', async () => {
      const picked = await host.pickFiles('Cluster file or folder (Node objects or a `kubectl get -A -o yaml` dump)');
      if (picked === undefined || picked.length === 0) return;
      const folder = host.workspaceFolder();
      const rel = picked.map((p) => (folder !== undefined && !path.relative(folder, p).startsWith('..') ? path.relative(folder, p) : p));
      await host.updateSetting('clusterFile', rel.length === 1 ? rel[0] : rel);
    }),
    selectKubeVersion: guarded('select Kubernetes version', async () => {
      const items = [
        { label: 'Default', description: "the configuration's, else the built-in schema's", value: '' },
        ...KUBE_VERSIONS.map((v) => ({ label: v, value: v })),
        { label: 'Other…', value: '?' },
      ];
      let picked = await host.pick(items, 'Kubernetes version to check and plan against');
      if (picked === '?') picked = await host.input('Kubernetes version (MAJOR.MINOR)', '1.30');
      if (picked === undefined) return;
      await host.updateSetting('kubeVersion', picked === '' ? undefined : picked);
    }),
    showRuleDocs: guarded('show rule documentation', async () => {
      const here = host.rulesAtCursor();
      if (here.length === 1 && here[0] !== undefined) return host.openExternal(here[0].href);
      const all = here.length > 0 ? here : host.rulesInWorkspace();
      const unique = [...new Map(all.map((r) => [r.rule, r])).values()].sort((a, b) => a.rule.localeCompare(b.rule));
      if (unique.length === 0) return host.openExternal(RULE_DOCS_BASE);
      const href = await host.pick(unique.map((r) => ({ label: r.rule, value: r.href })), 'Which rule?');
      if (href !== undefined) await host.openExternal(href);
    }),
  };
}
