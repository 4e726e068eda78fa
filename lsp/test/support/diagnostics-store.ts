// Every `textDocument/publishDiagnostics` the server sent, in order, with waiters for a condition on the latest
// publish of a document. A deadline only turns "never arrived" into a readable failure; nothing is timed.
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export interface Publish {
  uri: string;
  version: number | undefined;
  diagnostics: Diagnostic[];
  /** Arrival order across all documents, from 1. */
  seq: number;
}

interface Waiter {
  uri: string;
  accept: (publish: Publish) => boolean;
  resolve: (publish: Publish) => void;
}

export class DiagnosticsStore {
  readonly all: Publish[] = [];
  private readonly latest = new Map<string, Publish>();
  private waiters: Waiter[] = [];

  get seq(): number {
    return this.all.length;
  }

  record(params: PublishDiagnosticsParams): void {
    const publish: Publish = { uri: params.uri, version: params.version, diagnostics: params.diagnostics, seq: this.all.length + 1 };
    this.all.push(publish);
    this.latest.set(params.uri, publish);
    const done = this.waiters.filter((w) => w.uri === params.uri && w.accept(publish));
    this.waiters = this.waiters.filter((w) => !done.includes(w));
    for (const w of done) w.resolve(publish);
  }

  latestFor(uri: string): Publish | undefined {
    return this.latest.get(uri);
  }

  publishesFor(uri: string): Publish[] {
    return this.all.filter((p) => p.uri === uri);
  }

  /** Resolves with the first publish for `uri` (the latest one included) that `accept`s. */
  waitFor(uri: string, accept: (publish: Publish) => boolean, what: string, timeoutMs: number): Promise<Publish> {
    const current = this.latest.get(uri);
    if (current !== undefined && accept(current)) return Promise.resolve(current);
    return new Promise<Publish>((resolve, reject) => {
      const waiter: Waiter = { uri, accept, resolve: (p) => (clearTimeout(timer), resolve(p)) };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        const last = this.latest.get(uri);
        const got = last === undefined ? 'none were published' : `the last publish was ${describePublish(last)}`;
        reject(new Error(`no diagnostics for ${uri} ${what} within ${timeoutMs} ms; ${got}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }
}

export function describePublish(publish: Publish): string {
  const items = publish.diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character} ${d.message}`);
  return `version ${String(publish.version)}: [${items.join('; ')}]`;
}
