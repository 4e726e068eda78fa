import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CodeLensRefreshRequest, FileChangeType, type Connection, type FileEvent, type TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { planJob } from '../plan/plan-job.js';
import { PlanRunner, type PlanDone } from '../plan/plan-runner.js';
import { mergeSettings, readSettings, type KubeplanSettings } from '../settings.js';
import { isManifestFileName } from '../workspace/uris.js';
import type { Logger, PlanSnapshot, Workspace } from '../workspace/workspace.js';
import type { ClientSupport } from './client-support.js';
import { indexText, loadWorkspace } from './load-workspace.js';
import { DiagnosticsPublisher } from './publisher.js';

const CONFIG_NAMES = new Set(['.kubeplan.yaml', '.kubeplan.yml']);

/**
 * The server's state over time: it builds the workspace once the client is initialized (settings, project,
 * index), keeps the index in step with open documents and files on disk, pushes diagnostics, and keeps the
 * background plan current. Features read `ws`; requests that arrive before it exists wait for `ready`.
 */
export class Session {
  ws: Workspace | undefined;
  readonly ready: Promise<Workspace>;
  readonly publisher: DiagnosticsPublisher;
  readonly planner: PlanRunner;
  roots: string[] = [];
  initSettings: KubeplanSettings = { rules: {} };
  private markReady!: (ws: Workspace) => void;
  private planWaiters: Array<(plan: PlanSnapshot) => void> = [];
  private reloadTimer: NodeJS.Timeout | undefined;
  private refreshTimer: NodeJS.Timeout | undefined;
  /** Loads started: a load that a newer one overtook does not replace it. */
  private loads = 0;

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    readonly support: ClientSupport,
    readonly log: Logger,
  ) {
    this.ready = new Promise((resolve) => (this.markReady = resolve));
    this.publisher = new DiagnosticsPublisher(connection, () => (this.support.pushDiagnostics ? this.ws : undefined));
    this.planner = new PlanRunner((done) => this.planDone(done), log);
  }

  /** The current workspace, once the first one is built (a reload replaces it). */
  async current(): Promise<Workspace> {
    const first = await this.ready;
    return this.ws ?? first;
  }

  /** The editor settings: `initializationOptions`, overlaid with `workspace/configuration` when the client has it. */
  async settings(): Promise<KubeplanSettings> {
    const problems: string[] = [];
    let settings = this.initSettings;
    if (this.support.configuration) {
      try {
        const pulled: unknown = await this.connection.workspace.getConfiguration({ section: 'kubeplan' });
        settings = mergeSettings(settings, readSettings(pulled, problems));
      } catch (err) {
        this.log.warn(`workspace/configuration failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    for (const p of problems) this.log.warn(p);
    return settings;
  }

  /**
   * (Re)builds the workspace from settings, configuration and disk, then lints open documents and plans. The
   * client shows it as progress ("kubeplan: indexing Kubernetes manifests") when it can.
   */
  async load(): Promise<void> {
    const progress = this.support.workDoneProgress ? await this.connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin('kubeplan: indexing Kubernetes manifests');
    const seq = ++this.loads;
    let ws: Workspace;
    try {
      ws = await loadWorkspace(this.roots, await this.settings(), this.log);
      if (seq !== this.loads) return;
      // Documents opened while loading are indexed now, as they are at this moment.
      for (const d of this.documents.all()) indexText(ws, ws.uris.toFile(d.uri), d.getText(), d.version);
      this.ws = ws;
      this.markReady(ws);
    } finally {
      progress?.done();
    }
    for (const d of this.documents.all()) this.publisher.publishNow(ws.uris.toFile(d.uri));
    this.schedulePlan();
    if (this.support.diagnosticRefresh && !this.support.pushDiagnostics) this.connection.languages.diagnostics.refresh();
  }

  /** Reloads after the configuration, the cluster or the settings change (debounced: editors save in bursts). */
  reload(): void {
    if (this.reloadTimer !== undefined) clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => {
      this.reloadTimer = undefined;
      this.load().catch((err: unknown) => this.log.error(`reload failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));
    }, 100);
  }

  /** An open document's text changed (or it was opened). */
  documentChanged(doc: TextDocument): void {
    const ws = this.ws;
    if (ws === undefined) return; // `load` indexes every open document
    const file = ws.uris.toFile(doc.uri);
    indexText(ws, file, doc.getText(), doc.version);
    if (file === ws.project.configFile) this.reload();
    this.publisher.changed(file);
    this.afterIndexChange(file);
  }

  /** A document was closed: the file on disk takes its place again. */
  async documentClosed(doc: TextDocument): Promise<void> {
    const ws = this.ws;
    if (ws === undefined) return;
    const file = ws.uris.toFile(doc.uri);
    this.publisher.clear(doc.uri, file);
    await this.refreshFromDisk(ws, file);
  }

  /** Files changed on disk (`workspace/didChangeWatchedFiles`). */
  async filesChanged(changes: readonly FileEvent[]): Promise<void> {
    const ws = this.ws;
    if (ws === undefined) return;
    for (const change of changes) {
      const file = ws.uris.toFile(change.uri);
      if (CONFIG_NAMES.has(path.basename(file)) || file === ws.project.configFile || this.isClusterFile(ws, file)) {
        this.reload();
        continue;
      }
      if (this.documents.get(change.uri) !== undefined) continue;
      if (change.type === FileChangeType.Deleted) {
        // A deleted folder comes as one event: its files go with it.
        const gone = ws.index.all().filter((f) => f.file === file || f.file.startsWith(file + path.sep));
        for (const f of gone) ws.index.delete(f.file);
        if (gone.length > 0) this.afterIndexChange(file);
      } else if (isManifestFileName(file)) await this.refreshFromDisk(ws, file);
    }
  }

  /** Resolves with the next plan (for `workspace/diagnostic` long polls). */
  nextPlan(): Promise<PlanSnapshot> {
    return new Promise((resolve) => this.planWaiters.push(resolve));
  }

  schedulePlan(): void {
    const ws = this.ws;
    if (ws !== undefined) this.planner.schedule(() => planJob(ws));
  }

  dispose(): void {
    this.publisher.dispose();
    this.planner.dispose();
    if (this.reloadTimer !== undefined) clearTimeout(this.reloadTimer);
    if (this.refreshTimer !== undefined) clearTimeout(this.refreshTimer);
  }

  private isClusterFile(ws: Workspace, file: string): boolean {
    return (ws.project.clusterPaths ?? []).some((p) => file === p || file.startsWith(p + path.sep));
  }

  private async refreshFromDisk(ws: Workspace, file: string): Promise<void> {
    if (!isManifestFileName(file) || !ws.project.roots.some((r) => file.startsWith(r + path.sep)) || ws.isExcluded(file)) {
      if (ws.index.delete(file)) this.afterIndexChange(file);
      return;
    }
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (this.ws !== ws || this.documents.all().some((d) => ws.uris.toFile(d.uri) === file)) return; // reloaded, or opened meanwhile
    if (text === undefined) ws.index.delete(file);
    else indexText(ws, file, text.replace(/^\uFEFF/, ''), undefined);
    this.afterIndexChange(file);
  }

  /** Another file changed: cross-file findings of open documents, the plan and the lenses follow. */
  private afterIndexChange(file: string): void {
    if (this.support.pushDiagnostics) this.publisher.othersChanged(file);
    else if (this.support.diagnosticRefresh && this.refreshTimer === undefined) {
      // Pulling clients re-pull the edited document themselves; the refresh is for the others, once edits settle.
      this.refreshTimer = setTimeout(() => {
        this.refreshTimer = undefined;
        this.connection.languages.diagnostics.refresh();
      }, 300);
    }
    this.schedulePlan();
  }

  private planDone(done: PlanDone): void {
    const ws = this.ws;
    if (ws === undefined || done.owner !== ws) return;
    ws.plan = { generation: done.generation, document: done.document, ms: done.ms };
    for (const w of this.planWaiters.splice(0)) w(ws.plan);
    if (this.support.codeLensRefresh) void this.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  }
}
