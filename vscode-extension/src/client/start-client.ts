/**
 * The language client: the bundled server (dist/server/server.js) forked over node IPC, pull diagnostics only
 * (VS Code would show pushed ones twice), settings mapped from `kubeplan.*`, and a lens click on
 * `kubeplan.plan` opening the Plan view.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';
import { SERVER_PLAN_COMMAND } from '../commands/command-ids.js';
import type { PlanResult } from '../commands/create-commands.js';
import { serverSettings } from './server-settings.js';

export function startClient(serverModule: string, onPlan: (result: PlanResult, focus?: string) => void): LanguageClient {
  const run = { module: serverModule, transport: TransportKind.ipc };
  const serverOptions: ServerOptions = { run, debug: { ...run, options: { execArgv: ['--nolazy', '--inspect=6019'] } } };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'file', language: 'json' },
    ],
    initializationOptions: { diagnosticsMode: 'pull', kubeplan: serverSettings(vscode.workspace.getConfiguration('kubeplan')) },
    synchronize: {
      configurationSection: 'kubeplan',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml,json}'),
    },
    middleware: {
      workspace: {
        configuration: (params) =>
          params.items.map((item) => (item.section === 'kubeplan' ? serverSettings(vscode.workspace.getConfiguration('kubeplan')) : null)),
      },
      executeCommand: async (command, args, next) => {
        const result: unknown = await next(command, args);
        if (command === SERVER_PLAN_COMMAND && result !== null && typeof result === 'object' && 'document' in result) {
          const first: unknown = args[0];
          const focus = first !== null && typeof first === 'object' && 'object' in first && typeof first.object === 'string' ? first.object : undefined;
          onPlan(result as PlanResult, focus);
        }
        return result;
      },
    },
  };
  const client = new LanguageClient('kubeplan', 'kubeplan', serverOptions, clientOptions);
  return client;
}
