import type { Connection } from 'vscode-languageserver';
import { documentDiagnostics } from '../features/diagnostics.js';
import type { Workspace } from '../workspace/workspace.js';

/** How long a lone edit waits: long enough for the rest of a burst already on the wire to arrive. */
const LEADING_MS = 4;

/**
 * Pushes diagnostics of open documents (`textDocument/publishDiagnostics`). A lone edit is linted almost at
 * once (`LEADING_MS`); edits that arrive while one waits — a burst of typing, a paste replayed key by key —
 * coalesce into one lint `debounceMs` after the last of them. Work for a version that a newer edit replaced
 * is never done: the lint always reads the document's latest text, so published versions only go forward.
 * Other open documents are re-linted after a change elsewhere, debounced, since cross-file findings (a
 * Service and its Deployment) may have changed.
 */
export class DiagnosticsPublisher {
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private othersTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly workspace: () => Workspace | undefined,
    private readonly debounceMs = 150,
  ) {}

  /** A document was opened or edited. */
  changed(file: string): void {
    const waiting = this.pending.get(file);
    if (waiting !== undefined) {
      this.cancel(file);
      this.pending.set(file, setTimeout(() => this.run(file), this.debounceMs));
      return;
    }
    this.pending.set(file, setTimeout(() => this.run(file), LEADING_MS));
  }

  /** Files other than `except` changed: re-lint every other open document once things settle. */
  othersChanged(except?: string): void {
    if (this.othersTimer !== undefined) clearTimeout(this.othersTimer);
    this.othersTimer = setTimeout(() => {
      this.othersTimer = undefined;
      const ws = this.workspace();
      for (const f of ws?.index.all() ?? []) if (f.version !== undefined && f.file !== except && !this.pending.has(f.file)) this.publish(f.file);
    }, this.debounceMs);
  }

  /** Publishes at once (a document opened when the workspace became ready). */
  publishNow(file: string): void {
    this.cancel(file);
    this.publish(file);
  }

  /** Removes what was published for a document (closed, or no longer a manifest). */
  clear(uri: string, file: string): void {
    this.cancel(file);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  dispose(): void {
    for (const file of [...this.pending.keys()]) this.cancel(file);
    if (this.othersTimer !== undefined) clearTimeout(this.othersTimer);
  }

  private cancel(file: string): void {
    clearTimeout(this.pending.get(file));
    this.pending.delete(file);
  }

  private run(file: string): void {
    this.pending.delete(file);
    this.publish(file);
  }

  private publish(file: string): void {
    const ws = this.workspace();
    const f = ws?.index.get(file);
    if (ws === undefined || f === undefined || f.version === undefined) return;
    try {
      void this.connection.sendDiagnostics({ uri: ws.uris.toUri(file), version: f.version, diagnostics: documentDiagnostics(ws, f) });
    } catch (err) {
      ws.log.error(`diagnostics of ${file} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }
}
