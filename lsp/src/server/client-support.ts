import type { ClientCapabilities } from 'vscode-languageserver';

/** What the client can do, read once from `initialize`; the server adapts to it. */
export interface ClientSupport {
  /** `workspace/configuration` pulls. */
  configuration: boolean;
  /** Registering `workspace/didChangeConfiguration` and file watchers dynamically. */
  configurationRegistration: boolean;
  watchedFilesRegistration: boolean;
  codeLensRefresh: boolean;
  diagnosticRefresh: boolean;
  /**
   * Push diagnostics (`publishDiagnostics`) besides answering pulls (`textDocument/diagnostic`). Off only when
   * `initializationOptions.diagnosticsMode` is `pull`: a client that shows both (VS Code keeps pushed and
   * pulled findings apart) asks for pull alone so that no finding shows twice.
   */
  pushDiagnostics: boolean;
  hierarchicalSymbols: boolean;
  /** `workspace/didChangeWorkspaceFolders` notifications. */
  workspaceFolders: boolean;
  /** Server-initiated progress (`window/workDoneProgress/create`), shown while the workspace is indexed. */
  workDoneProgress: boolean;
}

/** `initializationOptions.diagnosticsMode`: `both` (the default: push, and answer pulls) or `pull` (answer pulls only). */
export type DiagnosticsMode = 'both' | 'pull';

export function clientSupport(c: ClientCapabilities, mode: DiagnosticsMode): ClientSupport {
  return {
    configuration: c.workspace?.configuration === true,
    configurationRegistration: c.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    watchedFilesRegistration: c.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    codeLensRefresh: c.workspace?.codeLens?.refreshSupport === true,
    diagnosticRefresh: c.workspace?.diagnostics?.refreshSupport === true,
    pushDiagnostics: mode !== 'pull',
    hierarchicalSymbols: c.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    workspaceFolders: c.workspace?.workspaceFolders === true,
    workDoneProgress: c.window?.workDoneProgress === true,
  };
}

/** Reads the diagnostics mode from initialization options (top level or under `kubeplan`). */
export function diagnosticsMode(options: unknown): DiagnosticsMode {
  const o = options !== null && typeof options === 'object' ? (options as Record<string, unknown>) : {};
  const inner = o.kubeplan !== null && typeof o.kubeplan === 'object' ? (o.kubeplan as Record<string, unknown>) : o;
  const mode = inner.diagnosticsMode ?? o.diagnosticsMode;
  return mode === 'pull' ? 'pull' : 'both';
}
