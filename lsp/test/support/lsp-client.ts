// A real LSP client for the end-to-end tests and the bench: starts `kubeplan-lsp` as a child process, speaks
// JSON-RPC to it over stdio (or node IPC, as the VS Code client does), answers what the server asks of an
// editor (configuration, capability registration, progress, edits) and keeps the documents it opened.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  CancellationTokenSource,
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node.js';
import type {
  InitializeParams,
  InitializeResult,
  PublishDiagnosticsParams,
  Registration,
  ServerCapabilities,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import { clientCapabilities } from './client-capabilities.js';
import { DiagnosticsStore, type Publish } from './diagnostics-store.js';
import { ensureServerBuilt } from './ensure-built.js';
import { fileUri, SERVER_BIN } from './paths.js';
import { answerServerRequest } from './editor-answers.js';
import { applyChange } from './text-model.js';

/** The `kubeplan` settings section, as the VS Code extension contributes it. */
export interface KubeplanSettings {
  kubeVersion?: string;
  clusterFile?: string;
  configFile?: string;
  rules?: Record<string, string>;
  strict?: boolean;
}

export interface StartOptions {
  /** The workspace folder (absolute path). */
  workspace: string;
  settings?: KubeplanSettings;
  /** Advertise pull diagnostics as VS Code does (default), or push only as Neovim 0.7 does. */
  pullDiagnostics?: boolean;
  transport?: 'stdio' | 'node-ipc';
  /** Deadline for each request and wait, so a missing answer fails with a message instead of hanging. */
  timeoutMs?: number;
  /** Another build of the server (e.g. a bundled copy) instead of `lsp/bin/kubeplan-lsp.js`. */
  serverBin?: string;
  /** Extra environment of the server process. */
  env?: Record<string, string>;
}

export interface OpenDocument {
  uri: string;
  languageId: string;
  version: number;
  text: string;
  /** The diagnostics sequence number when the last change was sent. */
  changedAtSeq: number;
}

export interface Notification {
  method: string;
  params: unknown;
}

export class LspClient {
  readonly diagnostics = new DiagnosticsStore();
  readonly documents = new Map<string, OpenDocument>();
  readonly registrations: Registration[] = [];
  readonly notifications: Notification[] = [];
  /** Methods of the requests the server sent to the client, in order. */
  readonly serverRequests: string[] = [];
  /** The sections the server asked for with `workspace/configuration`. */
  readonly configurationSections: (string | undefined)[] = [];
  readonly stderr: string[] = [];
  exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  capabilities: ServerCapabilities = {};
  private readonly notificationListeners = new Set<(n: Notification) => void>();

  private constructor(
    readonly child: ChildProcess,
    readonly connection: MessageConnection,
    public settings: KubeplanSettings,
    readonly workspace: string,
    readonly timeoutMs: number,
  ) {}

  /** Spawns the server, wires the connection and runs `initialize` / `initialized`. */
  static async start(options: StartOptions): Promise<LspClient> {
    const client = LspClient.spawn(options);
    try {
      await client.initialize(options.pullDiagnostics ?? true);
    } catch (error) {
      client.child.kill('SIGKILL');
      client.connection.dispose();
      throw error;
    }
    return client;
  }

  /** Spawns the server and wires the connection without initializing (the bench times `initialize`). */
  static spawn(options: StartOptions): LspClient {
    if (options.serverBin === undefined) ensureServerBuilt();
    const transport = options.transport ?? 'stdio';
    const child = spawn(process.execPath, [options.serverBin ?? SERVER_BIN, `--${transport}`], {
      cwd: options.workspace,
      env: { ...process.env, ...options.env },
      stdio: transport === 'stdio' ? ['pipe', 'pipe', 'pipe'] : ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const connection =
      transport === 'stdio'
        ? createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
        : createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    const client = new LspClient(child, connection, options.settings ?? {}, options.workspace, options.timeoutMs ?? 20_000);
    client.wire();
    connection.listen();
    return client;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  private wire(): void {
    const { child, connection } = this;
    child.stderr?.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString('utf8')));
    child.stdin?.on('error', () => undefined);
    child.on('exit', (code, signal) => (this.exit = { code, signal }));
    connection.onError(() => undefined);
    const received = (method: string, params: unknown): void => {
      const note: Notification = { method, params };
      this.notifications.push(note);
      if (method === 'textDocument/publishDiagnostics') this.diagnostics.record(params as PublishDiagnosticsParams);
      for (const listener of this.notificationListeners) listener(note);
    };
    connection.onNotification(received);
    // vscode-jsonrpc routes `$/progress` to per-token handlers, never to the catch-all above.
    connection.onUnhandledProgress((params) => received('$/progress', params));
    connection.onRequest((method: string, params: unknown) => {
      this.serverRequests.push(method);
      return answerServerRequest(this, method, params);
    });
  }

  /** `initialize` then `initialized` (`start` does it; the bench calls it itself to time the index). */
  async initialize(pullDiagnostics: boolean): Promise<InitializeResult> {
    const params: InitializeParams = {
      processId: process.pid,
      clientInfo: { name: 'kubeplan-e2e', version: '1.0.0' },
      locale: 'en',
      rootPath: this.workspace,
      rootUri: fileUri(this.workspace),
      workspaceFolders: [{ uri: fileUri(this.workspace), name: 'workspace' }],
      capabilities: clientCapabilities({ pullDiagnostics }),
      initializationOptions: {},
      trace: 'off',
    };
    const result = await this.request<InitializeResult>('initialize', params);
    this.capabilities = result.capabilities;
    await this.notify('initialized', {});
    return result;
  }

  /** Sends a request; rejects with the server's stderr tail when no answer comes before the deadline. */
  async request<R>(method: string, params: unknown): Promise<R> {
    const source = new CancellationTokenSource();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        source.cancel();
        reject(new Error(`no answer to ${method} within ${this.timeoutMs} ms${this.exitNote()}\n${this.stderrTail()}`));
      }, this.timeoutMs);
    });
    try {
      return await Promise.race([this.connection.sendRequest<R>(method, params, source.token), deadline]);
    } finally {
      clearTimeout(timer);
      source.dispose();
    }
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  onNotification(listener: (n: Notification) => void): () => void {
    this.notificationListeners.add(listener);
    return () => this.notificationListeners.delete(listener);
  }

  /** Resolves with the first notification (past or future) of `method` that `accept`s. */
  waitForNotification(method: string, accept: (params: unknown) => boolean = () => true, timeoutMs = this.timeoutMs): Promise<unknown> {
    const seen = this.notifications.find((n) => n.method === method && accept(n.params));
    if (seen !== undefined) return Promise.resolve(seen.params);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => (stop(), reject(new Error(`no ${method} notification within ${timeoutMs} ms`))), timeoutMs);
      const stop = this.onNotification((n) => {
        if (n.method !== method || !accept(n.params)) return;
        clearTimeout(timer);
        stop();
        resolve(n.params);
      });
    });
  }

  async open(uri: string, text: string, languageId = 'yaml'): Promise<OpenDocument> {
    const doc: OpenDocument = { uri, languageId, version: 1, text, changedAtSeq: this.diagnostics.seq };
    this.documents.set(uri, doc);
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: doc.version, text } });
    return doc;
  }

  document(uri: string): OpenDocument {
    const doc = this.documents.get(uri);
    if (doc === undefined) throw new Error(`${uri} is not open`);
    return doc;
  }

  /** Sends incremental changes (applied in order, as the protocol says) and returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const doc = this.document(uri);
    for (const c of changes) doc.text = applyChange(doc.text, c);
    doc.version++;
    doc.changedAtSeq = this.diagnostics.seq;
    await this.notify('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: changes });
    return doc.version;
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** Publishes `settings` as VS Code does when the user edits them: a notification, then the server pulls. */
  async setSettings(settings: KubeplanSettings): Promise<void> {
    this.settings = settings;
    await this.notify('workspace/didChangeConfiguration', { settings: { kubeplan: settings } });
  }

  /**
   * The first publish for `uri` sent after its last change (of that version or later, when the server says
   * which) that `accept`s.
   */
  waitForDiagnostics(uri: string, accept: (publish: Publish) => boolean = () => true, what = 'matching the expectation'): Promise<Publish> {
    const doc = this.documents.get(uri);
    const fresh = (p: Publish): boolean =>
      doc === undefined || (p.seq > doc.changedAtSeq && (p.version === undefined || p.version === null || p.version >= doc.version));
    return this.diagnostics.waitFor(uri, (p) => fresh(p) && accept(p), what, this.timeoutMs);
  }

  /** `shutdown`, `exit`, and the process's exit code. */
  async stop(): Promise<number | null> {
    if (this.exit === undefined) {
      try {
        await this.request('shutdown', null);
        await this.notify('exit', null);
      } catch {
        // Already gone, or not answering: killed below.
      }
      await this.waitForExit(5_000);
    }
    this.connection.dispose();
    return this.exit?.code ?? null;
  }

  private waitForExit(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      if (this.exit !== undefined) return resolve();
      const timer = setTimeout(() => (this.child.kill('SIGKILL'), resolve()), timeoutMs);
      this.child.once('exit', () => (clearTimeout(timer), resolve()));
    });
  }

  exitNote(): string {
    return this.exit === undefined ? '' : ` (the server exited: code ${String(this.exit.code)}, signal ${String(this.exit.signal)})`;
  }

  stderrTail(chars = 4000): string {
    const all = this.stderr.join('');
    return all.length > chars ? `…${all.slice(-chars)}` : all;
  }
}
