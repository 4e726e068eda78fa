// One server on a private copy of a fixture workspace, for a test file's `beforeAll` / `afterAll`.
import { copyFixture, type FixtureWorkspace } from './fixture-workspace.js';
import { LspClient, type OpenDocument, type StartOptions } from './lsp-client.js';

export interface Session {
  ws: FixtureWorkspace;
  client: LspClient;
  /** Opens a file of the workspace with its text on disk, as an editor does. */
  open(relative: string): Promise<OpenDocument>;
  end(): Promise<void>;
}

export async function startSession(options: Omit<StartOptions, 'workspace'> & { fixture?: string } = {}): Promise<Session> {
  const ws = copyFixture(options.fixture);
  const client = await LspClient.start({ ...options, workspace: ws.root }).catch((error: unknown) => {
    ws.dispose();
    throw error;
  });
  return {
    ws,
    client,
    open: (relative) => client.open(ws.uri(relative), ws.read(relative), relative.endsWith('.json') ? 'json' : 'yaml'),
    end: async () => {
      await client.stop();
      ws.dispose();
    },
  };
}
