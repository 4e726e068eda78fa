import { fork } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node.js';
import { describe, expect, it } from 'vitest';
import { ensureBuilt, EXTENSION_DIR } from './support/built-extension.js';
import { REPO } from './support/sample-plans.js';

describe('the bundled language server (dist/server)', () => {
  it('starts over node IPC, as the client forks it, and answers kubeplan.plan with core found beside it', async () => {
    ensureBuilt();
    const child = fork(path.join(EXTENSION_DIR, 'dist/server/server.js'), ['--node-ipc'], { silent: true });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    try {
      const folder = path.join(REPO, 'samples/shop');
      const init = await connection.sendRequest<{ capabilities: { executeCommandProvider?: { commands: string[] } } }>('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(folder).href,
        workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'shop' }],
        capabilities: {},
        initializationOptions: { diagnosticsMode: 'pull' },
      });
      expect(init.capabilities.executeCommandProvider?.commands).toContain('kubeplan.plan');
      await connection.sendNotification('initialized', {});
      const plan = await connection.sendRequest<{ document: { schemaVersion: number; pods: unknown[] }; markdown: string }>('workspace/executeCommand', { command: 'kubeplan.plan', arguments: [] });
      expect(plan.document.schemaVersion).toBe(1);
      expect(plan.document.pods).toHaveLength(7);
      expect(plan.markdown).toContain('Plan:');
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});
