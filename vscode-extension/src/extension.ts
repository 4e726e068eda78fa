/**
 * kubeplan for VS Code: a thin client. It starts the bundled language server when a Kubernetes manifest is
 * opened (or a kubeplan command runs), registers the commands, and shows the server's plan in the status
 * bar, the "Cluster" tree and the Plan view. All analysis is the server's and core's.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node.js';
import { planAgainst, runCli, explainArgs } from './client/cli-planner.js';
import { looksLikeManifest } from './client/manifest-sniff.js';
import { serverSettings } from './client/server-settings.js';
import { startClient } from './client/start-client.js';
import { COMMANDS, SERVER_PLAN_COMMAND, type CommandName } from './commands/command-ids.js';
import { createCommands, type PlanResult } from './commands/create-commands.js';
import { gitRefs } from './git/git-refs.js';
import { vscodeHost } from './host/vscode-host.js';
import { PlanPanel } from './plan-view/plan-panel.js';
import { statusText } from './status/status-text.js';
import { ClusterTreeProvider } from './tree/cluster-tree-provider.js';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const server = context.asAbsolutePath('dist/server/server.js');
  const cli = context.asAbsolutePath('dist/server/cli.js');
  const settings = () => serverSettings(vscode.workspace.getConfiguration('kubeplan'));
  const panel = new PlanPanel();
  const tree = new ClusterTreeProvider();
  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 10);
  status.command = COMMANDS.planWorkspace;
  const planned = (result: PlanResult): void => {
    tree.update(result.document);
    Object.assign(status, statusText(result.document));
    status.show();
  };
  const ensureClient = async (): Promise<LanguageClient> => {
    if (client === undefined) {
      client = startClient(server, (result, focus) => (planned(result), panel.show(result.document, focus)));
      Object.assign(status, statusText(undefined, 'starting'));
      status.show();
      await client.start();
    }
    return client;
  };
  const planWorkspace = async (): Promise<PlanResult> => {
    const c = await ensureClient();
    const result = (await c.sendRequest(ExecuteCommandRequest.type, { command: SERVER_PLAN_COMMAND, arguments: [] })) as PlanResult;
    planned(result);
    return result;
  };
  const handlers = createCommands({
    host: vscodeHost,
    planner: { planWorkspace, planAgainst: (base, folder) => planAgainst(cli, base, folder, settings()), explain: (pod, folder) => runCli(cli, explainArgs(pod, settings()), folder) },
    gitRefs: (cwd) => gitRefs(cwd),
    showPlan: (doc, focus) => panel.show(doc, focus),
  });
  for (const name of Object.keys(COMMANDS) as CommandName[]) context.subscriptions.push(vscode.commands.registerCommand(COMMANDS[name], handlers[name]));
  context.subscriptions.push(status, panel, vscode.window.registerTreeDataProvider('kubeplan.cluster', tree));

  // Start the server for the first manifest only (a cheap look at the text), then keep the plan fresh on save.
  const refresh = () => void planWorkspace().catch(() => Object.assign(status, statusText(undefined, 'failed')));
  const consider = (doc: vscode.TextDocument): void => {
    if (client === undefined && doc.uri.scheme === 'file' && looksLikeManifest(doc.getText(), doc.languageId)) void ensureClient().then(refresh);
  };
  vscode.workspace.textDocuments.forEach(consider);
  let timer: NodeJS.Timeout | undefined;
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(consider),
    vscode.workspace.onDidSaveTextDocument((doc) => {
      if (client === undefined) return consider(doc);
      clearTimeout(timer);
      timer = setTimeout(refresh, 500);
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
