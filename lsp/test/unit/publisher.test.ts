import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DiagnosticsPublisher } from '../../src/server/publisher.js';
import { DEPLOYMENT, workspaceOf } from './workspace-of.js';

describe('DiagnosticsPublisher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  async function setup() {
    const t = await workspaceOf({ 'd.yaml': DEPLOYMENT });
    const sent: PublishDiagnosticsParams[] = [];
    const connection = { sendDiagnostics: (p: PublishDiagnosticsParams) => void sent.push(p) } as unknown as Connection;
    return { t, sent, publisher: new DiagnosticsPublisher(connection, () => t.ws, 150) };
  }

  it('lints a lone edit almost at once', async () => {
    const { sent, publisher } = await setup();
    publisher.changed('/ws/d.yaml');
    await vi.advanceTimersByTimeAsync(10);
    expect(sent).toHaveLength(1);
  });

  it('coalesces a burst of edits into one lint of the last version, after the burst', async () => {
    const { t, sent, publisher } = await setup();
    for (let v = 2; v <= 20; v++) {
      t.ws.index.set('/ws/d.yaml', DEPLOYMENT.replace('replicas: 2', `replicas: ${v}`), v);
      publisher.changed('/ws/d.yaml');
      await vi.advanceTimersByTimeAsync(2);
    }
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(150);
    expect(sent.map((p) => p.version)).toEqual([20]);
  });
});
