/**
 * kubeplan-lsp: the language server. Wiring only — the connection, capabilities, document sync and
 * lifecycle; every feature is a function in `features/` over core's results. Started with `--stdio` or
 * `--node-ipc` (vscode-languageserver reads the transport from the command line).
 */
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node.js';
import { PLAN_COMMAND } from './features/code-lens.js';
import { clientSupport, diagnosticsMode } from './server/client-support.js';
import { registerHandlers } from './server/handlers.js';
import { Session } from './server/session.js';
import { readSettings } from './settings.js';
import type { Logger } from './workspace/workspace.js';
import { LSP_VERSION } from './version.js';

/** Which roots the workspace has: its folders, else the root URI or path of older clients. */
function rootsOf(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  const roots = uris.flatMap((u) => (u.startsWith('file:') ? [fileURLToPath(u)] : []));
  if (roots.length === 0 && typeof params.rootPath === 'string' && params.rootPath !== '') roots.push(params.rootPath);
  return roots;
}

function capabilities(): InitializeResult['capabilities'] {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    hoverProvider: true,
    completionProvider: { triggerCharacters: [' ', ':', '/'], resolveProvider: false },
    definitionProvider: true,
    referencesProvider: true,
    documentSymbolProvider: { label: 'kubeplan' },
    workspaceSymbolProvider: true,
    foldingRangeProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    codeLensProvider: { resolveProvider: false },
    executeCommandProvider: { commands: [PLAN_COMMAND] },
    diagnosticProvider: { identifier: 'kubeplan', interFileDependencies: true, workspaceDiagnostics: true },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}

/** Starts the server on the transport named on the command line and returns its connection. */
export function startServer(): Connection {
  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  const log: Logger = {
    error: (m) => connection.console.error(m),
    warn: (m) => connection.console.warn(m),
    info: (m) => connection.console.info(m),
  };
  let session: Session | undefined;

  connection.onInitialize((params) => {
    session = new Session(connection, documents, clientSupport(params.capabilities, diagnosticsMode(params.initializationOptions)), log);
    session.roots = rootsOf(params);
    const problems: string[] = [];
    session.initSettings = readSettings(params.initializationOptions, problems);
    for (const p of problems) log.warn(p);
    registerHandlers(connection, session);
    return { capabilities: capabilities(), serverInfo: { name: 'kubeplan', version: LSP_VERSION } };
  });

  connection.onInitialized(() => {
    const s = session;
    if (s === undefined) return;
    if (s.support.watchedFilesRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{yaml,yml,json}' }, { globPattern: '**/.kubeplan.{yaml,yml}' }],
      });
    }
    if (s.support.configurationRegistration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'kubeplan' });
    if (s.support.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => fileURLToPath(f.uri)));
        s.roots = [...s.roots.filter((r) => !removed.has(r)), ...e.added.map((f) => fileURLToPath(f.uri))];
        s.reload();
      });
    }
    s.load().catch((err: unknown) => log.error(`loading the workspace failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));
  });

  connection.onDidChangeConfiguration((change) => {
    if (session === undefined) return;
    // Clients without `workspace/configuration` send the settings in the notification.
    if (!session.support.configuration) session.initSettings = readSettings(change.settings);
    session.reload();
  });
  connection.onDidChangeWatchedFiles((p) => void session?.filesChanged(p.changes));
  documents.onDidChangeContent((e) => session?.documentChanged(e.document));
  documents.onDidClose((e) => void session?.documentClosed(e.document));
  connection.onShutdown(() => session?.dispose());

  documents.listen(connection);
  connection.listen();
  return connection;
}
